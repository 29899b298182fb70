import { describe, expect, test } from 'vitest';
import { TABLE_CELL_BUDGET, tableRowLimit } from '../../src/lib/dataset-view.ts';
import type { PublishedField, Row } from '../../src/lib/schemas/dataset.ts';

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
