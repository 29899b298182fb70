/**
 * View helpers for the budget explorer pages: id-ID money and percentage text,
 * links to source lines, and the rows of each level's table. Pure.
 */
import { formatNumber } from '../core/format.ts';
import type { BudgetBuild, BudgetTotals, ExplorerSection, ExplorerSubkegiatan } from './schema.ts';

/** "Rp1.018.561.449.316"; "–" when not printed. */
export function rupiah(v: number | null): string {
  return v === null ? '–' : `Rp${formatNumber(v)}`;
}

/** Budget absorption "79,28%" (two decimals), "–" when it cannot be computed. */
export function percent(v: number | null): string {
  return v === null ? '–' : `${formatNumber(v, 2)}%`;
}

export function linesLabel([a, b]: readonly [number, number]): string {
  return a === b ? `baris ${a}` : `baris ${a}–${b}`;
}

/** One row of a level table: a child node with its link and totals. */
export interface LevelRow {
  code: string;
  name: string;
  href?: string;
  totals: BudgetTotals;
  source_lines: readonly [number, number];
  /** Optional extra cell (e.g. the urusan of an agency). */
  note?: string;
}

export function sectionRows(sections: readonly ExplorerSection[]): LevelRow[] {
  return sections.map((s) => ({ code: s.bidang_code, name: s.name, href: s.url, totals: s.totals, source_lines: s.source_lines }));
}

export interface SubWithPlace {
  sub: ExplorerSubkegiatan;
  href: string;
  program: string;
}

/** Sub-kegiatan of a section with the link to their place on the programme page. */
export function sectionSubs(s: ExplorerSection): SubWithPlace[] {
  return s.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subkegiatan.map((sub) => ({ sub, href: `${p.url}#${sub.anchor}`, program: p.name }))));
}

/**
 * Lowest and highest absorption among sub-kegiatan with a printed target and
 * realisation (ties by source line, so the choice is stable).
 */
export function absorptionExtremes(subs: readonly SubWithPlace[], n = 5): { lowest: SubWithPlace[]; highest: SubWithPlace[] } {
  const rated = subs.filter((x) => x.sub.absorption_pct !== null && (x.sub.target.rupiah ?? 0) > 0);
  const asc = [...rated].sort((a, b) => (a.sub.absorption_pct ?? 0) - (b.sub.absorption_pct ?? 0) || a.sub.source_lines[0] - b.sub.source_lines[0]);
  const desc = [...rated].sort((a, b) => (b.sub.absorption_pct ?? 0) - (a.sub.absorption_pct ?? 0) || a.sub.source_lines[0] - b.sub.source_lines[0]);
  return { lowest: asc.slice(0, n), highest: desc.slice(0, n) };
}

export function findSection(b: BudgetBuild, id: string): ExplorerSection {
  const s = b.sections.find((x) => x.id === id);
  if (!s) throw new Error(`Bagian anggaran ${id} tidak ada.`);
  return s;
}

/** Plain-language label of a measure: "100 persen", "12 dokumen"; "–" when not printed. */
export function volumeText(volume: number | null, unit: string | null): string {
  if (volume === null) return '–';
  const n = formatNumber(volume);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** LRA 2023 summary beside the explorer: the total and the groups (two-segment codes) of one LRA dataset. */
export interface LraLine {
  code: string;
  name: string;
  budget: number | null;
  realised: number | null;
  total: boolean;
}

export function lraLines(rows: ReadonlyArray<Record<string, unknown>>): LraLine[] {
  const out: LraLine[] = [];
  for (const r of rows) {
    const code = r['kode_rekening'];
    if (typeof code !== 'string' || !/^\d(?:\.\d)?$/.test(code)) continue;
    const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
    out.push({ code, name: String(r['uraian'] ?? ''), budget: num(r['anggaran']), realised: num(r['realisasi']), total: !code.includes('.') });
  }
  return out;
}

/**
 * Source lines the budget pages link to (first line of every section,
 * programme, kegiatan and sub-kegiatan, each quality note, the LRA table):
 * the document pages give each of them its own "L<n>" anchor. Sorted, unique.
 */
export function citedLines(b: BudgetBuild): number[] {
  const lines = new Set<number>([b.source.lines[0], b.reconciliation.lra_lines[0], ...b.issues.map((i) => i.line)]);
  for (const s of b.sections) {
    lines.add(s.source_lines[0]);
    for (const p of s.programs) {
      lines.add(p.source_lines[0]);
      for (const k of p.kegiatan) {
        lines.add(k.source_lines[0]);
        for (const x of k.subkegiatan) lines.add(x.source_lines[0]);
      }
    }
  }
  return [...lines].sort((a, c) => a - c);
}
