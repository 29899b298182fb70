import type ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { CellValue } from './cells.ts';

/**
 * Workbook helpers shared by every XLSX download (datasets, the DIP): fixed
 * dates and a re-packed archive so identical input gives identical bytes.
 * exceljs (maintained, no known advisories) writes the workbook; its zip layer
 * stamps every entry with the current time, so the archive is re-packed with
 * fflate using one fixed modification time.
 */

export function fixedDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/**
 * A cell as a typed value: text is a string cell (exceljs never writes a plain string as a formula,
 * so "=HYPERLINK(…)" stays text and is shown exactly as the source has it), numbers and booleans
 * stay typed, missing data stays empty.
 */
export function xlsxCell(value: CellValue | undefined): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  return value;
}

/** Re-pack a zip with one fixed modification time, keeping the entry order. */
export function repackZip(bytes: Uint8Array, mtime: Date): Uint8Array<ArrayBuffer> {
  const entries = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, content] of Object.entries(entries)) out[name] = [content, { mtime, level: 6 }];
  // fflate allocates a fresh ArrayBuffer; its typings just do not say so.
  return zipSync(out) as Uint8Array<ArrayBuffer>;
}

/**
 * A workbook's bytes, identical on every build: exceljs writes the parts uncompressed
 * (STORE: its own deflate, pako through JSZip, was half the build time at 1,000 datasets
 * and its output is thrown away anyway), then fflate packs them once, with `mtime`.
 */
export async function workbookBytes(wb: ExcelJS.Workbook, mtime: Date): Promise<Uint8Array<ArrayBuffer>> {
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return repackZip(new Uint8Array(raw as ArrayBuffer), mtime);
}
