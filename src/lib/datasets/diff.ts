import type { CellValue, Row } from '../core/cells.ts';
import { formatNumber } from '../core/format.ts';
import type { BuiltDataset } from './schema.ts';
import type { ChangeSummary } from './versions-schema.ts';

/**
 * What changed between two states of a dataset: rows added and removed, cells changed (old → new),
 * columns added and removed, metadata changed. Rows are matched by their identifying columns (text,
 * kecamatan, kelurahan and year columns, when together they are unique in both states), otherwise
 * by position. Lists are capped for pages and the API; the counts are always complete.
 */

export const SHOWN_ROWS = 50;
export const SHOWN_CELLS = 200;

const KEY_TYPES = new Set(['string', 'kecamatan', 'kelurahan', 'year']);

function keyFields(a: BuiltDataset, b: BuiltDataset): string[] {
  const inB = new Map(b.fields.map((f) => [f.name, f.type]));
  const key = a.fields.filter((f) => KEY_TYPES.has(f.type) && inB.get(f.name) === f.type && !f.generated).map((f) => f.name);
  if (key.length === 0) return [];
  const unique = (rows: Row[]) => new Set(rows.map((r) => JSON.stringify(key.map((k) => r[k] ?? null)))).size === rows.length;
  return unique(a.rows) && unique(b.rows) ? key : [];
}

const show = (v: CellValue | undefined): string => (v === null || v === undefined ? '–' : typeof v === 'number' ? formatNumber(v) : String(v));

function rowLabels(rows: Row[], key: string[]): string[] {
  return rows.map((r, i) => (key.length > 0 ? key.map((k) => show(r[k])).join(' · ') : `baris ${formatNumber(i + 1)}`));
}

const text = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function metadataChanges(a: BuiltDataset, b: BuiltDataset): ChangeSummary['metadata'] {
  const pairs: Array<[string, unknown, unknown]> = [
    ['judul', a.title, b.title],
    ['penjelasan', a.description, b.description],
    ['produsen data', a.publisher_name, b.publisher_name],
    ['dokumen sumber', a.source.document_title, b.source.document_title],
    ['tabel sumber', a.source.table, b.source.table],
    ['baris sumber', a.source.lines.join('–'), b.source.lines.join('–')],
    ['periode', `${a.temporal.start}–${a.temporal.end}`, `${b.temporal.start}–${b.temporal.end}`],
    ['tingkat wilayah', a.spatial, b.spatial],
    ['lisensi', a.license, b.license],
    ['kata kunci', a.keywords, b.keywords],
    ['catatan kualitas data', a.notes, b.notes],
    ['tanggal diperbarui', a.modified, b.modified],
    ['edisi', a.edition, b.edition],
  ];
  const inB = new Map(b.fields.map((f) => [f.name, f]));
  for (const f of a.fields) {
    const g = inB.get(f.name);
    if (!g) continue;
    pairs.push([`kolom ${f.name}: judul`, f.title, g.title], [`kolom ${f.name}: satuan`, f.unit, g.unit], [`kolom ${f.name}: penjelasan`, f.description, g.description]);
  }
  return pairs.filter(([, x, y]) => text(x) !== text(y)).map(([field, x, y]) => ({ field, old: text(x), new: text(y) }));
}

export function diffDatasets(a: BuiltDataset, b: BuiltDataset): ChangeSummary {
  const key = keyFields(a, b);
  const labelsA = rowLabels(a.rows, key);
  const labelsB = rowLabels(b.rows, key);
  const id = (r: Row, i: number) => (key.length > 0 ? JSON.stringify(key.map((k) => r[k] ?? null)) : String(i));
  const indexB = new Map(b.rows.map((r, i) => [id(r, i), i]));
  const indexA = new Map(a.rows.map((r, i) => [id(r, i), i]));
  const namesB = new Set(b.fields.map((f) => f.name));
  const common = a.fields.filter((f) => namesB.has(f.name)).map((f) => f.name);

  const removed: string[] = [];
  const cells: ChangeSummary['cells'] = [];
  let cellsCount = 0;
  a.rows.forEach((r, i) => {
    const j = indexB.get(id(r, i));
    if (j === undefined) {
      removed.push(labelsA[i]!);
      return;
    }
    const other = b.rows[j]!;
    for (const field of common) {
      const before = r[field] ?? null;
      const after = other[field] ?? null;
      if (before === after) continue;
      cellsCount++;
      if (cells.length < SHOWN_CELLS) cells.push({ row: labelsB[j]!, field, old: before, new: after });
    }
  });
  const added = b.rows.flatMap((r, j) => (indexA.has(id(r, j)) ? [] : [labelsB[j]!]));
  const namesA = new Set(a.fields.map((f) => f.name));
  return {
    key,
    rows_added: added.slice(0, SHOWN_ROWS),
    rows_removed: removed.slice(0, SHOWN_ROWS),
    rows_added_count: added.length,
    rows_removed_count: removed.length,
    cells,
    cells_count: cellsCount,
    fields_added: b.fields.filter((f) => !namesA.has(f.name)).map((f) => f.name),
    fields_removed: a.fields.filter((f) => !namesB.has(f.name)).map((f) => f.name),
    metadata: metadataChanges(a, b),
  };
}

export function isUnchanged(c: ChangeSummary): boolean {
  return c.rows_added_count === 0 && c.rows_removed_count === 0 && c.cells_count === 0 && c.fields_added.length === 0 && c.fields_removed.length === 0 && c.metadata.length === 0;
}

/** One sentence for lists and feeds: "2 sel berubah, 1 baris ditambah; metadata: judul." */
export function changeSentence(c: ChangeSummary | null): string {
  if (c === null) return 'Rilis pertama.';
  const parts: string[] = [];
  if (c.cells_count > 0) parts.push(`${formatNumber(c.cells_count)} sel berubah`);
  if (c.rows_added_count > 0) parts.push(`${formatNumber(c.rows_added_count)} baris ditambah`);
  if (c.rows_removed_count > 0) parts.push(`${formatNumber(c.rows_removed_count)} baris dihapus`);
  if (c.fields_added.length > 0) parts.push(`kolom baru: ${c.fields_added.join(', ')}`);
  if (c.fields_removed.length > 0) parts.push(`kolom dihapus: ${c.fields_removed.join(', ')}`);
  const data = parts.length > 0 ? parts.join(', ') : 'angka tidak berubah';
  const sentence = c.metadata.length > 0 ? `${data}; metadata diubah: ${c.metadata.map((m) => m.field).join(', ')}.` : `${data}.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}

export { show as showCell };
