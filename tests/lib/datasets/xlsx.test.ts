import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { xlsxCell } from '../../../src/lib/core/xlsx.ts';
import { xlsxDownload } from '../../../src/lib/datasets/xlsx.ts';
import { distributionsFor } from '../../../src/lib/datasets/distributions.ts';
import { HOSTILE, POPULATION } from '../../fixtures/standards/datasets.ts';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('XLSX download', () => {
  test('a valid workbook with Data, Keterangan and Kamus data sheets', async () => {
    const wb = await open(await xlsxDownload(POPULATION));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Data', 'Keterangan', 'Kamus data']);
    const data = wb.getWorksheet('Data')!;
    expect(data.getRow(1).values).toEqual([undefined, 'Kecamatan', 'Kode wilayah', 'Jumlah penduduk (jiwa)', 'Persentase penduduk (%)', 'Baris jumlah']);
    expect(data.rowCount).toBe(1 + POPULATION.rows.length);
  });

  test('numbers are numeric cells, missing data is an empty cell, booleans stay booleans', async () => {
    const data = (await open(await xlsxDownload(POPULATION))).getWorksheet('Data')!;
    const utara = data.getRow(2);
    expect(utara.getCell(3).value).toBe(88364);
    expect(utara.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(utara.getCell(4).value).toBe(29.14);
    expect(utara.getCell(4).numFmt).toBe('#,##0.00');
    expect(data.getRow(3).getCell(4).value).toBeNull();
    expect(data.getRow(4).getCell(5).value).toBe(true);
  });

  test('the data sheet gives back exactly the dataset rows', async () => {
    const data = (await open(await xlsxDownload(POPULATION))).getWorksheet('Data')!;
    const back = POPULATION.rows.map((_, i) =>
      Object.fromEntries(POPULATION.fields.map((f, j) => [f.name, data.getRow(i + 2).getCell(j + 1).value ?? null])),
    );
    expect(back).toEqual(POPULATION.rows);
  });

  test.each([['=HYPERLINK("http://x","klik")'], ['+1+2'], ['-2'], ['@SUM(A1)'], ['\tTab'], ['\rCR'], ['biasa']])(
    'text %j is a string cell with exactly the source text, never a formula',
    async (input) => {
      expect(xlsxCell(input)).toBe(input);
      const data = (await open(await xlsxDownload(HOSTILE))).getWorksheet('Data')!;
      const row = HOSTILE.rows.findIndex((r) => r['uraian'] === input) + 2;
      const cell = data.getRow(row).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML parsers normalise a carriage return to a line feed.
      expect(cell.value).toBe(input.replace('\r', '\n'));
    },
  );

  test('negative numbers stay numbers, and no sheet holds a formula', async () => {
    const bytes = await xlsxDownload(HOSTILE);
    const data = (await open(bytes)).getWorksheet('Data')!;
    expect(data.getRow(2).getCell(2).value).toBe(-3.18);
    expect(data.getRow(1).getCell(1).value).toBe('=Uraian');
    expect(data.getRow(1).getCell(1).type).toBe(ExcelJS.ValueType.String);
    const files = unzipSync(bytes);
    for (const [name, content] of Object.entries(files)) {
      if (name.startsWith('xl/worksheets/')) expect(new TextDecoder().decode(content), name).not.toContain('<f>');
    }
  });

  test('the Keterangan sheet has title, description, source, licence and citation', async () => {
    const info = (await open(await xlsxDownload(POPULATION))).getWorksheet('Keterangan')!;
    const rows = new Map<string, string>();
    info.eachRow((r, i) => i > 1 && rows.set(String(r.getCell(1).value), String(r.getCell(2).value)));
    expect(rows.get('Judul')).toBe('Jumlah Penduduk Menurut Kecamatan 2023');
    expect(rows.get('Sumber')).toBe('LKPJ Wali Kota Binjai 2023, Tabel I.3 (Sumber : Kota Binjai Dalam Angka Tahun 2024, BPS)');
    expect(rows.get('Lisensi')).toContain('CC BY 4.0');
    expect(rows.get('Cara mengutip')).toContain('[Set data]');
    expect(rows.get('Deskripsi')).toBe(POPULATION.description);
  });

  test('deterministic bytes, dated with the dataset, matching the stated size and SHA-256', async () => {
    const a = await xlsxDownload(POPULATION);
    const b = await xlsxDownload(structuredClone(POPULATION));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const wb = await open(a);
    expect(wb.created?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    const xlsx = (await distributionsFor(POPULATION)).find((x) => x.format === 'XLSX')!;
    expect(xlsx.url).toBe('/data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.xlsx');
    expect(xlsx.bytes).toBe(a.byteLength);
    expect(xlsx.sha256).toBe(createHash('sha256').update(a).digest('hex'));
  });
});
