import type { Row } from './schema.ts';

/**
 * Long tables (one row per budget line, e.g. 1,012 sub-kegiatan) cannot be
 * drawn row by row: charts declared with `aggregate: sum` draw one row per
 * label value, each column summed over the rows that share it. Pure.
 */
export interface SumByLabelOptions {
  label: string;
  /** Numeric columns to sum; empty cells are skipped, a group with no value stays empty (null). */
  columns: readonly string[];
  /** Keep only the `limit` groups with the largest first column (ties: first seen). */
  limit?: number;
}

export function sumByLabel(rows: readonly Row[], { label, columns, limit }: SumByLabelOptions): Row[] {
  const groups = new Map<string, Row>();
  for (const r of rows) {
    const key = r[label] === null || r[label] === undefined ? '' : String(r[label]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { [label]: key, ...Object.fromEntries(columns.map((c) => [c, null])) }));
    for (const c of columns) {
      const v = r[c];
      if (typeof v === 'number' && Number.isFinite(v)) g[c] = ((g[c] as number | null) ?? 0) + v;
    }
  }
  const out = [...groups.values()];
  if (limit === undefined) return out;
  const first = columns[0];
  const size = (r: Row) => (first !== undefined && typeof r[first] === 'number' ? (r[first] as number) : -Infinity);
  // Array.prototype.sort is stable: equal sizes keep their first-seen order.
  return out.sort((a, b) => size(b) - size(a)).slice(0, limit);
}
