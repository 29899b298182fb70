import { expect, test } from 'vitest';
import { isFormulaLike, neutraliseFormula, toCsv } from '../../../src/lib/core/csv.ts';

test.each([
  ['=1+1', true],
  ['@SUM(A1)', true],
  ['\t=1', true],
  ['+SUM(1)', true],
  ['-2+3', true],
  ['- butir', true],
  ['-', false],
  ['+', false],
  ['-1.02', false],
  ['-1,035,369.00', false],
  ['+62', false],
  ['20,08%', false],
  ['Binjai - Kota', false],
])('isFormulaLike(%j) = %s', (text, formula) => {
  expect(isFormulaLike(text)).toBe(formula);
  expect(neutraliseFormula(text)).toBe(formula ? `'${text}` : text);
});

test('RFC 4180 with CRLF: the source "-" stays "-"', () => {
  expect(toCsv(['a', 'b'], [{ a: '-', b: '=1+1' }])).toBe("a,b\r\n-,'=1+1\r\n");
});
