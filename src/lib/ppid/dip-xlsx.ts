import ExcelJS from 'exceljs';
import { fixedDate, workbookBytes, xlsxCell } from '../core/xlsx.ts';
import { DIP_CSV_FIELDS, flatRow } from './dip.ts';
import type { DipRow } from './schema.ts';

/**
 * The DIP as an Excel workbook (exceljs). Deterministic: the workbook's
 * created/modified dates come from the release date, and the ZIP container is
 * rewritten with fflate using that same timestamp (exceljs stamps each ZIP
 * entry with the current time). Text is written as typed string cells,
 * exactly as the officer wrote it: a spreadsheet never runs a string cell as a formula.
 */
const WIDTHS: Partial<Record<(typeof DIP_CSV_FIELDS)[number], number>> = {
  id: 30,
  judul: 50,
  ringkasan: 80,
  pejabat_penguasa: 36,
  penanggung_jawab: 36,
  subkategori: 32,
  tautan: 60,
  uji_konsekuensi: 60,
};

export async function dipXlsx(rows: readonly DipRow[], siteUrl: string, release: string, creator: string): Promise<Uint8Array<ArrayBuffer>> {
  const date = fixedDate(release);
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = date;
  wb.modified = date;
  const ws = wb.addWorksheet('DIP', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = DIP_CSV_FIELDS.map((key) => ({ header: key, key, width: WIDTHS[key] ?? 18 }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const flat = flatRow(r, siteUrl);
    ws.addRow(DIP_CSV_FIELDS.map((k) => xlsxCell(flat[k])));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: DIP_CSV_FIELDS.length } };
  return workbookBytes(wb, date);
}
