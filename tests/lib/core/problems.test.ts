import { expect, test } from 'vitest';
import { formatReport, problem, problemKind, SHOWN_PER_KIND } from '../../../src/lib/core/problems.ts';

test('one mistake repeated 400 times shows five times, then a count of the rest', () => {
  const many = Array.from({ length: 400 }, (_, i) => problem({ file: `data/datasets/d${i}.yml`, line: 3, message: `dokumen "lkpj-${i}" tidak dikenal`, hint: 'Pakai id yang ada.' }));
  const other = problem({ file: 'data/agencies.yml', message: 'lain', hint: 'Perbaiki.' });
  const report = formatReport([...many, other]);
  expect(report.match(/^GALAT /gm)).toHaveLength(SHOWN_PER_KIND + 1);
  expect(report).toContain('… dan 395 galat lain yang sejenis ("dokumen "lkpj-0" tidak dikenal") tidak ditampilkan: perbaiki yang di atas dulu, lalu periksa lagi.');
  expect(report).toContain('401 galat, 0 peringatan.');
  expect(problemKind(many[0]!)).toBe(problemKind(many[399]!));
});
