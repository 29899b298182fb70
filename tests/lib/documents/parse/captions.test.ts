import { expect, test } from 'vitest';
import { numberingGaps, parseCaptions } from '../../../../src/lib/documents/parse/captions.ts';
import { ParseContext } from '../../../../src/lib/documents/parse/context.ts';
import type { Caption } from '../../../../src/lib/documents/parse/types.ts';
import { MARKDOWN } from './stages.fixture.ts';

test('each caption gets its title, its anchor and a claimed line', () => {
  const ctx = new ParseContext(MARKDOWN, {});
  parseCaptions(ctx);
  expect(ctx.captions.map((c) => [c.normalizedLabel, c.title, c.anchor, c.line])).toEqual([
    ['Tabel 1.1', 'Jumlah Penduduk Kota Binjai Tahun 2023', 'tabel-1-1', 8],
    ['Gambar 1.2', 'Penduduk Menurut Kecamatan', 'gambar-1-2', 17],
  ]);
  expect(ctx.isFree(7)).toBe(false);
});

test('a label printed twice gets a suffixed anchor and is listed', () => {
  const ctx = new ParseContext('Tabel 2.1 Pertama\n\nTeks.\n\nTabel 2.1 Kedua\n', {});
  parseCaptions(ctx);
  expect(ctx.captions.map((c) => c.anchor)).toEqual(['tabel-2-1', 'tabel-2-1-2']);
  expect(ctx.duplicateLabels).toEqual([{ label: 'Tabel 2.1', anchor: 'tabel-2-1-2', line: 5, firstLine: 1 }]);
});

test('numbers missing from a series are named', () => {
  const caps = ['1', '2', '4'].map((k) => ({ normalizedLabel: `Gambar III.${k}`, number: `III.${k}` }) as Caption);
  expect(numberingGaps(caps)).toEqual(['Gambar III.3']);
});
