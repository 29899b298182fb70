import { describe, expect, test } from 'vitest';
import { joinWrapped, MONEY_SOURCE, parseMoney, parseVolume, partsOf } from '../../../../scripts/budget/lampiran/lexicon.ts';

describe('the vocabulary of Lampiran I', () => {
  test.each([
    ['55,800,000.00', 55_800_000],
    ['1,035,369,934,160.00', 1_035_369_934_160],
  ])('parseMoney(%j) = %d whole rupiah', (token, value) => {
    expect(parseMoney(token)).toBe(value);
  });

  test('an amount with cents, or not in English grouping, is not money', () => {
    expect(() => parseMoney('1,000.50')).toThrow('amount with cents');
    expect(() => parseMoney('1.000.000,00')).toThrow('not a money token');
    const money = new RegExp(`^${MONEY_SOURCE}$`);
    expect(['1,000.00', '12,345,678.00'].every((t) => money.test(t))).toBe(true);
    expect(['500.00', '1234.00', '1,234', '53.52'].some((t) => money.test(t))).toBe(false);
  });

  test('volumes keep their printed decimals and percent sign', () => {
    expect(parseVolume('53,52%')).toEqual({ volume: 53.52, percent: true, decimals: 2 });
    expect(parseVolume('12')).toEqual({ volume: 12, percent: false, decimals: 0 });
  });

  test('wrapped names join; a line ending in "-" joins without a space', () => {
    expect(joinWrapped(['Penyediaan Peraturan Perundang-', 'undangan', '  Daerah '])).toBe('Penyediaan Peraturan Perundang-undangan Daerah');
  });

  test('code segments: the kegiatan segment keeps its own dot', () => {
    expect(partsOf('1.02.02.2.01.01')).toEqual(['1', '02', '02', '2.01', '01']);
    expect(partsOf('1.02')).toEqual(['1', '02']);
  });
});
