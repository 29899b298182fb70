/** Words and numbers an indicator card shows. Pure, id-ID. */
import { formatWithUnit } from '../core/format.ts';
import type { ResolvedIndicator } from './schema.ts';

export function indicatorValue(i: Pick<ResolvedIndicator, 'value' | 'unit' | 'decimals'>): string {
  return formatWithUnit(i.value, i.unit ?? undefined, i.decimals ?? undefined);
}

/** Percentages change in "poin persen", everything else in its own unit. */
function changeUnit(unit: string | null): string | undefined {
  if (unit === '%') return 'poin persen';
  return unit ?? undefined;
}

/** "Naik 3.263 jiwa dari 2022", "Turun 0,31 poin persen dari 2022", "Sama dengan 2020", or null without a previous year. */
export function changeText(i: Pick<ResolvedIndicator, 'change' | 'previous' | 'unit' | 'decimals'>): string | null {
  if (i.change === null || i.previous === null) return null;
  if (i.change === 0) return `Sama dengan ${i.previous.year}`;
  const amount = formatWithUnit(Math.abs(i.change), changeUnit(i.unit), i.decimals ?? undefined);
  return `${i.change > 0 ? 'Naik' : 'Turun'} ${amount} dari ${i.previous.year}`;
}

/** Whether the change is good news, given the indicator's direction. */
export function changeTone(i: Pick<ResolvedIndicator, 'change' | 'better'>): 'good' | 'bad' | 'neutral' {
  if (i.change === null || i.change === 0 || i.better === 'neutral') return 'neutral';
  return (i.change > 0) === (i.better === 'higher') ? 'good' : 'bad';
}

export function targetText(i: Pick<ResolvedIndicator, 'target' | 'unit' | 'decimals' | 'year'>): string | null {
  if (!i.target || i.target.value === null) return null;
  const t = formatWithUnit(i.target.value, i.unit ?? undefined, i.decimals ?? undefined);
  if (i.target.met === null) return `Target RPJMD ${i.year}: ${t}`;
  return `Target RPJMD ${i.year} ${t}: ${i.target.met ? 'tercapai' : 'belum tercapai'}`;
}

export function yearsText(i: Pick<ResolvedIndicator, 'series'>): string {
  const years = i.series.map((p) => p.year);
  return years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? '');
}

