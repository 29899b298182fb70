/**
 * Population pyramid: age groups on the y axis (youngest at the bottom),
 * Laki-laki extending left and Perempuan right from a central label gutter,
 * both halves on one shared scale so the sexes are directly comparable.
 */
import { scaleLinear } from 'd3';
import { formatNumber } from '../core/format.ts';
import { fittingTicks } from './axis.ts';
import { extremesSentence, missingSentence } from './describe.ts';
import { INK, SEX } from './palette.ts';
import {
  DEFAULT_WIDTH,
  FONT,
  axisUnitLabel,
  el,
  emptyChart,
  fmt,
  fmtFull,
  fmtTick,
  mark,
  sentences,
  svgDocument,
  text,
  textWidth,
  valueFormat,
  type ValueFormat,
} from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface PyramidRow {
  /** Age group label, e.g. "0–4", "75+". */
  age: string;
  male: number | null;
  female: number | null;
}

export interface PyramidOptions extends ChartOptions {
  /** Rows arrive youngest first (BPS table order). Default true; drawn youngest at the bottom either way. */
  youngestFirst?: boolean;
  /** Show each bar as a share of the whole population (%). */
  percent?: boolean;
  /** Side headings; default "Laki-laki" / "Perempuan". */
  labels?: { male: string; female: string };
}

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

export function pyramidChart(input: readonly PyramidRow[], options: PyramidOptions): string {
  const kind = 'pyramid';
  const maleName = options.labels?.male ?? 'Laki-laki';
  const femaleName = options.labels?.female ?? 'Perempuan';
  // Top of the drawing is the oldest group.
  const rows = (options.youngestFirst ?? true) ? [...input].reverse() : [...input];
  const raw = rows.flatMap((r) => [clean(r.male), clean(r.female)]);
  if (rows.length === 0 || raw.every((v) => v === null)) return emptyChart(options, kind);

  const total = raw.reduce<number>((s, v) => s + (v ?? 0), 0);
  const percent = (options.percent ?? false) && total > 0;
  const value = (v: number | null | undefined): number | null => {
    const c = clean(v);
    return c === null ? null : percent ? (c / total) * 100 : c;
  };
  const f: ValueFormat = percent
    ? { unit: '%', decimals: options.decimals ?? 1, compact: false }
    : valueFormat(options, raw);
  // Bar labels drop plain units (shown once under the axis) to keep 16+ rows uncluttered.
  const unit = axisUnitLabel(f);
  const barLabel = (v: number): string => (unit ? fmtTick(v, f) : fmt(v, f));

  const width = options.width ?? DEFAULT_WIDTH;
  const fs = FONT.small;
  const rowH = rows.length > 12 ? 18 : 24;
  const top = FONT.base + 14;
  const plotH = rows.length * rowH;
  const gutter = Math.max(...rows.map((r) => textWidth(r.age, fs))) + 20;
  const cx = width / 2;
  const lx0 = cx - gutter / 2;
  const rx0 = cx + gutter / 2;
  const values = rows.flatMap((r) => [value(r.male), value(r.female)]);
  const maxV = Math.max(...values.map((v) => v ?? 0), 0) || 1;
  const labelRoom = Math.max(...values.map((v) => (v === null ? 0 : textWidth(barLabel(v), fs)))) + 10;
  const half = lx0 - 4 - labelRoom;
  const x = scaleLinear().domain([0, maxV]).range([0, half]);
  const barH = rowH * 0.78;

  let body = '';
  body += text(lx0, FONT.base + 2, maleName, { 'text-anchor': 'end', 'font-weight': 'bold', fill: SEX.male, class: 'chart-side' });
  body += text(rx0, FONT.base + 2, femaleName, { 'font-weight': 'bold', fill: SEX.female, class: 'chart-side' });

  // Mirrored ticks so both halves read from the centre outwards.
  const axisY = top + plotH;
  let axis = '';
  for (const t of fittingTicks(x, 'x', (v) => fmtTick(v, f), 4)) {
    for (const px of t === 0 ? [lx0, rx0] : [lx0 - x(t), rx0 + x(t)]) {
      axis += el('line', { x1: px, x2: px, y1: top, y2: axisY, stroke: INK.grid });
      axis += text(px, axisY + fs + 4, fmtTick(t, f), { 'text-anchor': 'middle', 'font-size': fs, fill: INK.muted });
    }
  }
  if (unit) axis += text(cx, axisY + fs + 4, unit, { 'text-anchor': 'middle', 'font-size': fs, fill: INK.muted, class: 'chart-unit' });
  body += el('g', { class: 'chart-axis chart-axis--value', 'aria-hidden': 'true' }, axis);

  let marks = '';
  rows.forEach((r, i) => {
    const y = top + i * rowH + (rowH - barH) / 2;
    const cy = y + barH / 2;
    marks += text(cx, cy, r.age, { 'text-anchor': 'middle', dy: '0.35em', 'font-size': fs, class: 'chart-category' });
    const m = value(r.male);
    const w = value(r.female);
    const mw = m === null ? 0 : x(Math.max(0, m));
    const ww = w === null ? 0 : x(Math.max(0, w));
    marks += mark({
      label: r.age,
      series: maleName,
      value: fmt(m, f),
      className: 'mark--male',
      body:
        m === null
          ? text(lx0 - 4, cy, '–', { 'text-anchor': 'end', dy: '0.35em', 'font-size': fs, fill: INK.muted })
          : el('rect', { x: lx0 - mw, y, width: mw, height: barH, fill: SEX.male }) +
            text(lx0 - mw - 4, cy, barLabel(m), { 'text-anchor': 'end', dy: '0.35em', 'font-size': fs, class: 'chart-value' }),
    });
    marks += mark({
      label: r.age,
      series: femaleName,
      value: fmt(w, f),
      className: 'mark--female',
      body:
        w === null
          ? text(rx0 + 4, cy, '–', { dy: '0.35em', 'font-size': fs, fill: INK.muted })
          : el('rect', { x: rx0, y, width: ww, height: barH, fill: SEX.female }) +
            text(rx0 + ww + 4, cy, barLabel(w), { dy: '0.35em', 'font-size': fs, class: 'chart-value' }),
    });
  });
  body += el('g', { class: 'chart-marks' }, marks);
  body += el('line', { x1: lx0, x2: lx0, y1: top, y2: axisY, stroke: INK.text });
  body += el('line', { x1: rx0, x2: rx0, y1: top, y2: axisY, stroke: INK.text });

  const totalMale = rows.reduce<number>((s, r) => s + (clean(r.male) ?? 0), 0);
  const totalFemale = rows.reduce<number>((s, r) => s + (clean(r.female) ?? 0), 0);
  const countF = percent ? valueFormat({ ...options, compact: false }, raw) : { ...f, compact: false };
  const full = { ...f, compact: false };
  const ordered = (options.youngestFirst ?? true) ? [...rows].reverse() : rows;
  const desc = sentences(
    options.description,
    `Piramida penduduk dengan ${rows.length} kelompok umur; ${maleName} di kiri, ${femaleName} di kanan${percent ? ', dalam persen dari total penduduk' : ''}`,
    `Total ${maleName} ${fmtFull(totalMale, countF)}; ${femaleName} ${fmtFull(totalFemale, countF)}${totalFemale > 0 ? `; rasio jenis kelamin ${formatNumber((totalMale / totalFemale) * 100, 1)}` : ''}`,
    extremesSentence(ordered.map((r) => ({ label: `umur ${r.age}`, value: value(r.male) })), full, `${maleName}: nilai`),
    extremesSentence(ordered.map((r) => ({ label: `umur ${r.age}`, value: value(r.female) })), full, `${femaleName}: nilai`),
    missingSentence(
      ordered.flatMap((r) => [
        ...(clean(r.male) === null ? [`${maleName} umur ${r.age}`] : []),
        ...(clean(r.female) === null ? [`${femaleName} umur ${r.age}`] : []),
      ]),
    ),
  );
  return svgDocument({ options, kind, width, height: axisY + fs + 10, desc, body });
}
