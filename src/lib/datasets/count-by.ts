/**
 * Counting rows by the values of one column, for list tables that print no
 * numbers (applications and their status, hospitals and their accreditation).
 * A count of rows is derived from the table, never a printed figure, so the
 * result keeps every spelling it merged: pages show that mapping beside the
 * counts. Pure: rows in, counts out.
 */
import { formatNumber } from '../core/format.ts';
import type { Row } from './schema.ts';

/** Category label for empty cells, so the counts always add up to the number of rows. */
export const EMPTY_CATEGORY = '(sel kosong)';

export interface CountCategory {
  /** The spelling shown: the most frequent printed spelling (ties: the one met first). */
  label: string;
  count: number;
  /** Printed spellings merged into this category with their counts, in order of first appearance. */
  spellings: { text: string; count: number }[];
}

export interface CountResult {
  categories: CountCategory[];
  /** Number of rows counted (equals the sum of the counts). */
  total: number;
}

/**
 * Only whitespace and letter case are normalised: "Tidak aktif" and "Tidak Aktif " are one
 * category, "Masih Aktif" and "Aktif" stay two (merging those would be our reading, not the source's).
 */
export const countKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id-ID');

export interface RowGroup {
  /** The first printed spelling (whitespace collapsed), or EMPTY_CATEGORY for empty cells. */
  first: string;
  rows: Row[];
  /** Printed spellings in this group with their counts, in order of first appearance. */
  spellings: { text: string; count: number }[];
}

/**
 * Rows grouped by one column, in order of first appearance, spellings that differ only in case or
 * whitespace together (countKey). Shared by count charts and by bar panels (`split_by`).
 */
export function groupRows(rows: readonly Row[], field: string): RowGroup[] {
  const byKey = new Map<string, { first: string; rows: Row[]; spellings: Map<string, number> }>();
  for (const r of rows) {
    const v = r[field];
    const printed = v === null || v === undefined || String(v).trim() === '' ? EMPTY_CATEGORY : String(v).trim().replace(/\s+/g, ' ');
    const key = countKey(printed);
    const entry = byKey.get(key) ?? { first: printed, rows: [], spellings: new Map<string, number>() };
    entry.rows.push(r);
    entry.spellings.set(printed, (entry.spellings.get(printed) ?? 0) + 1);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((e) => ({ first: e.first, rows: e.rows, spellings: [...e.spellings].map(([text, count]) => ({ text, count })) }));
}

/** Counts in order of first appearance; `descending` sorts by count (stable, so ties keep that order). */
export function countBy(rows: readonly Row[], field: string, order: 'none' | 'ascending' | 'descending' = 'none'): CountResult {
  const categories = groupRows(rows, field).map(({ rows: members, spellings }) => {
    // Array.prototype.sort is stable: on a tie the spelling met first wins.
    const [top] = [...spellings].sort((a, b) => b.count - a.count);
    return { label: top?.text ?? '', count: members.length, spellings };
  });
  if (order !== 'none') {
    const dir = order === 'ascending' ? 1 : -1;
    categories.sort((a, b) => (a.count - b.count) * dir);
  }
  return { categories, total: rows.length };
}

/** Sentences naming the spellings merged into one category, e.g. for a note under the counts table. */
export function mergedSpellings(result: CountResult): string[] {
  return result.categories
    .filter((c) => c.spellings.length > 1)
    .map((c) => `“${c.label}” menggabungkan ${c.spellings.map((s) => `“${s.text}” (${formatNumber(s.count)})`).join(' dan ')}`);
}
