import { expect, test } from 'vitest';
import { applyFixes } from '../../../../scripts/budget/lampiran/fixes.ts';
import type { RawRecord } from '../../../../scripts/budget/lampiran/records.ts';
import type { ManualFix } from '../../../../src/lib/budget/schema.ts';

const record = (codeLine: number) => ({ codeLine }) as RawRecord;

test('set-code fixes the one line it names; recode-prefix every code under the prefix within its lines', () => {
  const fixes: ManualFix[] = [
    { id: 'kode-salah', line: 20, printed: '1 02', meaning: '1.02.02', why: 'salah cetak', action: { type: 'set-code', code: '1.02.02' } },
    { id: 'awalan', line: 30, end_line: 40, printed: '2 17', meaning: '2.16', why: 'awalan salah', action: { type: 'recode-prefix', from: '2.17', to: '2.16' } },
  ];
  const used = new Set<string>();
  expect(applyFixes(record(20), '1.02', fixes, used)).toEqual({ code: '1.02.02', applied: ['kode-salah'] });
  expect(applyFixes(record(35), '2.17.02.2.01', fixes, used)).toEqual({ code: '2.16.02.2.01', applied: ['awalan'] });
  expect(applyFixes(record(41), '2.17.02', fixes, used)).toEqual({ code: '2.17.02', applied: [] });
  expect([...used]).toEqual(['kode-salah', 'awalan']);
});
