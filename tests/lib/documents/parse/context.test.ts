import { expect, test } from 'vitest';
import { ParseContext } from '../../../../src/lib/documents/parse/context.ts';

const TEXT = ['Judul', '', 'Sumber : BPS Kota Binjai dan', 'Bappeda', '', 'Kalimat berikutnya.'].join('\n');

test('navigation skips blank lines; a wrapped "Sumber" note is read whole', () => {
  const ctx = new ParseContext(TEXT, {});
  expect(ctx.n).toBe(6);
  expect(ctx.nextContent(1)).toBe(2);
  expect(ctx.prevContent(4)).toBe(3);
  expect(ctx.blanksBetween(0, 2)).toBe(1);
  expect(ctx.sumberEnd(2)).toBe(3);
  expect(ctx.sumberText(2)).toBe('Sumber : BPS Kota Binjai dan Bappeda');
});

test('a claimed line is no longer free; ids stay unique', () => {
  const ctx = new ParseContext(TEXT, {});
  ctx.push({ type: 'paragraph', id: 'p-1', lines: [1, 1], text: 'Judul' }, { start: 0, end: 0 });
  expect(ctx.isFree(0)).toBe(false);
  expect(ctx.isFree(2)).toBe(true);
  expect([ctx.uniqueId('tabel-1-1'), ctx.uniqueId('tabel-1-1'), ctx.uniqueId('1-x')]).toEqual(['tabel-1-1', 'tabel-1-1-2', 'b-1-x']);
});

test('the extraction style is detected: trailing spaces on most lines mean layout text', () => {
  expect(new ParseContext('Baris satu \nBaris dua \nBaris tiga\n', {}).layout).toBe(true);
  expect(new ParseContext('Baris satu\nBaris dua\n', {}).layout).toBe(false);
});
