import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { dipXlsx } from '../../../src/lib/ppid/dip-xlsx.ts';
import { DIP_CSV_FIELDS } from '../../../src/lib/ppid/dip.ts';
import type { DipRow } from '../../../src/lib/ppid/schema.ts';

const row = (id: string, judul: string): DipRow => ({
  id,
  judul,
  ringkasan: '+62 812 (nomor yang tampak seperti rumus)',
  pejabat_penguasa: '@PPID',
  penanggung_jawab: '-Atasan PPID',
  waktu_pembuatan: '2024',
  tempat_pembuatan: 'Binjai',
  bentuk_informasi: ['softcopy'],
  retensi: '5 tahun',
  jenis_media: ['situs-web'],
  kategori: 'berkala',
  subkategori: 'Laporan kinerja',
  instansi: 'diskominfo',
  instansi_nama: 'Dinas Komunikasi dan Informatika Kota Binjai',
  tahun: 2024,
  tautan: [{ judul: 'Data', url: '/data/x/' }],
  lampiran: [],
  tanggal_penetapan: '2026-11-22',
  tanggal_pembaruan: '2026-11-22',
  asal: 'berkas',
  berkas: `content/dip/${id}.yml`,
});

const rows = [row('a', '=HYPERLINK("http://evil.example","klik")'), row('b', 'Laporan biasa')];

async function read(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('DIP as XLSX', () => {
  test('parses back with the Perki field names and every row', async () => {
    const ws = (await read(await dipXlsx(rows, 'https://data.example', '2026-11-22', 'PPID'))).getWorksheet('DIP');
    expect(ws?.getRow(1).values).toEqual([undefined, ...DIP_CSV_FIELDS]);
    expect(ws?.rowCount).toBe(3);
    expect(ws?.getRow(3).getCell(4).value).toBe('Laporan biasa');
    expect(ws?.getRow(3).getCell(14).value).toBe(2024);
    expect(ws?.getRow(3).getCell(15).value).toBe('https://data.example/data/x/');
  });

  test('text that a spreadsheet would run as a formula is a string cell with the text exactly as written', async () => {
    const ws = (await read(await dipXlsx(rows, 'https://data.example', '2026-11-22', 'PPID'))).getWorksheet('DIP');
    const cells = [4, 5, 6, 7].map((c) => ws?.getRow(2).getCell(c));
    expect(cells.map((c) => c?.value)).toEqual([
      `=HYPERLINK("http://evil.example","klik")`,
      `+62 812 (nomor yang tampak seperti rumus)`,
      `@PPID`,
      `-Atasan PPID`,
    ]);
    expect(cells.map((c) => c?.type)).toEqual(Array(4).fill(ExcelJS.ValueType.String));
  });

  test('deterministic: same bytes on every build, dates from the release', async () => {
    const first = await dipXlsx(rows, 'https://data.example', '2026-11-22', 'PPID');
    await new Promise((r) => setTimeout(r, 2100)); // ZIP timestamps have a 2-second resolution
    const second = await dipXlsx(rows, 'https://data.example', '2026-11-22', 'PPID');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = strFromU8(unzipSync(first)['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:modified>');
  });
});
