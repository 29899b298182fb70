/**
 * Pure core of the budget build: LKPJ 2023 Lampiran I text + manual fixes →
 * validated explorer data (BudgetBuild) or Indonesian problems. Shared by the
 * data pipeline (scripts/data/derived.ts), which publishes the appendix as a
 * dataset and hands the explorer data on to data/build/budget.json. No I/O.
 */
import { problem, type Problem } from '../../src/lib/core/problems.ts';
import { validateYaml } from '../../src/lib/core/zod-problems.ts';
import { BudgetBuildSchema, BudgetRowSchema, ManualFixFileSchema, type BudgetBuild, type ParseIssue } from '../../src/lib/budget/schema.ts';
import { buildExplorer, StructureError } from '../../src/lib/budget/explorer.ts';
import { appendixRange, parseLampiranI, reconcile } from './parse-lampiran.ts';

export const SOURCE_FILE = 'data/sources/lkpj-2023.txt';
export const FIXES_FILE = 'data/budget/fixes.yml';
export const OUTPUT_FILE = 'budget.json';

/** What to do about each parser error, for the person maintaining data/budget/fixes.yml. */
const HINTS: Record<string, string> = {
  'appendix-not-found':
    'pastikan berkas teks LKPJ 2023 memuat "LAMPIRAN I" diikuti kepala tabel Capaian Pelaksanaan Program dan Kegiatan; ekstrak ulang PDF bila perlu.',
  'fix-not-applied': `baris yang disebut perbaikan manual ini tidak memuat kode yang dimaksud; periksa nomor "line" dan "printed" di ${FIXES_FILE}, atau hapus perbaikannya.`,
  'extra-amounts': 'baris kode kemungkinan hilang atau rusak di teks sumber; periksa baris ini di PDF dan tambahkan perbaikan manual bila kodenya salah cetak.',
  'code-outside-section': 'kode ini muncul sebelum nama OPD; periksa apakah judul bagian terpotong di teks sumber.',
  'missing-parent': `kode ini tidak berada di bawah induknya; bila salah cetak, tambahkan perbaikan "set-code" di ${FIXES_FILE}.`,
  'parent-mismatch': `kode ini tidak berada di bawah induknya; bila salah cetak, tambahkan perbaikan "set-code" atau "recode-prefix" di ${FIXES_FILE}.`,
};
const DEFAULT_HINT = `periksa baris ini di teks sumber dan dokumentasi docs/anggaran-parser.md; tambahkan perbaikan manual di ${FIXES_FILE} bila perlu.`;

const KIND_LABEL: Record<string, string> = {
  'appendix-not-found': 'Lampiran I tidak ditemukan',
  'fix-not-applied': 'perbaikan manual tidak mengenai baris mana pun',
  'extra-amounts': 'lebih dari dua nilai rupiah pada satu sub-kegiatan',
  'code-outside-section': 'kode sebelum judul OPD',
  'missing-parent': 'induk kode tidak ada',
  'parent-mismatch': 'kode tidak sesuai induknya',
};

/** Parser errors → Indonesian problems (warnings and info notes are published, not fatal). */
export function issueProblems(issues: readonly ParseIssue[]): Problem[] {
  return issues
    .filter((i) => i.severity === 'error')
    .map((i) =>
      problem({
        file: SOURCE_FILE,
        line: i.line,
        message: `${KIND_LABEL[i.kind] ?? i.kind}${i.code ? ` (kode ${i.code})` : ''} — ${i.message}`,
        hint: HINTS[i.kind] ?? DEFAULT_HINT,
      }),
    );
}

export type BudgetBuildResult = { value: BudgetBuild; problems: [] } | { value?: undefined; problems: Problem[] };

/** Pure core of the runner: text in, validated explorer data or problems out. */
export function runBudget(sourceText: string, fixesText: string): BudgetBuildResult {
  const fixes = validateYaml(ManualFixFileSchema, fixesText, FIXES_FILE);
  if (!fixes.value) return { problems: fixes.problems };
  const range = appendixRange(sourceText);
  const parsed = parseLampiranI(sourceText, fixes.value.fixes);
  const problems = issueProblems(parsed.issues);
  if (!range && problems.length === 0) problems.push(problem({ file: SOURCE_FILE, message: 'Lampiran I tidak ditemukan', hint: HINTS['appendix-not-found'] ?? DEFAULT_HINT }));
  if (problems.length > 0 || !range) return { problems };
  for (const row of parsed.rows) {
    const r = BudgetRowSchema.safeParse(row);
    if (!r.success)
      problems.push(problem({ file: SOURCE_FILE, line: row.source_lines[0], message: `baris hasil urai tidak sah: ${r.error.issues[0]?.message ?? ''}`, hint: DEFAULT_HINT }));
  }
  if (problems.length > 0) return { problems };
  try {
    const value = BudgetBuildSchema.parse(
      buildExplorer({ rows: parsed.rows, issues: parsed.issues, reconciliation: reconcile(parsed.rows), lines: range }),
    );
    return { value, problems: [] };
  } catch (e) {
    if (e instanceof StructureError) return { problems: [problem({ file: SOURCE_FILE, line: e.line, message: e.message, hint: DEFAULT_HINT })] };
    throw e;
  }
}
