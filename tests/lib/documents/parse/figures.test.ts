import { expect, test } from 'vitest';
import { parseCaptions } from '../../../../src/lib/documents/parse/captions.ts';
import { ParseContext } from '../../../../src/lib/documents/parse/context.ts';
import { parseFigures } from '../../../../src/lib/documents/parse/figures.ts';
import { MARKDOWN } from './stages.fixture.ts';

test('the labels and values a chart leaves after its caption are its residue, up to "Sumber"', () => {
  const ctx = new ParseContext(MARKDOWN, {});
  parseCaptions(ctx);
  parseFigures(ctx);
  const figure = ctx.blocks.find((b) => b.type === 'figure-text');
  expect(figure).toMatchObject({ lines: [18, 20], rows: ['Binjai Kota', '30.000', 'Sumber : BPS'], captionId: 'gambar-1-2', source: 'Sumber : BPS' });
});
