import { describe, expect, test } from 'vitest';
import { checkPercentage, emptyMeasure, parseValues, tokenize } from '../../../../scripts/budget/lampiran/amounts.ts';
import type { ParseIssue } from '../../../../src/lib/budget/schema.ts';

const values = (...lines: string[]) => {
  const segs = lines.map((t, i) => ({ n: 100 + i, t }));
  return parseValues(segs, tokenize(segs));
};

describe('the "K Rp. K Rp." cells of a sub-kegiatan', () => {
  test('target and realisation: volume, unit, amount, and where the values start', () => {
    const v = values('Pengadaan Obat', 'Keluaran/Output : Jumlah Obat 12 paket 1,000,000.00 12 paket 900,000.00');
    expect(v.target).toEqual({ volume: 12, unit: 'paket', rupiah: 1_000_000, rupiah_status: 'printed', rupiah_line: 101, printed: '12 paket 1,000,000.00' });
    expect(v.realisation).toEqual({ volume: 12, unit: 'paket', rupiah: 900_000, rupiah_status: 'printed', rupiah_line: 101, printed: '12 paket 900,000.00' });
    expect(v.quirks).toEqual([]);
  });

  test('a dash is nil, kept apart from an amount that is not printed', () => {
    const v = values('Kegiatan', '1 dokumen 5,000,000.00 - -');
    expect(v.realisation.rupiah_status).toBe('dash');
    expect(v.realisation.rupiah).toBeNull();
  });

  test('a unit on its own line between volume and amount is joined and named as a quirk', () => {
    const v = values('Kegiatan 53.52', 'persen', '1,253,521,879.00');
    expect(v.target).toMatchObject({ volume: 53.52, unit: 'persen', rupiah: 1_253_521_879 });
    expect(v.quirks).toContain('persen-split');
  });

  test('more than two amounts is reported (a code line is probably missing)', () => {
    expect(values('a 1 x 1,000.00 1 x 2,000.00 3,000.00').quirks).toContain('extra-amounts');
    expect(emptyMeasure()).toEqual({ volume: null, unit: null, rupiah: null, rupiah_status: 'absent', rupiah_line: null, printed: '' });
  });
});

describe('a printed absorption percentage against realisation ÷ target', () => {
  const measure = (rupiah: number) => ({ ...emptyMeasure(), rupiah, rupiah_status: 'printed' as const });
  test('accepted within the rounding of the printed number; a mismatch is a warning, never a correction', () => {
    const issues: ParseIssue[] = [];
    checkPercentage(measure(1000), { ...measure(900), volume: 90 }, 0, 7, 'x', issues);
    expect(issues).toEqual([]);
    checkPercentage(measure(1000), { ...measure(900), volume: 95 }, 0, 7, 'x', issues);
    expect(issues).toEqual([{ severity: 'warning', kind: 'percentage-mismatch', line: 7, message: 'printed 95% but realisation/target = 90.0000% (900 / 1000)', code: 'x' }]);
  });
});
