import { describe, expect, test } from 'vitest';
import { cleanText, endsSentence, endsWithConnector, isNumericDominant, isUppercaseLine, joinText, numericRatio } from '../../../../src/lib/documents/parse/text.ts';

describe('text helpers of the document parser', () => {
  test.each([
    ['## **Tabel 1.1** Penduduk', 'Tabel 1.1 Penduduk'],
    ['<i>Sumber</i> : BPS &amp; Bappeda', 'Sumber : BPS & Bappeda'],
    ['\tKota\t  Binjai  ', 'Kota Binjai'],
  ])('cleanText(%j) → %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  test.each([
    ['laki-', 'laki', 'laki-laki'],
    ['140-', '1395/SK', '140-1395/SK'],
    ['Kota', 'Binjai', 'Kota Binjai'],
    ['', 'Binjai', 'Binjai'],
  ])('joinText(%j, %j) → %j', (a, b, joined) => {
    expect(joinText(a, b)).toBe(joined);
  });

  test('sentence ends, but not after an abbreviation', () => {
    expect(endsSentence('Penduduk bertambah.')).toBe(true);
    expect(endsSentence('dibiayai sebesar Rp.')).toBe(false);
    expect(endsSentence('Kota Binjai dan')).toBe(false);
  });

  test('a line ending in a connector or a comma continues on the next line', () => {
    expect(endsWithConnector('jumlah penduduk menurut')).toBe(true);
    expect(endsWithConnector('laki-laki,')).toBe(true);
    expect(endsWithConnector('tahun 2023.')).toBe(false);
  });

  test('numbers against words: table rows are number-dominated, titles are upper-case', () => {
    expect(numericRatio('Binjai Kota 30,000 45.2%')).toBe(0.5);
    expect(isNumericDominant('1 30,000 (3.18) -')).toBe(true);
    expect(isNumericDominant('Kecamatan Binjai Kota')).toBe(false);
    expect(isUppercaseLine('RENCANA KERJA TAHUN 2025')).toBe(true);
    expect(isUppercaseLine('Rencana Kerja')).toBe(false);
  });
});
