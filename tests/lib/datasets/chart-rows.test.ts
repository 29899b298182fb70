import { describe, expect, test } from 'vitest';
import { sumByLabel } from '../../../src/lib/datasets/chart-rows.ts';

const rows = [
  { opd: 'DINKES', target: 100, real: 50 },
  { opd: 'DISDIK', target: 300, real: null },
  { opd: 'DINKES', target: 20, real: 5 },
  { opd: 'BAPPEDA', target: null, real: null },
  { opd: 'DISHUB', target: 120, real: 120 },
];

describe('sumByLabel', () => {
  test('one row per label in first-seen order, each column summed; empty cells skipped, an all-empty group stays null', () => {
    expect(sumByLabel(rows, { label: 'opd', columns: ['target', 'real'] })).toEqual([
      { opd: 'DINKES', target: 120, real: 55 },
      { opd: 'DISDIK', target: 300, real: null },
      { opd: 'BAPPEDA', target: null, real: null },
      { opd: 'DISHUB', target: 120, real: 120 },
    ]);
  });

  test('limit keeps the largest groups by the first column; ties keep first-seen order; empty groups sort last', () => {
    expect(sumByLabel(rows, { label: 'opd', columns: ['target', 'real'], limit: 3 }).map((r) => r['opd'])).toEqual(['DISDIK', 'DINKES', 'DISHUB']);
    expect(sumByLabel(rows, { label: 'opd', columns: ['real'], limit: 2 }).map((r) => r['opd'])).toEqual(['DISHUB', 'DINKES']);
  });

  test('an empty label is its own group ("")', () => {
    expect(sumByLabel([{ k: null, v: 1 }, { k: null, v: 2 }], { label: 'k', columns: ['v'] })).toEqual([{ k: '', v: 3 }]);
  });
});
