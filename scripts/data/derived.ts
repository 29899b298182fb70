/**
 * Datasets whose rows are parsed from a whole source text rather than
 * transcribed into data/raw/ (`parser:` in data/datasets/<slug>.yml). The
 * metadata, data dictionary and checks stay in the yml like every dataset;
 * only the rows come from the parser, so the catalogue, API, downloads and
 * DIP treat the dataset like any other. Pure: the runner passes texts in.
 */
import { problem, type Problem } from '../../src/lib/core/problems.ts';
import { subkegiatanTable } from '../../src/lib/budget/downloads.ts';
import type { BudgetBuild, ParseIssue } from '../../src/lib/budget/schema.ts';
import type { DatasetMeta, PublishedField, Row } from '../../src/lib/datasets/schema.ts';
import { FIXES_FILE, runBudget } from '../budget/core.ts';

export interface DerivedInput {
  meta: DatasetMeta;
  /** The dataset's yml (for messages). */
  file: string;
  /** Text of the cited source document, and its display path. */
  source: string;
  sourcePath: string;
  /** Other input files by display path (e.g. data/budget/fixes.yml). */
  files: ReadonlyMap<string, string>;
}

export interface DerivedTable {
  fields: PublishedField[];
  rows: Row[];
  missing: Array<{ row: number; field: string; reason: string }>;
  parser: { id: string; script: string; fixes?: string };
  /** Data-quality notes found by the parser, published after the yml's own notes. */
  notes: string[];
  /** What else the parse produced for the site (the budget explorer), so nothing is parsed twice. */
  budget?: BudgetBuild;
}

/** Files a parser reads besides the source text, under the data root (loaded by scripts/data/build.ts). */
export const PARSER_FILES = [FIXES_FILE] as const;

/** Fraction digits of a number as JavaScript prints it (53.52 → 2, 60.0843265 → 7). */
export function fractionDigits(value: number): number {
  const [, frac = ''] = String(value).split('.');
  return /e/i.test(String(value)) ? 0 : frac.length;
}

/** A whole rupiah amount as the LKPJ appendix prints it: 2342150707 → "2,342,150,707.00". */
export function printedRupiah(value: number): string {
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 0 })}.00`;
}

const MAX_DISPLAY_DECIMALS = 2;

/** The yml dictionary, in its order, with the decimals the values carry (for display and XLSX formats). */
function publishedFields(meta: DatasetMeta, rows: readonly Row[]): PublishedField[] {
  return meta.fields
    .filter((f) => f.publish)
    .map((f) => {
      const out: PublishedField = { name: f.name, title: f.title, type: f.type, description: f.description };
      if (f.unit !== undefined) out.unit = f.unit;
      // Volumes printed with up to 8 decimals (60.0843265) keep no fixed display format; amounts and percentages do.
      const decimals = rows.reduce((d, r) => (typeof r[f.name] === 'number' ? Math.max(d, fractionDigits(r[f.name] as number)) : d), 0);
      if ((f.type === 'number' || f.type === 'integer') && decimals <= MAX_DISPLAY_DECIMALS) out.decimals = decimals;
      return out;
    });
}

/** The generated columns must be exactly the declared ones, in order: the yml is the data dictionary. */
function checkColumns(input: DerivedInput, columns: readonly string[]): Problem[] {
  const declared = input.meta.fields.filter((f) => f.publish).map((f) => f.name);
  if (declared.join(',') === columns.join(',')) return [];
  const missing = columns.filter((c) => !declared.includes(c));
  const extra = declared.filter((c) => !columns.includes(c));
  return [
    problem({
      file: input.file,
      field: 'fields',
      message: `kolom di "fields" tidak sama dengan kolom hasil pengurai ${input.meta.parser ?? ''}${missing.length ? `; belum dideklarasikan: ${missing.join(', ')}` : ''}${extra.length ? `; tidak dihasilkan pengurai: ${extra.join(', ')}` : ''}${!missing.length && !extra.length ? '; urutannya berbeda' : ''}`,
      hint: `Tulis "fields" dengan kolom berikut, dalam urutan ini: ${columns.join(', ')}.`,
    }),
  ];
}

const RUPIAH_REASON: Record<string, string> = {
  dash: 'Sumber mencetak "-" (nihil)',
  absent: 'Tidak tercetak di sumber',
};

/** Every amount of a sub-kegiatan row must stand, as printed, within its own source lines (baris_awal–baris_akhir). */
export function verifyAmounts(rows: readonly Row[], source: string, sourcePath: string): Problem[] {
  const lines = source.split('\n');
  const problems: Problem[] = [];
  for (const r of rows) {
    const [first, last] = [r['baris_awal'] as number, r['baris_akhir'] as number];
    const span = lines.slice(first - 1, last).join('\n');
    for (const field of ['target_rp', 'realisasi_rp'] as const) {
      const value = r[field];
      if (typeof value !== 'number' || span.includes(printedRupiah(value))) continue;
      problems.push(
        problem({
          file: sourcePath,
          line: first,
          field,
          message: `nilai ${printedRupiah(value)} (${String(r['subkegiatan_kode'])}) tidak ditemukan di baris ${first}–${last}`,
          hint: 'Pengurai menaruh nilai rupiah pada baris yang salah: periksa scripts/budget/parse-lampiran.ts dan docs/anggaran-parser.md.',
        }),
      );
    }
  }
  return problems;
}

/**
 * Sub-kegiatan that print only a target volume such as "0" (no amount, no realisation): the "0" is a
 * printed value, so the reader is told where it stands and why the amounts are empty rather than 0.
 */
export function volumeOnlyNote(issues: readonly ParseIssue[], rows: readonly Row[]): string[] {
  const found = issues.filter((i) => i.kind === 'volume-without-amount');
  if (found.length === 0) return [];
  // The printed volume stands on the last line of its row (baris_akhir).
  const byCode = new Map(rows.map((r) => [r['subkegiatan_kode'], r]));
  const list = found
    .map((i) => {
      const r = byCode.get(i.code);
      return `${i.code ?? ''} (baris ${i.line}, angka "${String(r?.['target_volume'] ?? '')}" di baris ${String(r?.['baris_akhir'] ?? i.line)})`;
    })
    .join('; ');
  return [
    `${formatCount(found.length)} sub-kegiatan hanya mencetak satu angka (volume) tanpa rupiah dan tanpa realisasi: ${list}. Portal membaca angka itu sebagai ` +
      'volume target (kolom K), bukan rupiah, karena setiap nilai rupiah di Lampiran I tercetak dengan pemisah ribuan dan ".00" ' +
      '(misalnya 939,600.00) dan baris "0 -" di tempat lain memperlihatkan urutan volume lalu rupiah. Karena itu angka itu diterbitkan di target_volume, ' +
      'sedangkan target_rp, realisasi_rp dan serapan_persen dibiarkan kosong ("tidak tercetak di sumber"), bukan 0.',
  ];
}

function formatCount(n: number): string {
  const words = ['Nol', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Delapan', 'Sembilan', 'Sepuluh'];
  return words[n] ?? String(n);
}

/** LKPJ 2023 Lampiran I: one row per sub-kegiatan (the table of /anggaran/lkpj-2023-lampiran-i.csv). */
function lkpjLampiranI(input: DerivedInput): { table?: DerivedTable; problems: Problem[] } {
  const fixes = input.files.get(FIXES_FILE);
  if (fixes === undefined)
    return { problems: [problem({ file: input.file, field: 'parser', message: `berkas perbaikan manual ${FIXES_FILE} tidak ada`, hint: `Pengurai ${input.meta.parser} membutuhkan ${FIXES_FILE} (boleh berisi "fixes: []").` })] };
  const built = runBudget(input.source, fixes);
  if (!built.value) return { problems: built.problems };
  const rows = subkegiatanTable(built.value) as Row[];
  const problems = checkColumns(input, Object.keys(rows[0] ?? {}));
  if (problems.length > 0) return { problems };

  problems.push(...verifyAmounts(rows, input.source, input.sourcePath));
  const missing: DerivedTable['missing'] = [];
  rows.forEach((r, i) => {
    for (const side of ['target', 'realisasi'] as const)
      if (r[`${side}_rp`] === null) missing.push({ row: i, field: `${side}_rp`, reason: RUPIAH_REASON[r[`${side}_rp_status`] as string] ?? String(r[`${side}_rp_status`]) });
    if (r['serapan_persen'] === null) missing.push({ row: i, field: 'serapan_persen', reason: 'Tidak dihitung: target atau realisasi rupiah tidak tercetak' });
  });
  if (problems.length > 0) return { problems };
  return {
    table: {
      fields: publishedFields(input.meta, rows),
      rows,
      missing,
      notes: volumeOnlyNote(built.value.issues, rows),
      parser: { id: 'lkpj-2023-lampiran-i', script: 'scripts/budget/parse-lampiran.ts', fixes: FIXES_FILE },
      budget: built.value,
    },
    problems: [],
  };
}

const PARSERS: Record<NonNullable<DatasetMeta['parser']>, (input: DerivedInput) => { table?: DerivedTable; problems: Problem[] }> = {
  'lkpj-2023-lampiran-i': lkpjLampiranI,
};

export function deriveTable(input: DerivedInput): { table?: DerivedTable; problems: Problem[] } {
  const parser = input.meta.parser;
  if (parser === undefined) throw new Error(`${input.file}: dataset tanpa "parser"`);
  return PARSERS[parser](input);
}
