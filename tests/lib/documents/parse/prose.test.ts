import { expect, test } from 'vitest';
import { ParseContext } from '../../../../src/lib/documents/parse/context.ts';
import { segmentList, segmentParagraph } from '../../../../src/lib/documents/parse/prose.ts';

test('a line running on (no sentence end, lower-case next line) joins the paragraph', () => {
  const ctx = new ParseContext('Kota Binjai memiliki lima kecamatan dan\ntiga puluh tujuh kelurahan.\n\nParagraf baru.\n', {});
  expect(segmentParagraph(ctx, 0)).toBe(2);
  expect(ctx.blocks[0]).toEqual({ type: 'paragraph', id: 'p-1', lines: [1, 2], text: 'Kota Binjai memiliki lima kecamatan dan tiga puluh tujuh kelurahan.' });
});

test('a list: one item per marker, depth from the marker style', () => {
  const ctx = new ParseContext('1. Pertama\na. sub satu\nb. sub dua\n2. Kedua\n', {});
  segmentList(ctx, 0);
  const list = ctx.blocks[0];
  expect(list?.type).toBe('list');
  if (list?.type !== 'list') return;
  expect(list.items.map((i) => [i.marker, i.depth, i.text])).toEqual([
    ['1.', 0, 'Pertama'],
    ['a.', 1, 'sub satu'],
    ['b.', 1, 'sub dua'],
    ['2.', 0, 'Kedua'],
  ]);
});
