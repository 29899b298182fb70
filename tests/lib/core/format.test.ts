/** The id-ID formatting readers see: numbers, units, compact amounts and dates. */
import { describe, expect, it, test } from 'vitest';
import { formatCompact, formatDate, formatNumber, formatWithUnit } from '../../../src/lib/core/format.ts';

describe('id-ID formatting', () => {
  test.each<[number | null | undefined, number | undefined, string]>([
    [303272, undefined, '303.272'],
    [3352.92, undefined, '3.352,92'],
    [1035369934160, undefined, '1.035.369.934.160'],
    [1002478112305.55, undefined, '1.002.478.112.305,55'],
    [-3.18, undefined, '-3,18'],
    [1 / 3, undefined, '0,33'],
    [0.125, undefined, '0,13'],
    [2032.5, undefined, '2.032,5'],
    [20.08, 2, '20,08'],
    [100, 2, '100,00'],
    [7876.7, 2, '7.876,70'],
    [21.7, 0, '22'],
    [0, undefined, '0'],
    [null, undefined, '–'],
    [undefined, undefined, '–'],
    [Number.NaN, undefined, '–'],
  ])('formatNumber(%s, %s) → "%s"', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  test.each<[number | null, string | undefined, number | undefined, string]>([
    [88364, 'jiwa', undefined, '88.364 jiwa'],
    [7876.7, 'jiwa/km²', 2, '7.876,70 jiwa/km²'],
    [20.08, '%', undefined, '20,08%'],
    [1035369934160, 'Rp', undefined, 'Rp1.035.369.934.160'],
    [5, undefined, undefined, '5'],
    [null, 'jiwa', undefined, '–'],
  ])('formatWithUnit(%s, %s, %s) → "%s"', (value, unit, decimals, text) => {
    expect(formatWithUnit(value, unit, decimals)).toBe(text);
  });

  test.each<[number | null, string]>([
    [1035369934160, '1,04 triliun'],
    [823400000000, '823 miliar'],
    [-32891821854.45, '-32,89 miliar'],
    [1200000, '1,2 juta'],
    [303272, '303 ribu'],
    [1500, '1,5 ribu'],
    [999, '999'],
    [12.345, '12,35'],
    [null, '–'],
  ])('formatCompact(%s) → "%s"', (value, text) => {
    expect(formatCompact(value)).toBe(text);
  });

  it('formats dates in Indonesian, in UTC, from the date part only', () => {
    expect(formatDate('2024-03-31')).toBe('31 Maret 2024');
    expect(formatDate('2026-11-22')).toBe('22 November 2026');
    expect(formatDate('2026-11-22T23:30:00+07:00')).toBe('22 November 2026');
    expect(formatDate('2023-01-01')).toBe('1 Januari 2023');
  });
});
