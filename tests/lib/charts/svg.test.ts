import { describe, expect, it } from 'vitest';
import { chartSummary } from '../../../src/lib/charts/index.ts';
import { categorical, sequential, textOn } from '../../../src/lib/charts/palette.ts';
import { fmt, fmtTick, fmtX, n, safeId, truncate, valueFormat, wrap } from '../../../src/lib/charts/svg.ts';
import { POP_2023 } from './fixtures.ts';

describe('chartSummary', () => {
  it('states extremes and gaps like the chart descriptions', () => {
    expect(chartSummary([...POP_2023, { label: 'Kecamatan X', value: null }], { unit: 'jiwa' })).toBe(
      'Nilai tertinggi Binjai Utara 88.364 jiwa; terendah Binjai Kota 32.452 jiwa. Tidak ada data untuk Kecamatan X.',
    );
    expect(chartSummary([{ label: 'IPM', value: 3352.92 }])).toBe('Nilai IPM 3.352,92.');
    expect(chartSummary([])).toBe('');
  });
});

describe('number formatting for charts', () => {
  const f = valueFormat({ unit: 'jiwa' }, [303272]);
  it('uses id-ID separators, with the unit on labels but not on plain-unit ticks', () => {
    expect(fmt(300000, f)).toBe('300.000 jiwa');
    expect(fmtTick(300000, f)).toBe('300.000');
    expect(fmtTick(20, valueFormat({ unit: '%' }, [20]))).toBe('20%');
    expect(fmt(3352.92, valueFormat({}, [1]))).toBe('3.352,92');
    expect(fmt(null, f)).toBe('tidak ada data');
  });
  it('switches to compact labels at 10 juta unless told otherwise', () => {
    expect(fmt(1_040_000_000_000, valueFormat({ unit: 'Rp' }, [1_040_000_000_000]))).toBe('Rp1,04 triliun');
    expect(fmt(1_040_000_000_000, valueFormat({ unit: 'Rp', compact: false }, [1_040_000_000_000]))).toBe('Rp1.040.000.000.000');
    expect(fmt(303272, valueFormat({ compact: true }, [303272]))).toBe('303 ribu');
  });
  it('prints years as years', () => {
    expect(fmtX(2023)).toBe('2023');
    expect(fmtX(12500.5)).toBe('12.500,5');
    expect(fmtX('Triwulan I')).toBe('Triwulan I');
  });
});

describe('layout helpers', () => {
  it('rounds coordinates and never prints -0', () => {
    expect(n(1 / 3)).toBe('0.33');
    expect(n(-0.001)).toBe('0');
    expect(n(Number.NaN)).toBe('0');
  });
  it('truncates and wraps with an ellipsis', () => {
    expect(truncate('Binjai Selatan', 12, 1000)).toBe('Binjai Selatan');
    expect(truncate('Cakupan pelayanan kesehatan dasar', 12, 80).endsWith('…')).toBe(true);
    const lines = wrap('Cakupan pelayanan kesehatan dasar bagi penduduk usia produktif', 12, 120, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
  it('makes safe, stable ids', () => {
    expect(safeId('penduduk-2023')).toBe('penduduk-2023');
    expect(safeId('12.75 penduduk')).toBe('c-12-75-penduduk');
    expect(safeId('')).toBe('chart');
  });
});

describe('palette', () => {
  it('starts with Okabe–Ito blue and wraps', () => {
    expect(categorical(0)).toBe('#0072B2');
    expect(categorical(8)).toBe(categorical(0));
  });
  it('has a monotonic single-hue sequential ramp and readable text on it', () => {
    expect(sequential(0)).toBe('#deebf7');
    expect(sequential(1)).toBe('#08519c');
    expect(textOn(sequential(1))).toBe('#ffffff');
    expect(textOn(sequential(0))).toBe('#1a1a1a');
  });
});
