import { formatNumber, formatWithUnit } from '../core/format.ts';
import type { BuiltDataset, CellValue, PublishedField, Row } from './schema.ts';

/** Pure helpers that turn a built dataset into what pages show. */

export function isNumeric(f: PublishedField): boolean {
  return f.type === 'integer' || f.type === 'number';
}

/**
 * Fields shown in the HTML table: the total flag is shown as row styling instead, and a generated
 * <name>_satuan column as the "%" after each number it belongs to (the downloads keep both).
 */
export function visibleFields(d: Pick<BuiltDataset, 'fields'>): PublishedField[] {
  const companions = new Set(d.fields.filter((f) => f.unit_field !== undefined).map((f) => f.unit_field));
  return d.fields.filter((f) => f.name !== 'baris_total' && !(f.generated === true && companions.has(f.name)));
}

/** The unit of one cell: the column's unit, or the row's own when the column mixes units (see unit_field). */
export function cellUnit(f: PublishedField, row: Row | undefined): string | undefined {
  if (f.unit_field === undefined) return f.unit;
  const unit = row?.[f.unit_field];
  return typeof unit === 'string' && unit.trim() !== '' ? unit.trim() : undefined;
}

/**
 * Table cell text. In a column that mixes units, a value the source printed with "%" keeps its "%"
 * (85%); other units stay in their own column beside it.
 */
export function formatCell(f: PublishedField, value: CellValue | undefined, row?: Row): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    if (f.type === 'year') return String(value);
    const text = formatNumber(value, f.decimals);
    return f.unit_field !== undefined && cellUnit(f, row) === '%' ? `${text}%` : text;
  }
  if (typeof value === 'boolean') return value ? 'ya' : 'tidak';
  return value;
}

/** Cells a dataset page's table may hold (keeps long tables within the page-weight budget). */
export const TABLE_CELL_BUDGET = 1500;
const MIN_TABLE_ROWS = 20;

/**
 * How many rows the dataset page shows: all of them while rows × columns fit
 * the cell budget (every dataset transcribed from a printed table does), else
 * the first rows that fit, never fewer than 20; the downloads hold everything.
 */
export function tableRowLimit(d: Pick<BuiltDataset, 'rows' | 'fields'>, budget = TABLE_CELL_BUDGET): number {
  const columns = Math.max(1, visibleFields(d).length);
  return d.rows.length * columns <= budget ? d.rows.length : Math.max(MIN_TABLE_ROWS, Math.floor(budget / columns));
}

/** First sentence of the description, for catalogue cards. */
export function summary(description: string, max = 220): string {
  const first = /^(.+?[.!?])(\s|$)/.exec(description.trim())?.[1] ?? description;
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}

export function periodLabel(t: { start: number; end: number }): string {
  return t.start === t.end ? String(t.start) : `${t.start}–${t.end}`;
}

export const SPATIAL_LABEL: Record<string, string> = { kota: 'Kota', kecamatan: 'Kecamatan', kelurahan: 'Kelurahan' };

export interface KeyFigure {
  label: string;
  value: string;
  context: string;
}

function labelOf(d: BuiltDataset, row: Row): string {
  const dim = d.fields.find((f) => !isNumeric(f) && f.name !== 'kode_wilayah' && f.name !== 'baris_total');
  const v = dim ? row[dim.name] : null;
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Headline numbers: the printed total row if there is one, else the latest
 * year, else the first row. At most four, numeric fields only.
 */
export function keyFigures(d: BuiltDataset, max = 4): KeyFigure[] {
  const numeric = d.fields.filter(isNumeric);
  let row: Row | undefined = d.rows.find((r) => r.baris_total === true);
  const yearField = d.fields.find((f) => f.type === 'year');
  if (!row && yearField) {
    row = [...d.rows].filter((r) => typeof r[yearField.name] === 'number').sort((a, b) => (b[yearField.name] as number) - (a[yearField.name] as number))[0];
  }
  if (!row) return [];
  const context = labelOf(d, row) || (yearField ? String(row[yearField.name]) : '');
  return numeric
    .filter((f) => typeof row[f.name] === 'number')
    .slice(0, max)
    .map((f) => ({ label: f.title, value: formatWithUnit(row[f.name] as number, cellUnit(f, row), f.decimals), context }));
}

export function missingReason(d: BuiltDataset, rowIndex: number, field: string): string | undefined {
  return d.missing.find((m) => m.row === rowIndex && m.field === field)?.reason;
}

export function failedChecks(d: BuiltDataset) {
  return d.checks.filter((c) => c.status === 'fail');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}
