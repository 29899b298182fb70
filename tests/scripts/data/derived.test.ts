/**
 * Datasets parsed from a whole source text (scripts/data/derived.ts): the LKPJ
 * 2023 Lampiran I dataset is exactly the parser's sub-kegiatan table, with the
 * yml as its data dictionary, and every amount stands in its own source lines.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { deriveTable, fractionDigits, printedRupiah, verifyAmounts, type DerivedInput } from '../../../scripts/data/derived.ts';
import { runBudget } from '../../../scripts/budget/core.ts';
import { subkegiatanTable } from '../../../src/lib/budget/downloads.ts';
import { BuiltDatasetSchema, DatasetMetaSchema, type Row } from '../../../src/lib/datasets/schema.ts';
import { xlsxDownload } from '../../../src/lib/datasets/xlsx.ts';
import { loadInput } from '../../../scripts/data/build.ts';
import { runPipeline } from '../../../scripts/data/pipeline.ts';
import ExcelJS from 'exceljs';

const root = new URL('../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const SOURCE = read('data/sources/lkpj-2023.txt');
const FIXES = read('data/budget/fixes.yml');
const YML = 'data/datasets/anggaran-realisasi-subkegiatan-2023.yml';
const meta = DatasetMetaSchema.parse(parseYaml(read(YML)));
const input = (over: Partial<DerivedInput> = {}): DerivedInput => ({
  meta,
  file: YML,
  source: SOURCE,
  sourcePath: 'data/sources/lkpj-2023.txt',
  files: new Map([['data/budget/fixes.yml', FIXES]]),
  ...over,
});
const derived = deriveTable(input());
const table = derived.table!;

describe('number helpers', () => {
  test.each([
    [53.52, 2],
    [60.0843265, 7],
    [100, 0],
    [61.9, 1],
  ])('fractionDigits(%d) = %i', (v, d) => expect(fractionDigits(v)).toBe(d));

  test.each([
    [2342150707, '2,342,150,707.00'],
    [1000, '1,000.00'],
    [792116908, '792,116,908.00'],
  ])('printedRupiah(%i) = %s', (v, s) => expect(printedRupiah(v)).toBe(s));
});

describe('lkpj-2023-lampiran-i', () => {
  test('builds without problems: 1,012 sub-kegiatan rows, exactly the parser table of /anggaran/', () => {
    expect(derived.problems).toEqual([]);
    expect(table.rows).toHaveLength(1012);
    const budget = runBudget(SOURCE, FIXES).value!;
    expect(table.rows).toEqual(subkegiatanTable(budget));
    expect(table.fields.map((f) => f.name)).toEqual(Object.keys(subkegiatanTable(budget)[0]!));
    expect(table.parser).toEqual({ id: 'lkpj-2023-lampiran-i', script: 'scripts/budget/parse-lampiran.ts', fixes: 'data/budget/fixes.yml' });
  });

  test('the dictionary comes from the yml, with display decimals only where values carry at most two', () => {
    const f = Object.fromEntries(table.fields.map((x) => [x.name, x]));
    expect(f['target_rp']).toMatchObject({ title: 'Target', type: 'integer', unit: 'Rp', decimals: 0 });
    expect(f['serapan_persen']).toMatchObject({ type: 'number', unit: '%', decimals: 2 });
    expect(f['realisasi_volume']?.decimals).toBeUndefined();
    expect(f['realisasi_volume']?.description).toContain('serapan anggaran');
    expect(f['program']?.description).toContain('dihitung portal');
    expect(table.fields.every((x) => x.title !== '' && x.description.length >= 10)).toBe(true);
    // Every measure has a unit (text columns have none).
    expect(table.fields.filter((x) => x.type !== 'string' && x.unit === undefined)).toEqual([]);
    expect(f['target_volume']?.unit).toBe('sesuai target_satuan');
  });

  test('empty amounts are explained: 29 targets and 95 realisations not printed, by reason', () => {
    const count = (field: string, reason?: string) => table.missing.filter((m) => m.field === field && (reason === undefined || m.reason === reason)).length;
    expect(count('target_rp')).toBe(29);
    expect(count('realisasi_rp')).toBe(95);
    expect(count('target_rp', 'Tidak tercetak di sumber')).toBe(table.rows.filter((r) => r['target_rp_status'] === 'absent').length);
    expect(count('serapan_persen')).toBe(table.rows.filter((r) => r['serapan_persen'] === null).length);
    const first = table.missing.find((m) => m.field === 'target_rp');
    expect(table.rows[first!.row]?.['target_rp']).toBeNull();
  });

  test('the six sub-kegiatan printing only "0" keep it as target volume, amounts absent, and are named in a data-quality note', () => {
    const zero = table.rows.filter((r) => r['target_volume'] === 0 && r['target_rp_status'] === 'absent' && r['realisasi_volume'] === null);
    expect(zero.map((r) => [r['subkegiatan_kode'], r['baris_awal'], r['baris_akhir'], r['target_rp_status'], r['realisasi_rp_status']])).toEqual([
      ['2.14.03.2.02.01', 17795, 17799, 'absent', 'absent'],
      ['3.30.04.2.02.02', 21549, 21567, 'absent', 'absent'],
      ['4.01.01.2.02.05', 23438, 23446, 'absent', 'absent'],
      ['4.01.01.2.02.01', 23652, 23656, 'absent', 'absent'],
      ['6.01.03.2.02.01', 26321, 26333, 'absent', 'absent'],
      ['8.01.03.2.01.01', 28348, 28378, 'absent', 'absent'],
    ]);
    expect(table.notes).toHaveLength(1);
    expect(table.notes[0]).toMatch(
      /^Enam sub-kegiatan hanya mencetak satu angka \(volume\) tanpa rupiah dan tanpa realisasi: 2\.14\.03\.2\.02\.01 \(baris 17795, angka "0" di baris 17799\); 3\.30\.04\.2\.02\.02 \(baris 21549, angka "0" di baris 21567\); 4\.01\.01\.2\.02\.05 \(baris 23438, angka "0" di baris 23446\); 4\.01\.01\.2\.02\.01 \(baris 23652, angka "0" di baris 23656\); 6\.01\.03\.2\.02\.01 \(baris 26321, angka "0" di baris 26333\); 8\.01\.03\.2\.01\.01 \(baris 28348, angka "0" di baris 28378\)\. /,
    );
    expect(table.notes[0]).toContain('target_rp, realisasi_rp dan serapan_persen dibiarkan kosong ("tidak tercetak di sumber"), bukan 0.');
  });

  test('a yml whose fields differ from the parser columns is refused, naming the columns', () => {
    const fields = meta.fields.filter((f) => f.name !== 'perbaikan');
    const { table: t, problems } = deriveTable(input({ meta: { ...meta, fields } }));
    expect(t).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(YML);
    expect(problems[0]?.message).toContain('belum dideklarasikan: perbaikan');
    expect(problems[0]?.hint).toContain('bagian_id, opd, urusan_kode');
  });

  test('without data/budget/fixes.yml the dataset is refused with a hint', () => {
    const { problems } = deriveTable(input({ files: new Map() }));
    expect(problems.map((p) => p.message)).toEqual(['berkas perbaikan manual data/budget/fixes.yml tidak ada']);
  });

  test('an amount that does not stand in the row\'s own lines is an error naming line and value', () => {
    expect(verifyAmounts(table.rows, SOURCE, 'data/sources/lkpj-2023.txt')).toEqual([]);
    const row = table.rows.find((r) => r['baris_awal'] === 11740) as Row;
    expect(row).toMatchObject({ subkegiatan_kode: '1.02.02.2.01.16', target_rp: 2342150707, realisasi_rp: 1253521879 });
    const problems = verifyAmounts([{ ...row, realisasi_rp: 1253521880 }], SOURCE, 'data/sources/lkpj-2023.txt');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'data/sources/lkpj-2023.txt', line: 11740, field: 'realisasi_rp' });
    expect(problems[0]?.message).toBe('nilai 1,253,521,880.00 (1.02.02.2.01.16) tidak ditemukan di baris 11740–11750');
  });

  test('a parse error of the source stops the dataset with the parser\'s message', () => {
    const { table: t, problems } = deriveTable(input({ source: 'bukan LKPJ\n' }));
    expect(t).toBeUndefined();
    expect(problems[0]?.message).toContain('Lampiran I tidak ditemukan');
  });
});

describe('the built dataset through the data pipeline', () => {
  test('is a BuiltDataset like any other; its XLSX (src/lib/datasets/xlsx.ts) is byte-identical across runs and keeps formula-like text as string cells', async () => {
    const out = runPipeline(await loadInput());
    const d = out.datasets.find((x) => x.slug === 'anggaran-realisasi-subkegiatan-2023')!;
    expect(BuiltDatasetSchema.parse(d)).toEqual(d);
    expect(d.source.raw_file).toBe('data/sources/lkpj-2023.txt');
    expect(d.explorer?.url).toBe('/anggaran/');
    // The yml's own notes first, then the parser's note on the "0"-only rows (shown on /kualitas-data/ and the dataset page).
    expect(d.notes.slice(0, -1)).toEqual(meta.notes);
    expect(d.notes.at(-1)).toMatch(/^Enam sub-kegiatan hanya mencetak satu angka/);
    const [a, b] = [await xlsxDownload(d), await xlsxDownload(d)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const hostile = { ...d, rows: [{ ...d.rows[0]!, subkegiatan: '=HYPERLINK("http://x")', indikator: '@SUM(1)' }] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsxDownload(hostile)) as unknown as ArrayBuffer);
    const row = wb.getWorksheet('Data')!.getRow(2);
    const col = (name: string) => d.fields.findIndex((f) => f.name === name) + 1;
    expect(row.getCell(col('subkegiatan')).value).toBe('=HYPERLINK("http://x")');
    expect(row.getCell(col('subkegiatan')).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(col('indikator')).value).toBe('@SUM(1)');
    expect(row.getCell(col('target_rp')).value).toBe(d.rows[0]!['target_rp']);
    expect(wb.getWorksheet('Kamus data')!.rowCount).toBe(1 + 26);
  });
});

describe('one parse of Lampiran I for the whole build', () => {
  test('the pipeline hands on the explorer data of the same parse that made the dataset (data/build/budget.json)', async () => {
    const out = runPipeline(await loadInput());
    const explorer = runBudget(SOURCE, FIXES).value!;
    expect(out.budget).toEqual(explorer);
    expect(out.budget?.totals.subkegiatan_count).toBe(1012);
    const d = out.datasets.find((x) => x.slug === 'anggaran-realisasi-subkegiatan-2023')!;
    expect(d.rows).toEqual(subkegiatanTable(out.budget!));
  });
});
