/**
 * Pure assembly of the budget explorer data (data/build/budget.json) from the
 * rows of the Lampiran I parser. No I/O: the data build (scripts/data/derived.ts) reads and
 * writes, this module only groups and sums, so it is unit-tested directly.
 *
 * Hierarchy: city → urusan (first code segment) → section (agency block) →
 * programme → kegiatan → sub-kegiatan. Rows are grouped by the printed
 * structure (each row under the row printed above it), not by code alone,
 * because one kegiatan code is printed for two different kegiatan (BKD,
 * 5.04.02.2.01; see docs/anggaran-parser.md).
 */
import type {
  BudgetBuild,
  BudgetRow,
  BudgetTotals,
  ExplorerKegiatan,
  ExplorerProgram,
  ExplorerReconciliation,
  Reconciliation,
  ExplorerSection,
  ExplorerSubkegiatan,
  ExplorerUrusan,
  ParseIssue,
} from './schema.ts';

/** Budget absorption in percent: realisation ÷ target × 100 (null when there is no target to divide by). */
export function absorption(target: number | null, realisation: number | null): number | null {
  if (target === null || target === 0 || realisation === null) return null;
  return (realisation / target) * 100;
}

/** Absorption of one sub-kegiatan: a printed dash realisation is nil (0 %); an empty cell is unknown (null). */
export function subAbsorption(row: Pick<BudgetRow, 'target' | 'realisation'>): number | null {
  const real = row.realisation.rupiah_status === 'dash' ? 0 : row.realisation.rupiah;
  return absorption(row.target.rupiah, real);
}

/** Sum sub-kegiatan amounts (dash/empty count as 0 and are counted as not printed). */
export function sumTotals(subs: ReadonlyArray<Pick<BudgetRow, 'target' | 'realisation'>>): BudgetTotals {
  let target = 0;
  let realisation = 0;
  let tMissing = 0;
  let rMissing = 0;
  for (const s of subs) {
    target += s.target.rupiah ?? 0;
    realisation += s.realisation.rupiah ?? 0;
    if (s.target.rupiah === null) tMissing++;
    if (s.realisation.rupiah === null) rMissing++;
  }
  return {
    target,
    realisation,
    absorption_pct: absorption(target, realisation),
    subkegiatan_count: subs.length,
    target_not_printed: tMissing,
    realisation_not_printed: rMissing,
    computed: true,
  };
}

/** Site path of an agency block and of a programme inside it. */
export function sectionUrl(sectionId: string): string {
  return `/anggaran/${sectionId}/`;
}
export function programUrl(sectionId: string, programCode: string): string {
  return `/anggaran/${sectionId}/${programCode}/`;
}

function span(rows: readonly BudgetRow[]): [number, number] {
  let a = Infinity;
  let b = 0;
  for (const r of rows) {
    a = Math.min(a, r.source_lines[0]);
    b = Math.max(b, r.source_lines[1]);
  }
  return [a, b];
}

function parentCode(code: string, parts: number): string {
  return code.split('.').slice(0, parts).join('.');
}

/** Structural problem found while grouping; the runner turns it into an Indonesian build error. */
export class StructureError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

interface KegiatanDraft {
  row: BudgetRow;
  subs: BudgetRow[];
}
interface ProgramDraft {
  row: BudgetRow;
  kegiatan: KegiatanDraft[];
}
interface SectionDraft {
  rows: BudgetRow[];
  urusan: BudgetRow | null;
  bidang: BudgetRow | null;
  programs: ProgramDraft[];
}

/** Group rows (in source order) into sections, programmes and kegiatan as printed. */
function draftSections(rows: readonly BudgetRow[]): Map<string, SectionDraft> {
  const sections = new Map<string, SectionDraft>();
  for (const row of rows) {
    let s = sections.get(row.section.id);
    if (!s) {
      s = { rows: [], urusan: null, bidang: null, programs: [] };
      sections.set(row.section.id, s);
    }
    s.rows.push(row);
    const line = row.source_lines[0];
    if (row.level === 'urusan') s.urusan ??= row;
    else if (row.level === 'bidang') s.bidang ??= row;
    else if (row.level === 'program') s.programs.push({ row, kegiatan: [] });
    else {
      const program = s.programs.at(-1);
      if (!program) throw new StructureError(line, `${row.level} ${row.code} tercetak sebelum program mana pun di ${row.section.name}`);
      if (row.level === 'kegiatan') {
        if (parentCode(row.code, 3) !== program.row.code)
          throw new StructureError(line, `kegiatan ${row.code} tercetak di bawah program ${program.row.code} yang bukan induknya`);
        program.kegiatan.push({ row, subs: [] });
      } else {
        const kegiatan = program.kegiatan.at(-1);
        if (!kegiatan || parentCode(row.code, 5) !== kegiatan.row.code)
          throw new StructureError(line, `sub-kegiatan ${row.code} tercetak di bawah kegiatan ${kegiatan?.row.code ?? '(tidak ada)'} yang bukan induknya`);
        kegiatan.subs.push(row);
      }
    }
  }
  return sections;
}

/** Make ids unique: the first keeps `base`, later duplicates get `-<line>`. */
function uniqueAnchor(seen: Set<string>, base: string, line: number): string {
  const id = seen.has(base) ? `${base}-${line}` : base;
  seen.add(id);
  return id;
}

function toSub(row: BudgetRow, anchor: string): ExplorerSubkegiatan {
  return {
    code: row.code,
    code_printed: row.code_printed,
    anchor,
    name: row.name,
    indicator: row.indicator,
    target: row.target,
    realisation: row.realisation,
    absorption_pct: subAbsorption(row),
    printed_absorption_pct: row.absorption_pct,
    realisation_volume_kind: row.realisation_volume_kind,
    source_lines: row.source_lines,
    fixes: row.fixes,
    quirks: row.quirks,
  };
}

/** The parser computes programme/kegiatan rupiah too; ours must agree exactly. */
function assertSameTotals(row: BudgetRow, totals: BudgetTotals): void {
  if (row.target.rupiah !== totals.target || row.realisation.rupiah !== totals.realisation || row.subkegiatan_count !== totals.subkegiatan_count)
    throw new StructureError(
      row.source_lines[0],
      `jumlah ${row.level} ${row.code} tidak cocok: pengurai ${row.target.rupiah}/${row.realisation.rupiah}, penjelajah ${totals.target}/${totals.realisation}`,
    );
}

function buildSection(id: string, d: SectionDraft): ExplorerSection {
  const first = d.rows[0];
  if (!first) throw new StructureError(1, `bagian ${id} kosong`);
  const section = first.section;
  const bidangCode = d.bidang?.code ?? parentCode(d.programs[0]?.row.code ?? first.code, 2);
  const seenSub = new Set<string>();
  const seenProg = new Set<string>();
  const programs: ExplorerProgram[] = d.programs.map((p) => {
    if (seenProg.has(p.row.code)) throw new StructureError(p.row.source_lines[0], `program ${p.row.code} tercetak dua kali di ${section.name}`);
    seenProg.add(p.row.code);
    const seenKeg = new Set<string>();
    const kegiatan: ExplorerKegiatan[] = p.kegiatan.map((k) => {
      const totals = sumTotals(k.subs);
      assertSameTotals(k.row, totals);
      return {
        code: k.row.code,
        anchor: uniqueAnchor(seenKeg, `k-${k.row.code}`, k.row.source_lines[0]),
        name: k.row.name,
        totals,
        source_lines: span([k.row, ...k.subs]),
        subkegiatan: k.subs.map((s) => toSub(s, uniqueAnchor(seenSub, `s-${s.code}`, s.source_lines[0]))),
      };
    });
    const subs = p.kegiatan.flatMap((k) => k.subs);
    const totals = sumTotals(subs);
    assertSameTotals(p.row, totals);
    return {
      code: p.row.code,
      name: p.row.name,
      url: programUrl(id, p.row.code),
      totals,
      source_lines: span([p.row, ...p.kegiatan.map((k) => k.row), ...subs]),
      kegiatan,
    };
  });
  const subs = d.rows.filter((r) => r.level === 'subkegiatan');
  return {
    ...section,
    url: sectionUrl(id),
    urusan_code: parentCode(bidangCode, 1),
    urusan_name: d.urusan?.name ?? first.names.urusan,
    bidang_code: bidangCode,
    bidang_name: d.bidang?.name ?? first.names.bidang,
    totals: sumTotals(subs),
    source_lines: span(d.rows),
    programs,
  };
}

/**
 * Explained parts of the appendix–LRA difference (docs/anggaran-parser.md,
 * tests/scripts/budget/lampiran/reconcile.test.ts). Signed as LRA − appendix.
 */
export const RECONCILIATION_PARTS = {
  /** LRA 5.1.05.06 Belanja Hibah Dana BOS (line 1621): budgeted in the LRA, on no sub-kegiatan. */
  'hibah-bos': { budget: 15_486_304_200, realised: 0 },
  /** BLUD RSUD Djoelham (line 12565): realised in the appendix, 0.00 in the unaudited LRA. */
  blud: { budget: 0, realised: -30_595_886_438 },
  /** Belanja Tidak Terduga: 792,116,908 in the appendix (25193), 792,115,908 in the LRA (1747). */
  'btt-misprint': { budget: -1_000, realised: 0 },
} as const;

export function explainReconciliation(rec: Reconciliation): ExplorerReconciliation {
  const parts = Object.entries(RECONCILIATION_PARTS).map(([id, p]) => ({ id, budget: p.budget, realised: p.realised }));
  return {
    table: 'Tabel I.7',
    lra_lines: [1222, 1266],
    ...rec,
    parts,
    budget_residual: rec.budget_difference - parts.reduce((s, p) => s + p.budget, 0),
    realised_residual: rec.realised_difference - parts.reduce((s, p) => s + p.realised, 0),
  };
}

export interface ExplorerInput {
  rows: readonly BudgetRow[];
  issues: readonly ParseIssue[];
  reconciliation: Parameters<typeof explainReconciliation>[0];
  lines: [number, number];
}

/** Assemble budget.json: deterministic (source order, urusan by code). */
export function buildExplorer(input: ExplorerInput): BudgetBuild {
  const drafts = draftSections(input.rows);
  const sections = [...drafts].map(([id, d]) => buildSection(id, d)).sort((a, b) => a.index - b.index);
  const urusanCodes = [...new Set(sections.map((s) => s.urusan_code))].sort();
  const urusan: ExplorerUrusan[] = urusanCodes.map((code) => {
    const members = sections.filter((s) => s.urusan_code === code);
    const subs = input.rows.filter((r) => r.level === 'subkegiatan' && members.some((m) => m.id === r.section.id));
    const printed = input.rows.find((r) => r.level === 'urusan' && r.code === code);
    return {
      code,
      name: printed?.name ?? members.find((m) => m.urusan_name)?.urusan_name ?? `Urusan ${code}`,
      totals: sumTotals(subs),
      section_ids: members.map((m) => m.id),
    };
  });
  const allSubs = input.rows.filter((r) => r.level === 'subkegiatan');
  return {
    year: 2023,
    source: {
      document: 'lkpj-2023',
      table: 'Lampiran I',
      title: 'Capaian Pelaksanaan Program dan Kegiatan Tahun 2023',
      lines: input.lines,
    },
    totals: sumTotals(allSubs),
    reconciliation: explainReconciliation(input.reconciliation),
    urusan,
    sections,
    issues: input.issues.filter((i) => i.severity !== 'error'),
  };
}
