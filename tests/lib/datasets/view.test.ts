import { describe, expect, test } from 'vitest';
import { TABLE_CELL_BUDGET, cellUnit, formatCell, keyFigures, tableRowLimit, visibleFields } from '../../../src/lib/datasets/view.ts';
import type { BuiltDataset, PublishedField, Row } from '../../../src/lib/datasets/schema.ts';

const fields = (n: number): PublishedField[] => Array.from({ length: n }, (_, i) => ({ name: `f${i}`, title: `F${i}`, type: 'string', description: 'x' }));
const rows = (n: number): Row[] => Array.from({ length: n }, () => ({}));

describe('tableRowLimit', () => {
  test.each([
    // rows, columns, shown
    [77, 11, 77], // the longest transcribed table: all rows
    [1500, 1, 1500], // exactly the budget
    [1012, 26, 57], // the budget appendix: floor(1500 / 26)
    [1000, 100, 20], // very wide: never fewer than 20 rows
    [0, 5, 0],
  ])('%i rows × %i columns → %i rows shown', (r, c, shown) => {
    expect(TABLE_CELL_BUDGET).toBe(1500);
    expect(tableRowLimit({ rows: rows(r), fields: fields(c) })).toBe(shown);
  });

  test('the printed-total flag column is not counted (it is shown as row styling)', () => {
    const f = [...fields(25), { name: 'baris_total', title: 'Baris jumlah', type: 'boolean', description: 'x' } as PublishedField];
    expect(tableRowLimit({ rows: rows(1012), fields: f })).toBe(60);
  });
});

describe('cells of a column that mixes units', () => {
  const target: PublishedField = { name: 'target', title: 'Target', type: 'number', description: 'x', decimals: 2, unit_field: 'target_satuan' };
  const companion: PublishedField = { name: 'target_satuan', title: 'Satuan tercetak: Target', type: 'string', description: 'x', generated: true };
  const perRow: PublishedField = { name: 'target', title: 'Target', type: 'number', description: 'x', unit_field: 'satuan' };

  test.each<[string, PublishedField, Row, string, string | undefined]>([
    ['printed 15% → 15,00%', target, { target: 15, target_satuan: '%' }, '15,00%', '%'],
    ['printed 1100 → 1.100,00 (no sign invented)', target, { target: 1100, target_satuan: null }, '1.100,00', undefined],
    ['printed 2,98 → 2,98', target, { target: 2.98, target_satuan: null }, '2,98', undefined],
    ['per-row unit column "%" → 100%', perRow, { target: 100, satuan: '%' }, '100%', '%'],
    ['per-row unit column "pencari kerja" → 32 (unit stays in its column)', perRow, { target: 32, satuan: 'pencari kerja' }, '32', 'pencari kerja'],
  ])('%s', (_, f, row, text, unit) => {
    expect(formatCell(f, row[f.name], row)).toBe(text);
    expect(cellUnit(f, row)).toBe(unit);
  });

  test('the generated companion column is shown as the sign in the cell, not as its own column', () => {
    const other: PublishedField = { name: 'satuan', title: 'Satuan', type: 'string', description: 'x' };
    expect(visibleFields({ fields: [target, companion, other] }).map((f) => f.name)).toEqual(['target', 'satuan']);
  });

  test('a key figure carries the unit of its own row', () => {
    const d = { fields: [{ name: 'tahun', title: 'Tahun', type: 'year', description: 'x' }, target, companion], rows: [{ tahun: 2024, target: 15, target_satuan: '%' }] } as unknown as BuiltDataset;
    expect(keyFigures(d)).toEqual([{ label: 'Target', value: '15,00%', context: '2024' }]);
  });
});
