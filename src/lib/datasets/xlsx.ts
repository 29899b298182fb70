import ExcelJS from 'exceljs';
import { SITE } from '../../config.ts';
import { fixedDate, workbookBytes, xlsxCell } from '../core/xlsx.ts';
import type { BuiltDataset, PublishedField } from './schema.ts';
import { apaCitation } from './citation.ts';
import { datasetUrl, versionUrl } from './urls.ts';

/**
 * The XLSX download: a "Data" sheet with typed cells (numbers stay numbers,
 * text is a string cell, never a formula, kept exactly as published), a "Keterangan" sheet with
 * title, description, source, licence and citation, and a "Kamus data" sheet.
 * The archive is re-packed with the dataset's `modified` date (src/lib/core/xlsx.ts):
 * identical input → identical bytes.
 */

function headerLabel(f: PublishedField): string {
  return f.unit ? `${f.title} (${f.unit})` : f.title;
}

function numberFormat(f: PublishedField): string | undefined {
  if (f.type === 'year') return '0';
  if (f.type === 'integer') return '#,##0';
  if (f.type === 'number') return f.decimals && f.decimals > 0 ? `#,##0.${'0'.repeat(f.decimals)}` : '#,##0.##';
  return undefined;
}

/** The version a workbook is a download of, named in its "Keterangan" sheet. */
export interface XlsxVersion {
  id: string;
  released: string;
}

function buildWorkbook(d: BuiltDataset, version?: XlsxVersion): ExcelJS.Workbook {
  const date = fixedDate(d.modified);
  const wb = new ExcelJS.Workbook();
  wb.creator = SITE.publisher;
  wb.lastModifiedBy = SITE.name;
  wb.company = SITE.publisher;
  wb.title = d.title;
  wb.created = date;
  wb.modified = date;

  const data = wb.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = d.fields.map((f) => ({
    header: headerLabel(f),
    key: f.name,
    width: Math.min(60, Math.max(12, headerLabel(f).length + 2)),
    ...(numberFormat(f) ? { style: { numFmt: numberFormat(f)! } } : {}),
  }));
  data.getRow(1).font = { bold: true };
  for (const row of d.rows) data.addRow(d.fields.map((f) => xlsxCell(row[f.name])));

  const info = wb.addWorksheet('Keterangan');
  info.columns = [
    { header: 'Keterangan', key: 'k', width: 22 },
    { header: 'Isi', key: 'v', width: 100 },
  ];
  info.getRow(1).font = { bold: true };
  const url = `${SITE.url}${datasetUrl(d.slug)}`;
  const lines: Array<[string, string]> = [
    ['Judul', d.title],
    ['Deskripsi', d.description],
    ['Produsen data', d.publisher_name],
    ...(d.publisher_via ? ([['Publikasi perantara', d.publisher_via]] as Array<[string, string]>) : []),
    ['Sumber', `${d.source.document_title}, ${d.source.table}${d.source.note ? ` (${d.source.note})` : ''}`],
    ['Periode', d.temporal.start === d.temporal.end ? String(d.temporal.start) : `${d.temporal.start}–${d.temporal.end}`],
    ['Tingkat wilayah', d.spatial],
    ['Lisensi', `${SITE.license.title} — ${SITE.license.url}`],
    ['Cara mengutip', apaCitation(d)],
    ['Halaman dataset', url],
    ['Diperbarui', d.modified],
    ...(version
      ? ([
          ['Versi', `${version.id} (dirilis ${version.released}; isi versi ini tidak akan berubah)`],
          ['Alamat tetap versi', `${SITE.url}${versionUrl(d.slug, version.id)}`],
        ] as Array<[string, string]>)
      : []),
  ];
  for (const [k, v] of lines) info.addRow([k, v]);
  info.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  const dict = wb.addWorksheet('Kamus data');
  dict.columns = [
    { header: 'Kolom', key: 'name', width: 22 },
    { header: 'Judul', key: 'title', width: 36 },
    { header: 'Jenis', key: 'type', width: 12 },
    { header: 'Satuan', key: 'unit', width: 14 },
    { header: 'Penjelasan', key: 'description', width: 80 },
  ];
  dict.getRow(1).font = { bold: true };
  for (const f of d.fields) {
    dict.addRow([f.name, f.title, f.type, f.unit ?? (f.unit_field ? `per baris: kolom ${f.unit_field}` : null), f.description]);
  }
  return wb;
}

export async function xlsxDownload(d: BuiltDataset, version?: XlsxVersion): Promise<Uint8Array> {
  return workbookBytes(buildWorkbook(d, version), fixedDate(d.modified));
}
