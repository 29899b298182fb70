/**
 * Every number-format quirk of the source documents is a row here: English
 * tables, Indonesian prose, negatives in brackets, shares with %, "-" cells.
 */
import { describe, expect, test } from 'vitest';
import { MISSING_REASONS, parseNumber, toMachineString, type NumberStyle } from '../../../src/lib/core/numbers.ts';

const EN = 'format Inggris seperti di tabel sumber, contoh 1,035,369.50 atau 20.08%';
const ID = 'format Indonesia seperti di uraian sumber, contoh 1.035.369,50 atau 20,08%';
const WRONG_STYLE_HINT = 'Salin angka persis seperti tercetak di tabel sumber, atau ubah "number_format" dataset bila seluruh tabel memakai format lain.';
const NOT_A_NUMBER_HINT = "Tulis angka saja (tanpa satuan/huruf); gunakan '-' bila sumber mencetak '-', atau kosongkan bila tidak dilaporkan.";

describe('parseNumber: values', () => {
  test.each<{ raw: string; style: NumberStyle; value: number; decimals: number; percent: boolean }>([
    // English format, as printed in the tables
    { raw: '1,035,369,934,160.00', style: 'en', value: 1035369934160, decimals: 2, percent: false },
    { raw: '60,894', style: 'en', value: 60894, decimals: 0, percent: false },
    { raw: '2,032.51', style: 'en', value: 2032.51, decimals: 2, percent: false },
    { raw: '21.7', style: 'en', value: 21.7, decimals: 1, percent: false },
    { raw: '1100', style: 'en', value: 1100, decimals: 0, percent: false },
    { raw: '20.08%', style: 'en', value: 20.08, decimals: 2, percent: true },
    { raw: '100.00%', style: 'en', value: 100, decimals: 2, percent: true },
    { raw: '100 %', style: 'en', value: 100, decimals: 0, percent: true },
    { raw: '(3.18)', style: 'en', value: -3.18, decimals: 2, percent: false },
    { raw: '(32,891,821,854.45)', style: 'en', value: -32891821854.45, decimals: 2, percent: false },
    { raw: '(3.18%)', style: 'en', value: -3.18, decimals: 2, percent: true },
    { raw: '(3.18)%', style: 'en', value: -3.18, decimals: 2, percent: true },
    { raw: '-1.02', style: 'en', value: -1.02, decimals: 2, percent: false },
    { raw: '−1.02', style: 'en', value: -1.02, decimals: 2, percent: false }, // U+2212 minus sign
    { raw: '- 1.02', style: 'en', value: -1.02, decimals: 2, percent: false },
    { raw: '-20.08%', style: 'en', value: -20.08, decimals: 2, percent: true },
    { raw: '(0.00)', style: 'en', value: 0, decimals: 2, percent: false }, // zero, never -0
    { raw: '  88,364 ', style: 'en', value: 88364, decimals: 0, percent: false },
    { raw: '88,364\u00a0', style: 'en', value: 88364, decimals: 0, percent: false }, // trailing no-break space
    // Ambiguous: 303.272 is a valid English decimal; an integer column rejects it (see malformed.test.ts)
    { raw: '303.272', style: 'en', value: 303.272, decimals: 3, percent: false },
    // Indonesian format, as printed in the prose
    { raw: '303.272', style: 'id', value: 303272, decimals: 0, percent: false },
    { raw: '3.352,92', style: 'id', value: 3352.92, decimals: 2, percent: false },
    { raw: '1.035.369.934.160,00', style: 'id', value: 1035369934160, decimals: 2, percent: false },
    { raw: '2,98', style: 'id', value: 2.98, decimals: 2, percent: false },
    { raw: '20,08%', style: 'id', value: 20.08, decimals: 2, percent: true },
    { raw: '47,62 %', style: 'id', value: 47.62, decimals: 2, percent: true },
    { raw: '(3,18)', style: 'id', value: -3.18, decimals: 2, percent: false },
    { raw: '-1,02', style: 'id', value: -1.02, decimals: 2, percent: false },
    { raw: '300.009', style: 'id', value: 300009, decimals: 0, percent: false },
  ])('$style "$raw" → $value ($decimals decimals, percent $percent)', ({ raw, style, value, decimals, percent }) => {
    expect(parseNumber(raw, style)).toEqual({ ok: true, value, decimals, percent });
  });
});

describe('parseNumber: missing values are null with a reason, never 0 or NaN', () => {
  test.each<{ raw: string; style: NumberStyle; missing: 'dash' | 'blank'; reason: string }>([
    { raw: '-', style: 'en', missing: 'dash', reason: "Sumber mencetak '-' (tidak ada/nihil)" },
    { raw: ' - ', style: 'en', missing: 'dash', reason: "Sumber mencetak '-' (tidak ada/nihil)" },
    { raw: '–', style: 'en', missing: 'dash', reason: "Sumber mencetak '-' (tidak ada/nihil)" }, // en dash
    { raw: '—', style: 'id', missing: 'dash', reason: "Sumber mencetak '-' (tidak ada/nihil)" }, // em dash
    { raw: '', style: 'en', missing: 'blank', reason: 'Sel kosong di sumber (tidak dilaporkan)' },
    { raw: '   ', style: 'id', missing: 'blank', reason: 'Sel kosong di sumber (tidak dilaporkan)' },
    { raw: '\u00a0', style: 'en', missing: 'blank', reason: 'Sel kosong di sumber (tidak dilaporkan)' },
  ])('$style "$raw" → null ($missing)', ({ raw, style, missing, reason }) => {
    expect(parseNumber(raw, style)).toEqual({ ok: true, value: null, missing, reason });
    expect(MISSING_REASONS[missing]).toBe(reason);
  });
});

describe('parseNumber: errors say what is wrong and how to fix it, in Indonesian', () => {
  test.each<{ raw: string; style: NumberStyle; error: string; hint: string }>([
    // The other style: named as such, with the fix
    { raw: '1.234,5', style: 'en', error: `"1.234,5" tampak ditulis dalam ${ID}, padahal tabel ini memakai ${EN}`, hint: WRONG_STYLE_HINT },
    { raw: '3.352,92', style: 'en', error: `"3.352,92" tampak ditulis dalam ${ID}, padahal tabel ini memakai ${EN}`, hint: WRONG_STYLE_HINT },
    { raw: '29,14%', style: 'en', error: `"29,14%" tampak ditulis dalam ${ID}, padahal tabel ini memakai ${EN}`, hint: WRONG_STYLE_HINT },
    { raw: '1,23', style: 'en', error: `"1,23" tampak ditulis dalam ${ID}, padahal tabel ini memakai ${EN}`, hint: WRONG_STYLE_HINT },
    { raw: '1,234.5', style: 'id', error: `"1,234.5" tampak ditulis dalam ${EN}, padahal tabel ini memakai ${ID}`, hint: WRONG_STYLE_HINT },
    { raw: '2,032.51', style: 'id', error: `"2,032.51" tampak ditulis dalam ${EN}, padahal tabel ini memakai ${ID}`, hint: WRONG_STYLE_HINT },
    // Not a number in either style
    { raw: 'abc', style: 'en', error: `"abc" bukan angka yang sah (${EN})`, hint: NOT_A_NUMBER_HINT },
    { raw: '88,364 jiwa', style: 'en', error: `"88,364 jiwa" bukan angka yang sah (${EN})`, hint: NOT_A_NUMBER_HINT },
    { raw: 'Rp 1,000', style: 'en', error: `"Rp 1,000" bukan angka yang sah (${EN})`, hint: NOT_A_NUMBER_HINT },
    { raw: '12,34,567', style: 'en', error: `"12,34,567" bukan angka yang sah (${EN})`, hint: NOT_A_NUMBER_HINT },
    { raw: '1.2.3', style: 'id', error: `"1.2.3" bukan angka yang sah (${ID})`, hint: NOT_A_NUMBER_HINT },
    { raw: '()', style: 'en', error: `"()" bukan angka yang sah (${EN})`, hint: NOT_A_NUMBER_HINT },
    { raw: '--5', style: 'en', error: `"--5" bukan angka yang sah (${EN})`, hint: NOT_A_NUMBER_HINT },
    { raw: '.5', style: 'en', error: `".5" bukan angka yang sah (${EN})`, hint: NOT_A_NUMBER_HINT },
  ])('$style "$raw" is rejected', ({ raw, style, error, hint }) => {
    expect(parseNumber(raw, style)).toEqual({ ok: false, error, hint });
  });
});

describe('toMachineString', () => {
  test.each<[number | null, string]>([
    [88364, '88364'],
    [20.08, '20.08'],
    [-3.18, '-3.18'],
    [1035369934160, '1035369934160'],
    [null, ''],
  ])('%s → "%s"', (value, text) => {
    expect(toMachineString(value)).toBe(text);
  });
});
