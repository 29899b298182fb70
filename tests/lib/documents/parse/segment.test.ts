import { expect, test } from 'vitest';
import { parseCaptions } from '../../../../src/lib/documents/parse/captions.ts';
import { ParseContext } from '../../../../src/lib/documents/parse/context.ts';
import { rowLike, segment } from '../../../../src/lib/documents/parse/segment.ts';
import { parseTables } from '../../../../src/lib/documents/parse/tables.ts';
import { lineInfos } from '../../../../src/lib/documents/parse/lines.ts';
import { MARKDOWN } from './stages.fixture.ts';

test('every line no caption or table claimed becomes a heading, paragraph, list or "Sumber" note, in source order', () => {
  const ctx = new ParseContext(MARKDOWN, {});
  parseCaptions(ctx);
  parseTables(ctx);
  segment(ctx);
  const kinds = [...ctx.blocks].sort((a, b) => a.lines[0] - b.lines[0]).map((b) => [b.type, b.lines[0]]);
  expect(kinds).toEqual([
    ['heading', 1],
    ['heading', 3],
    ['paragraph', 5],
    ['caption', 8],
    ['table-text', 9],
    ['list', 14],
    ['caption', 17],
    // Without the chart stage (figures.ts), the chart's values are a paragraph and its "Sumber" a note.
    ['paragraph', 18],
    ['source', 20],
  ]);
  const headings = ctx.blocks.filter((b) => b.type === 'heading');
  expect(headings.map((h) => (h.type === 'heading' ? [h.level, h.number] : []))).toEqual([
    [1, 'BAB I'],
    [2, '1.1'],
  ]);
});

test('a number-heavy line looks like a table row; a sentence does not', () => {
  expect(rowLike(lineInfos('1 Binjai Kota 30,000 45.2')[0]!)).toBe(true);
  expect(rowLike(lineInfos('Penduduk Kota Binjai bertambah.')[0]!)).toBe(false);
});
