import Papa from 'papaparse';
import type { CellValue } from './cells.ts';

/**
 * Would a spreadsheet opening this CSV run the cell as a formula? Text that starts with = @ tab or
 * CR does; text that starts with + or - does unless it is only the sign ("-", the source's "nil")
 * or a plain number ("-1.02", "+3"), which a spreadsheet reads as text or a number, never code.
 */
export function isFormulaLike(text: string): boolean {
  if (/^[=@\t\r]/.test(text)) return true;
  if (!/^[+-]/.test(text)) return false;
  return !/^[+-]$/.test(text) && !/^[+-]?\d+(?:[.,]\d+)*%?$/.test(text);
}

/**
 * Text a spreadsheet would execute gets a leading apostrophe (OWASP's advice for CSV); every other
 * cell keeps the source's text exactly. XLSX needs none of this: its text cells are typed strings.
 */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
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
