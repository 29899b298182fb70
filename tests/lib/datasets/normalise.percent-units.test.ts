/**
 * Columns that mix values printed with "%" and plain numbers (target "85%" in one row, 12 dokumen in
 * the next; LKj Diskominfo 2024, LKjIP Disnaker 2021): the "%" must survive normalisation, either as
 * the column's unit, as the table's own per-row unit column (unit_field), or as a generated
 * <name>_satuan column. Every quirk is a row.
 */
import { describe, expect, test } from 'vitest';
import { normaliseTable } from '../../../src/lib/datasets/normalise.ts';
import { DatasetMetaSchema, type FieldMeta } from '../../../src/lib/datasets/schema.ts';
import { FIXTURE_AREAS } from '../../scripts/data/helpers.ts';

const FILE = 'data/raw/contoh/tabel.csv';

function run(target: Partial<FieldMeta>, csv: string, extra: Array<Partial<FieldMeta>> = []) {
  const meta = DatasetMetaSchema.parse({
    slug: 'contoh-target',
    title: 'Contoh target',
    description: 'Tabel contoh dengan target yang sebagian tercetak sebagai persen dan sebagian sebagai jumlah dokumen.',
    topic: 'pemerintahan',
    publisher: 'contoh',
    source: { document: 'contoh', table: 'Tabel 1', lines: [1, 5] },
    temporal: { start: 2024, end: 2024 },
    spatial: 'kota',
    number_format: 'id',
    fields: [
      { name: 'indikator', title: 'Indikator', type: 'string', description: 'Indikator.' },
      { name: 'target', title: 'Target', type: 'number', description: 'Target.', ...target },
      ...extra.map((f) => ({ type: 'string', description: 'Kolom tambahan.', title: f.name, ...f })),
    ],
  });
  return normaliseTable({ meta, csv, file: FILE, areas: FIXTURE_AREAS });
}

const TEXT = { name: 'satuan', type: 'string' } as const;

describe('a column mixing "%" and plain numbers', () => {
  test.each([
    { name: 'Indonesian "85%" beside 12 dokumen', cells: ['85%', '12'], values: [85, 12], units: ['%', null] },
    { name: 'a space before the sign: "100 %"', cells: ['100 %', '3'], values: [100, 3], units: ['%', null] },
    { name: 'decimal comma with sign: "47,62 %"', cells: ['"47,62 %"', '1000'], values: [47.62, 1000], units: ['%', null] },
    { name: 'a zero percent: "0%" beside 2,98', cells: ['0%', '"2,98"'], values: [0, 2.98], units: ['%', null] },
    { name: "a '-' cell stays missing, without unit", cells: ['15%', '-'], values: [15, null], units: ['%', null] },
  ])('$name → values $values, target_satuan $units', ({ cells, values, units }) => {
    const { table, problems } = run({}, `indikator,target\nA,${cells[0]}\nB,${cells[1]}\n`);
    expect(problems).toEqual([]);
    expect(table?.rows).toEqual([
      { indikator: 'A', target: values[0], target_satuan: units[0] },
      { indikator: 'B', target: values[1], target_satuan: units[1] },
    ]);
    expect(table?.fields.map((f) => [f.name, f.unit_field ?? null, f.generated ?? false])).toEqual([
      ['indikator', null, false],
      ['target', 'target_satuan', false],
      ['target_satuan', null, true],
    ]);
  });

  test('a column without any "%" gets no companion column', () => {
    const { table, problems } = run({}, 'indikator,target\nA,12\nB,3\n');
    expect(problems).toEqual([]);
    expect(table?.fields.map((f) => f.name)).toEqual(['indikator', 'target']);
  });

  test.each([
    { name: 'unit "%" and every cell printed with "%"', unit: '%', csv: 'indikator,target\nA,85%\nB,"47,62 %"\n', fields: ['indikator', 'target'] },
    { name: 'unit "%" and no cell printed with "%" (the unit is in the header)', unit: '%', csv: 'indikator,target\nA,85\nB,90\n', fields: ['indikator', 'target'] },
  ])('$name: published as is', ({ unit, csv, fields }) => {
    const { table, problems } = run({ unit }, csv);
    expect(problems).toEqual([]);
    expect(table?.fields.map((f) => f.name)).toEqual(fields);
    expect(table?.fields[1]?.unit).toBe('%');
  });

  test('every cell printed with "%" but no unit declared: the companion keeps the sign of each', () => {
    const { table } = run({}, 'indikator,target\nA,85%\nB,90%\n');
    expect(table?.rows.map((r) => r['target_satuan'])).toEqual(['%', '%']);
  });
});

describe('declared units that contradict the printed "%" are errors that name the cell', () => {
  test.each([
    {
      name: 'unit "%" but one cell printed without it',
      target: { unit: '%' },
      csv: 'indikator,target\nA,12\nB,85%\n',
      problem: {
        line: 3,
        column: 2,
        message: 'kolom "target" bersatuan "%" tetapi "85%" tercetak dengan %',
        hint: 'Sebagian sel kolom ini tercetak tanpa %. Hapus "unit" agar portal menerbitkan kolom target_satuan yang mencatat % per sel, atau isi "unit_field" dengan kolom satuan tabel ini.',
      },
    },
    {
      name: 'unit "dokumen" but a cell printed with "%"',
      target: { unit: 'dokumen' },
      csv: 'indikator,target\nA,12\nB,85%\n',
      problem: {
        line: 3,
        column: 2,
        message: 'kolom "target" bersatuan "dokumen" tetapi "85%" tercetak dengan %',
        hint: 'Periksa satuan kolom di data/datasets/contoh-target.yml: ganti "unit" menjadi "%" bila semua angkanya persen, atau hapus "unit" bila satuannya berbeda per baris.',
      },
    },
  ])('$name', ({ target, csv, problem }) => {
    const { table, problems } = run(target, csv);
    expect(table).toBeUndefined();
    expect(problems).toEqual([{ severity: 'error', file: FILE, field: 'target', ...problem }]);
  });
});

describe('unit_field: the table has its own per-row unit column', () => {
  test('the "%" rows say "%" in it: published without a companion, unit_field names the column', () => {
    const { table, problems } = run({ unit_field: 'satuan' }, 'indikator,target,satuan\nA,100 %,%\nB,3,"Dokumen (Renja,RKPD,RKA)"\n', [TEXT]);
    expect(problems).toEqual([]);
    expect(table?.fields.map((f) => [f.name, f.unit_field ?? null])).toEqual([
      ['indikator', null],
      ['target', 'satuan'],
      ['satuan', null],
    ]);
    expect(table?.rows).toEqual([
      { indikator: 'A', target: 100, satuan: '%' },
      { indikator: 'B', target: 3, satuan: 'Dokumen (Renja,RKPD,RKA)' },
    ]);
  });

  test('a text column named satuan_<field> is that field\'s unit column without declaring it', () => {
    const { table, problems } = run({}, 'indikator,target,satuan_target\nA,100 %,%\nB,32,pencari kerja\n', [{ name: 'satuan_target', type: 'string' }]);
    expect(problems).toEqual([]);
    expect(table?.fields.map((f) => [f.name, f.unit_field ?? null])).toEqual([
      ['indikator', null],
      ['target', 'satuan_target'],
      ['satuan_target', null],
    ]);
    expect(table?.rows.map((r) => [r['target'], r['satuan_target']])).toEqual([
      [100, '%'],
      [32, 'pencari kerja'],
    ]);
  });

  test('…and is checked row by row like a declared one', () => {
    const { problems } = run({}, 'indikator,target,satuan_target\nA,10 %,produk\n', [{ name: 'satuan_target', type: 'string' }]);
    expect(problems.map((p) => p.message)).toEqual(['"10 %" tercetak dengan %, tetapi kolom satuan "satuan_target" di baris ini berisi "produk"']);
  });

  test.each([
    {
      name: 'a "%" row whose unit column says something else',
      target: { unit_field: 'satuan' },
      csv: 'indikator,target,satuan\nA,10 %,produk\n',
      extra: [TEXT],
      problem: {
        line: 2,
        column: 2,
        message: '"10 %" tercetak dengan %, tetapi kolom satuan "satuan" di baris ini berisi "produk"',
        hint: 'Salin satuan baris ini persis seperti tercetak: bila angkanya persen, kolom "satuan" harus berisi "%".',
      },
    },
    {
      name: 'a "%" row whose unit column is blank',
      target: { unit_field: 'satuan' },
      csv: 'indikator,target,satuan\nA,10 %,\n',
      extra: [TEXT],
      problem: {
        line: 2,
        column: 2,
        message: '"10 %" tercetak dengan %, tetapi kolom satuan "satuan" di baris ini berisi kosong',
        hint: 'Salin satuan baris ini persis seperti tercetak: bila angkanya persen, kolom "satuan" harus berisi "%".',
      },
    },
    {
      name: 'unit_field naming a column that does not exist',
      target: { unit_field: 'satuann' },
      csv: 'indikator,target,satuan\nA,10 %,%\n',
      extra: [TEXT],
      problem: {
        line: 1,
        column: 2,
        message: 'unit_field "satuann" pada kolom "target" bukan kolom teks di tabel ini',
        hint: 'Isi unit_field dengan nama kolom satuan (jenis string) di data/datasets/contoh-target.yml, contoh "satuan". Mungkin maksudnya "satuan"?',
      },
    },
    {
      name: 'a companion name already taken by a declared column',
      target: {},
      csv: 'indikator,target,target_satuan\nA,10 %,x\nB,3,y\n',
      extra: [{ name: 'target_satuan', type: 'string' as const }],
      problem: {
        line: 1,
        column: 2,
        message: 'kolom "target" mencampur angka bertanda % dan tanpa %, tetapi nama kolom pendamping "target_satuan" sudah dipakai',
        hint: 'Isi "unit_field" kolom "target" dengan kolom satuan tabel ini, atau ganti nama kolom "target_satuan".',
      },
    },
  ])('$name', ({ target, csv, extra, problem }) => {
    const { table, problems } = run(target, csv, extra);
    expect(table).toBeUndefined();
    expect(problems).toEqual([{ severity: 'error', file: FILE, field: 'target', ...problem }]);
  });
});
