import { describe, expect, test } from 'vitest';
import { countBy, countKey, EMPTY_CATEGORY, mergedSpellings } from '../../../src/lib/datasets/count-by.ts';
import { realDataset } from '../../support/datasets.ts';

describe('countBy', () => {
  test.each([
    ['Tidak aktif', 'tidak aktif'],
    ['Tidak Aktif', 'tidak aktif'],
    ['  Tidak   Aktif ', 'tidak aktif'],
    ['Masih Aktif', 'masih aktif'],
    ['PERDA/PERKADA YANG DIPAKAI', 'perda/perkada yang dipakai'],
  ])('key of %j is %j (only spaces and case are normalised)', (text, key) => {
    expect(countKey(text)).toBe(key);
  });

  test('counts in order of first appearance; the most frequent spelling names a merged category', () => {
    const rows = [{ s: 'Tidak aktif' }, { s: 'Aktif' }, { s: 'Tidak Aktif' }, { s: 'Tidak Aktif' }, { s: 'Masih Aktif' }, { s: null }, { s: ' ' }];
    const result = countBy(rows, 's');
    expect(result.total).toBe(7);
    expect(result.categories.map((c) => [c.label, c.count])).toEqual([
      ['Tidak Aktif', 3],
      ['Aktif', 1],
      ['Masih Aktif', 1],
      [EMPTY_CATEGORY, 2],
    ]);
    expect(result.categories[0]?.spellings).toEqual([
      { text: 'Tidak aktif', count: 1 },
      { text: 'Tidak Aktif', count: 2 },
    ]);
    expect(mergedSpellings(result)).toEqual(['“Tidak Aktif” menggabungkan “Tidak aktif” (1) dan “Tidak Aktif” (2)']);
  });

  test('a tie between spellings goes to the one met first; sorting is stable', () => {
    const rows = [{ s: 'b' }, { s: 'a' }, { s: 'B' }, { s: 'c' }, { s: 'c' }];
    expect(countBy(rows, 's').categories.map((c) => [c.label, c.count])).toEqual([['b', 2], ['a', 1], ['c', 2]]);
    expect(countBy(rows, 's', 'descending').categories.map((c) => c.label)).toEqual(['b', 'c', 'a']);
    expect(countBy(rows, 's', 'ascending').categories.map((c) => c.label)).toEqual(['a', 'b', 'c']);
  });

  test('numbers (years) are counted as their text', () => {
    expect(countBy([{ y: 2024 }, { y: 2023 }, { y: 2023 }], 'y').categories.map((c) => [c.label, c.count])).toEqual([['2024', 1], ['2023', 2]]);
  });

  test('real table: applications per status of Tabel 3.7 (44 rows: 20 Aktif, 19 Tidak aktif, 3 Belum Publish …)', async () => {
    const d = await realDataset('aplikasi-pemerintah-kota-binjai-2024');
    const result = countBy(d.rows, 'status', 'descending');
    expect(result.total).toBe(44);
    expect(result.categories.map((c) => [c.label, c.count])).toEqual([
      ['Aktif', 20],
      ['Tidak aktif', 19],
      ['Belum Publish', 3],
      ['Masih Aktif', 1],
      ['Aktif (Berubah nama menjadi kerabatbinjai pada tahun 2022)', 1],
    ]);
    // Integration column: "-" as printed in 34 rows, one empty cell (BNN, row 42); the typo "Teringrasi" is not merged.
    const integrasi = countBy(d.rows, 'integrasi', 'descending');
    expect(integrasi.categories.find((c) => c.label === '-')?.count).toBe(34);
    expect(integrasi.categories.find((c) => c.label === EMPTY_CATEGORY)?.count).toBe(1);
    expect(integrasi.categories.find((c) => c.label === 'Teringrasi dengan binjai satu aplikasi')?.count).toBe(4);
    // "… Binjai Satu Aplikasi" (e- Mas) and "… binjai satu aplikasi" (Ambulance PSC) differ only in case: one category.
    const satu = integrasi.categories.find((c) => c.label === 'Terintegrasi dengan Binjai Satu Aplikasi');
    expect(satu?.count).toBe(2);
    expect(satu?.spellings.map((s) => s.text)).toEqual(['Terintegrasi dengan Binjai Satu Aplikasi', 'Terintegrasi dengan binjai satu aplikasi']);
  });
});
