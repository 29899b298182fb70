import { expect, test } from 'vitest';
import { ParseContext } from '../../../../src/lib/documents/parse/context.ts';
import { finish } from '../../../../src/lib/documents/parse/finish.ts';
import { segment } from '../../../../src/lib/documents/parse/segment.ts';

test('a paragraph cut mid-sentence continues in the next one; the toc lists the headings', () => {
  const text = ['1.1 Gambaran Umum', '', 'Penduduk Kota Binjai pada tahun', '', '# 1.2 Sisipan', '', 'bertambah tiap tahun.', ''].join('\n');
  const ctx = new ParseContext(text, {});
  segment(ctx);
  const model = finish(ctx);
  expect(model.toc.map((t) => t.text)).toEqual(['1.1 Gambaran Umum', '1.2 Sisipan']);
  expect(model.diagnostics).toEqual({ furnitureLines: [], duplicateLabels: [], numberingGaps: [], layoutStyle: false });
});

test('a table without caption takes the short line just above it as its title', () => {
  const ctx = new ParseContext('Jumlah Pasar Tradisional\nPasar Tavip\t1\t2\nPasar Kebun Lada\t3\t4\n', {});
  segment(ctx);
  const model = finish(ctx);
  const table = model.blocks.find((b) => b.type === 'table-text');
  expect(table?.type === 'table-text' ? table.title : undefined).toBe('Jumlah Pasar Tradisional');
});
