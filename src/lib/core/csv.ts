import Papa from 'papaparse';
import type { CellValue } from './cells.ts';

/**
 * Spreadsheet programs execute text cells that start with = + - @ (and tab/CR)
 * as formulas. Text cells get a leading apostrophe (OWASP's advice);
 * numbers stay numbers, so -3.18 is untouched.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(value);
}

/** RFC 4180 CSV: header row of field names, CRLF line ends, UTF-8, machine numbers (88364, 20.08). */
export function toCsv(fieldNames: readonly string[], rows: ReadonlyArray<Record<string, CellValue>>): string {
  const body = rows.map((r) => fieldNames.map((n) => csvCell(r[n])));
  return `${Papa.unparse({ fields: fieldNames.map(neutraliseFormula), data: body }, { newline: '\r\n', quotes: false })}\r\n`;
}
