import { expect, test } from 'vitest';
import { cleanLines, findRange } from '../../../../scripts/budget/lampiran/lines.ts';
import type { ParseIssue } from '../../../../src/lib/budget/schema.ts';
import { APPENDIX } from './synthetic.fixture.ts';

test('the appendix runs from "LAMPIRAN I" + its header to the line before "LAMPIRAN II"', () => {
  expect(findRange(APPENDIX)).toEqual({ first: 2, last: 14 });
  expect(findRange(['LAMPIRAN I', 'tanpa kepala tabel'])).toBeNull();
});

test('page headers, page numbers and policy text before a page break are dropped, and the drop is reported', () => {
  const issues: ParseIssue[] = [];
  const lines = cleanLines(APPENDIX, 2, 14, issues);
  expect(lines.map((l) => l.n)).toEqual([5, 6, 7, 8, 9, 10, 13, 14]);
  expect(issues).toEqual([
    { severity: 'info', kind: 'policy-text-dropped', line: 11, message: 'policy-column text before a page break dropped: "Meningkatkan mutu layanan kesehatan…"', code: null },
  ]);
});
