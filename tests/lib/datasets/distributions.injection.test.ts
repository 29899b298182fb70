import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { csvDownload } from '../../../src/lib/datasets/distributions.ts';
import { HOSTILE } from '../../fixtures/standards/datasets.ts';

/** CSV is one of the four outputs the issue names for injection tests (with HTML/JSON-LD and XLSX elsewhere). */
describe('CSV formula injection', () => {
  const csv = csvDownload(HOSTILE);
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });

  test('parses cleanly with the header of field names', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['uraian', 'nilai']);
  });

  test.each([
    ['=HYPERLINK("http://x","klik")', "'=HYPERLINK(\"http://x\",\"klik\")"],
    ['+1+2', "'+1+2"],
    // A plain number is read as a number, never run: the source's text stays as it is.
    ['-2', '-2'],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['biasa', 'biasa'],
  ])('text %j is written as %j', (input, expected) => {
    const i = HOSTILE.rows.findIndex((r) => r['uraian'] === input);
    expect(parsed.data[i]!['uraian']).toBe(expected);
  });

  test.each([
    ['-', '-'],
    ['+', '+'],
    ['-1.02', '-1.02'],
    ['+62', '+62'],
    ['20,08%', '20,08%'],
    ['- butir pertama', "'- butir pertama"],
    ['-A1+B1', "'-A1+B1"],
    ['+62 812 3456', "'+62 812 3456"],
  ])('only what a spreadsheet would execute is neutralised: %j → %j', (input, expected) => {
    const csv = csvDownload({ ...HOSTILE, rows: [{ uraian: input, nilai: null }] });
    expect(Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data[0]!['uraian']).toBe(expected);
  });

  test('numbers, including negatives, are not touched; missing data is an empty cell', () => {
    expect(parsed.data.map((r) => r['nilai'])).toEqual(['-3.18', '1035369934160', '', '0.5', '1', '2', '3']);
  });
});
