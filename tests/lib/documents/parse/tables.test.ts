import { expect, test } from 'vitest';
import { parseCaptions } from '../../../../src/lib/documents/parse/captions.ts';
import { ParseContext } from '../../../../src/lib/documents/parse/context.ts';
import { parseTables } from '../../../../src/lib/documents/parse/tables.ts';
import { MARKDOWN } from './stages.fixture.ts';

test('the tab rows after a table caption, up to its "Sumber" line, are the table body', () => {
  const ctx = new ParseContext(MARKDOWN, {});
  parseCaptions(ctx);
  parseTables(ctx);
  const table = ctx.blocks.find((b) => b.type === 'table-text');
  expect(table).toEqual({
    type: 'table-text',
    id: 'tabel-1-1-isi',
    lines: [9, 12],
    rows: ['No\tKecamatan\tPenduduk', '1\tBinjai Kota\t30,000', '2\tBinjai Utara\t40,000', 'Sumber : BPS Kota Binjai'],
    rowLines: [9, 10, 11, 12],
    captionId: 'tabel-1-1',
    source: 'Sumber : BPS Kota Binjai',
  });
  expect(ctx.captions[0]?.extent).toEqual([8, 12]);
});

test('layout text: the rows run to the "Sumber" line', () => {
  const text = ['Tabel 2.1 Luas Wilayah ', ' Binjai Kota 4,12', ' Binjai Utara 23,86', 'Sumber : BPS ', 'Paragraf berikutnya yang cukup panjang untuk menjadi prosa biasa di sini. '].join('\n');
  const ctx = new ParseContext(text, {});
  parseCaptions(ctx);
  parseTables(ctx);
  const table = ctx.blocks.find((b) => b.type === 'table-text');
  expect(table?.lines).toEqual([2, 4]);
});
