/**
 * Indonesian sentences for <desc> elements. Screen-reader users get the
 * headline facts (extremes, gaps) without reading the whole data table.
 */
import { fmtFull, valueFormat, type ValueFormat } from './svg.ts';
import type { ChartOptions, Datum } from './types.ts';

interface Extremes {
  max: Datum & { value: number };
  min: Datum & { value: number };
}

/** Highest and lowest non-null values; the first occurrence wins ties so output is stable. */
export function extremes(items: readonly Datum[]): Extremes | null {
  let max: (Datum & { value: number }) | null = null;
  let min: (Datum & { value: number }) | null = null;
  for (const item of items) {
    const v = item.value;
    if (v === null || !Number.isFinite(v)) continue;
    if (max === null || v > max.value) max = { label: item.label, value: v };
    if (min === null || v < min.value) min = { label: item.label, value: v };
  }
  return max && min ? { max, min } : null;
}

/** "Nilai tertinggi A 88.364 jiwa; terendah B 32.452 jiwa." */
export function extremesSentence(items: readonly Datum[], f: ValueFormat, prefix = 'Nilai'): string {
  const e = extremes(items);
  if (!e) return '';
  if (e.max.label === e.min.label && e.max.value === e.min.value) {
    return `${prefix} ${e.max.label} ${fmtFull(e.max.value, f)}.`;
  }
  return `${prefix} tertinggi ${e.max.label} ${fmtFull(e.max.value, f)}; terendah ${e.min.label} ${fmtFull(e.min.value, f)}.`;
}

/** "Tidak ada data untuk A, B." — missing is stated, never silently dropped. */
export function missingSentence(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  return `Tidak ada data untuk ${labels.join(', ')}.`;
}

/**
 * Plain-language summary of labelled values (extremes and gaps), e.g. for a
 * figcaption or a card. Same wording as the charts' <desc>.
 */
export function chartSummary(
  rows: readonly Datum[],
  options: Pick<ChartOptions, 'unit' | 'decimals'> = {},
): string {
  const f = valueFormat({ ...options, compact: false }, rows.map((r) => r.value));
  const missing = rows.filter((r) => r.value === null || !Number.isFinite(r.value)).map((r) => r.label);
  return [extremesSentence(rows, f), missingSentence(missing)].filter((s) => s !== '').join(' ');
}
