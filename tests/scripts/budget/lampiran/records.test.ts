import { expect, test } from 'vitest';
import { cleanLines } from '../../../../scripts/budget/lampiran/lines.ts';
import { matchCode, splitRecords } from '../../../../scripts/budget/lampiran/records.ts';
import { APPENDIX } from './synthetic.fixture.ts';

test.each([
  ['1 02 02 2.01 01 Pengadaan Obat', ['1', '02', '02', '2.01', '01'], 'Pengadaan Obat', false],
  ["2 17 02 2.'05 03 Kode bertanda", ['2', '17', '02', '2.05', '03'], 'Kode bertanda', true],
  ['1 02 URUSAN PEMERINTAHAN BIDANG KESEHATAN', ['1', '02'], 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', false],
])('matchCode(%j)', (line, parts, head, punctuation) => {
  expect(matchCode(line)).toMatchObject({ parts, head, punctuation });
});

test('content lines become one agency section and one record per printed code, with the lines under it', () => {
  const { records, sections } = splitRecords(cleanLines(APPENDIX, 2, 14, []), []);
  expect(sections).toEqual([{ index: 1, name: 'DINAS KESEHATAN', slug: 'dinas-kesehatan', id: '01-dinas-kesehatan' }]);
  expect(records.map((r) => [r.hit.parts.join('.'), r.codeLine, r.body.map((l) => l.n)])).toEqual([
    ['1.02', 6, []],
    ['1.02.02', 7, []],
    ['1.02.02.2.01', 8, []],
    ['1.02.02.2.01.01', 9, [10]],
    ['1.02.02.2.01.02', 13, [14]],
  ]);
});

test('a code before any agency heading is an error, not a guess', () => {
  const issues: Parameters<typeof splitRecords>[1] = [];
  splitRecords([{ n: 3, t: '1 02 02 PROGRAM TANPA OPD' }], issues);
  expect(issues).toEqual([{ severity: 'error', kind: 'code-outside-section', line: 3, message: 'code before any section: 1 02 02 PROGRAM TANPA OPD', code: null }]);
});
