import { describe, expect, test } from 'vitest';
import { changeSentence, diffDatasets, isUnchanged, SHOWN_CELLS } from '../../../src/lib/datasets/diff.ts';
import type { BuiltDataset } from '../../../src/lib/datasets/schema.ts';
import { POPULATION } from '../../fixtures/standards/datasets.ts';

const edit = (d: BuiltDataset, change: Partial<BuiltDataset>): BuiltDataset => ({ ...d, ...change });

describe('diffDatasets', () => {
  test('the same content has no changes', () => {
    const c = diffDatasets(POPULATION, POPULATION);
    expect(isUnchanged(c)).toBe(true);
    expect(changeSentence(c)).toBe('Angka tidak berubah.');
  });

  test('rows are matched by their kecamatan: a changed cell shows old → new, wherever the row moved', () => {
    const rows = [...POPULATION.rows].reverse().map((r) => (r['kecamatan'] === 'Binjai Kota' ? { ...r, penduduk: 32500 } : r));
    const c = diffDatasets(POPULATION, edit(POPULATION, { rows }));
    expect(c.key).toEqual(['kecamatan']);
    expect(c.cells).toEqual([{ row: 'Binjai Kota', field: 'penduduk', old: 32452, new: 32500 }]);
    expect(c.rows_added_count + c.rows_removed_count).toBe(0);
    expect(changeSentence(c)).toBe('1 sel berubah.');
  });

  test('added and removed rows, columns and metadata are listed', () => {
    const rows = [...POPULATION.rows.filter((r) => r['kecamatan'] !== 'Binjai Kota'), { kecamatan: 'Binjai Barat', kode_wilayah: '12.75.05', penduduk: 53186, persentase: 17.54, baris_total: false }];
    const fields = [...POPULATION.fields, { name: 'kepadatan', title: 'Kepadatan', type: 'number' as const, description: 'Per km².' }];
    const c = diffDatasets(POPULATION, edit(POPULATION, { rows, fields, title: 'Penduduk per kecamatan 2023' }));
    expect(c.rows_added).toEqual(['Binjai Barat']);
    expect(c.rows_removed).toEqual(['Binjai Kota']);
    expect(c.fields_added).toEqual(['kepadatan']);
    expect(c.metadata).toEqual([{ field: 'judul', old: 'Jumlah Penduduk Menurut Kecamatan 2023', new: 'Penduduk per kecamatan 2023' }]);
    expect(changeSentence(c)).toBe('1 baris ditambah, 1 baris dihapus, kolom baru: kepadatan; metadata diubah: judul.');
  });

  test('without identifying columns rows are matched by position, named "baris N"', () => {
    const plain: BuiltDataset = { ...POPULATION, fields: [{ name: 'nilai', title: 'Nilai', type: 'integer', description: 'x' }], rows: [{ nilai: 1 }, { nilai: 2 }] };
    const c = diffDatasets(plain, { ...plain, rows: [{ nilai: 1 }, { nilai: 3 }, { nilai: 4 }] });
    expect(c.key).toEqual([]);
    expect(c.cells).toEqual([{ row: 'baris 2', field: 'nilai', old: 2, new: 3 }]);
    expect(c.rows_added).toEqual(['baris 3']);
  });

  test('long lists are capped; the counts stay complete', () => {
    const many: BuiltDataset = { ...POPULATION, fields: [{ name: 'nilai', title: 'Nilai', type: 'integer', description: 'x' }], rows: Array.from({ length: 500 }, (_, i) => ({ nilai: i })) };
    const c = diffDatasets(many, { ...many, rows: many.rows.map((r) => ({ nilai: (r['nilai'] as number) + 1 })) });
    expect(c.cells).toHaveLength(SHOWN_CELLS);
    expect(c.cells_count).toBe(500);
    expect(changeSentence(c)).toBe('500 sel berubah.');
  });

  test('a first release has its own sentence', () => {
    expect(changeSentence(null)).toBe('Rilis pertama.');
  });
});
