/**
 * Line chart over years or categories: several series, targets dashed against
 * realisation, gaps where values are missing, and direct labels at line ends
 * so readers need not match colours against a distant legend.
 */
import { line, scaleLinear, scalePoint } from 'd3';
import { formatNumber } from '../core/format.ts';
import { tickLabelWidth, valueAxis } from './axis.ts';
import { escapeXml } from '../core/escape.ts';
import { extremes, missingSentence } from './describe.ts';
import { INK, categorical, textInkOnWhite } from './palette.ts';
import {
  DEFAULT_WIDTH,
  FONT,
  axisUnitLabel,
  el,
  emptyChart,
  fmt,
  fmtFull,
  fmtX,
  mark,
  sentences,
  svgDocument,
  text,
  textWidth,
  truncate,
  valueFormat,
  type ValueFormat,
} from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface LineSeries {
  name: string;
  /** One value per x position; null = missing (drawn as a gap). */
  values: readonly (number | null)[];
  /** 'target' is drawn dashed with hollow points. Default 'actual'. */
  kind?: 'actual' | 'target';
  color?: string;
}

export interface LineChartData {
  /** Years (numbers) or category labels, in drawing order. */
  x: readonly (number | string)[];
  series: readonly LineSeries[];
}

export interface LineChartOptions extends ChartOptions {
  /** Force the value axis to include zero. Default false (lines show change, not magnitude). */
  zero?: boolean;
}

type Point = { x: number | string; i: number; v: number | null };

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

/** Value-axis domain from the defined values, padded when flat so the line sits mid-plot. */
export function valueDomain(values: readonly number[], zero: boolean): [number, number] {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (zero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    return [lo - pad, hi + pad];
  }
  return [lo, hi];
}

/** Which x indices get a tick label, thinning evenly when labels would collide (last one always kept). */
export function xTickIndices(labels: readonly string[], available: number, size: number): number[] {
  const widest = Math.max(...labels.map((l) => textWidth(l, size))) + 12;
  const fit = Math.max(1, Math.floor(available / widest));
  if (labels.length <= fit) return labels.map((_, i) => i);
  const step = Math.ceil(labels.length / fit);
  const last = labels.length - 1;
  const out: number[] = [];
  for (let i = last; i >= 0; i -= step) out.unshift(i);
  return out;
}

/** Nudge end labels apart vertically, keeping them inside [top, bottom]. */
export function relax(ys: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const cur = order[k];
    if (prev && cur && cur.y < prev.y + gap) cur.y = prev.y + gap;
  }
  const lastItem = order[order.length - 1];
  if (lastItem && lastItem.y > bottom) {
    lastItem.y = bottom;
    for (let k = order.length - 2; k >= 0; k--) {
      const next = order[k + 1];
      const cur = order[k];
      if (next && cur && cur.y > next.y - gap) cur.y = next.y - gap;
    }
  }
  const out = new Array<number>(ys.length).fill(0);
  for (const o of order) out[o.i] = Math.max(top, o.y);
  return out;
}

function seriesSentence(s: LineSeries, x: readonly (number | string)[], f: ValueFormat): string {
  const pts = x.map((xv, i) => ({ label: fmtX(xv), value: clean(s.values[i]) }));
  const def = pts.filter((p) => p.value !== null);
  const first = def[0];
  const last = def[def.length - 1];
  if (!first || !last) return `${s.name}: tidak ada data`;
  const e = extremes(pts);
  const tag = s.kind === 'target' && !/target/i.test(s.name) ? ' (target)' : '';
  const parts = [
    first === last
      ? `${s.name}${tag}: ${first.label} ${fmtFull(first.value, f)}`
      : `${s.name}${tag}: dari ${first.label} ${fmtFull(first.value, f)} menjadi ${last.label} ${fmtFull(last.value, f)}`,
  ];
  if (e && def.length > 2) parts.push(`tertinggi ${e.max.label} ${fmtFull(e.max.value, f)}; terendah ${e.min.label} ${fmtFull(e.min.value, f)}`);
  return parts.join('; ');
}

/** "Pada 2023 realisasi mencapai 98,5% dari target." when there is exactly one target and one actual series. */
function achievementSentence(data: LineChartData): string {
  const targets = data.series.filter((s) => s.kind === 'target');
  const actuals = data.series.filter((s) => s.kind !== 'target');
  const t = targets[0];
  const a = actuals[0];
  if (targets.length !== 1 || actuals.length !== 1 || !t || !a) return '';
  for (let i = data.x.length - 1; i >= 0; i--) {
    const tv = clean(t.values[i]);
    const av = clean(a.values[i]);
    if (tv !== null && av !== null && tv !== 0) {
      return `Pada ${fmtX(data.x[i] ?? '')} ${a.name} mencapai ${formatNumber((av / tv) * 100, 1)}% dari ${t.name}`;
    }
  }
  return '';
}

export function lineChart(data: LineChartData, options: LineChartOptions): string {
  const kind = 'line';
  const xs = data.x;
  const series = data.series;
  const all = series.flatMap((s) => xs.map((_, i) => clean(s.values[i])));
  const defined = all.filter((v): v is number => v !== null);
  if (xs.length === 0 || series.length === 0 || defined.length === 0) return emptyChart(options, kind);

  const f = valueFormat(options, defined);
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? 320;
  const colors = series.map((s, i) => s.color ?? categorical(i));
  const unit = axisUnitLabel(f);
  const xLabels = xs.map(fmtX);

  const y = scaleLinear().domain(valueDomain(defined, options.zero ?? false)).nice(5);
  const left = tickLabelWidth(y, f, (s) => textWidth(s, FONT.small)) + 14;
  const top = unit ? FONT.small + 14 : 10;
  const bottom = height - (FONT.small + 14);
  y.range([bottom, top]);

  // End labels: series name plus the last value, two lines, right of the plot.
  const lastIdx = series.map((s) => {
    for (let i = xs.length - 1; i >= 0; i--) if (clean(s.values[i]) !== null) return i;
    return -1;
  });
  const endTexts = series.map((s, si) => {
    const li = lastIdx[si] ?? -1;
    return { name: s.name, value: li >= 0 ? fmt(clean(s.values[li]), f) : '' };
  });
  const maxRight = width * 0.34;
  const labelW = Math.min(maxRight, Math.max(...endTexts.map((t) => Math.max(textWidth(t.name, FONT.small) * 1.1, textWidth(t.value, FONT.small)))) + 10);
  const right = width - labelW - 8;

  const numericX = xs.every((v) => typeof v === 'number');
  const xPos: (i: number) => number = (() => {
    if (numericX) {
      const nums = xs as readonly number[];
      const lo = Math.min(...nums);
      const hi = Math.max(...nums);
      const sx = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([left + 10, right - 6]);
      return (i: number) => sx(nums[i] ?? lo);
    }
    const sp = scalePoint<number>().domain(xs.map((_, i) => i)).range([left, right]).padding(0.4);
    return (i: number) => sp(i) ?? left;
  })();

  let body = '';
  if (unit) body += text(left - 6, FONT.small + 2, unit, { 'text-anchor': 'end', 'font-size': FONT.small, fill: INK.muted, class: 'chart-unit' });
  body += valueAxis({ scale: y, along: 'y', from: left, to: right, f });
  const [d0, d1] = y.domain() as [number, number];
  const baseY = d0 <= 0 && d1 >= 0 ? y(0) : bottom;
  body += el('line', { x1: left, x2: right, y1: baseY, y2: baseY, stroke: d0 <= 0 && d1 >= 0 ? INK.text : INK.axis, 'stroke-width': 1, class: 'chart-baseline' });

  let xAxis = '';
  for (const i of xTickIndices(xLabels, right - left, FONT.small)) {
    const px = xPos(i);
    xAxis += el('line', { x1: px, x2: px, y1: bottom, y2: bottom + 4, stroke: INK.axis });
    xAxis += text(px, bottom + FONT.small + 6, xLabels[i] ?? '', { 'text-anchor': 'middle', 'font-size': FONT.small, fill: INK.muted });
  }
  body += el('g', { class: 'chart-axis chart-axis--x', 'aria-hidden': 'true' }, xAxis);

  const gen = line<Point>()
    .defined((p) => p.v !== null)
    .x((p) => xPos(p.i))
    .y((p) => y(p.v ?? 0))
    .digits(2);

  let lines = '';
  series.forEach((s, si) => {
    const color = colors[si] ?? categorical(si);
    const target = s.kind === 'target';
    const pts: Point[] = xs.map((xv, i) => ({ x: xv, i, v: clean(s.values[i]) }));
    const path = el('path', {
      d: gen(pts) ?? '',
      fill: 'none',
      stroke: color,
      'stroke-width': target ? 2 : 2.5,
      'stroke-dasharray': target ? '6 4' : undefined,
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
      class: 'chart-line',
    });
    let marks = '';
    for (const p of pts) {
      if (p.v === null) continue;
      marks += mark({
        label: xLabels[p.i] ?? '',
        series: s.name,
        value: fmt(p.v, f),
        body: el('circle', {
          cx: xPos(p.i),
          cy: y(p.v),
          r: 3.5,
          fill: target ? '#ffffff' : color,
          stroke: color,
          'stroke-width': 2,
        }),
      });
    }
    lines += el('g', { class: `chart-series${target ? ' chart-series--target' : ''}`, 'data-series': s.name }, path + marks);
  });
  body += el('g', { class: 'chart-marks' }, lines);

  // Direct labels, nudged apart so close series stay readable.
  const desired = series.map((s, si) => {
    const li = lastIdx[si] ?? -1;
    const v = li >= 0 ? clean(s.values[li]) : null;
    return v === null ? bottom : y(v);
  });
  const placed = relax(desired, FONT.small * 2 + 4, top + FONT.small, bottom - FONT.small);
  let labels = '';
  series.forEach((s, si) => {
    if ((lastIdx[si] ?? -1) < 0) return;
    const ly = placed[si] ?? 0;
    const color = colors[si] ?? categorical(si);
    const t = endTexts[si];
    labels += el(
      'text',
      { x: right + 10, y: ly, 'font-size': FONT.small, class: 'chart-end-label' },
      el('tspan', { x: right + 10, dy: '-0.15em', 'font-weight': 'bold', fill: textInkOnWhite(color) }, escapeXml(truncate(s.name, FONT.small, labelW / 1.1))) +
        el('tspan', { x: right + 10, dy: '1.2em' }, escapeXml(t?.value ?? '')),
    );
  });
  body += el('g', { class: 'chart-labels' }, labels);

  const xRange = xLabels.length > 1 ? `${xLabels[0]}–${xLabels[xLabels.length - 1]}` : (xLabels[0] ?? '');
  const targetNames = series.filter((s) => s.kind === 'target').map((s) => s.name);
  const desc = sentences(
    options.description,
    `Diagram garis ${xRange} dengan ${series.length} seri${targetNames.length ? `; ${targetNames.join(', ')} digambar putus-putus sebagai target` : ''}`,
    ...series.map((s) => seriesSentence(s, xs, { ...f, compact: false })),
    achievementSentence(data),
    missingSentence(series.flatMap((s) => xs.flatMap((xv, i) => (clean(s.values[i]) === null ? [`${s.name} ${fmtX(xv)}`] : [])))),
  );
  return svgDocument({ options, kind, width, height, desc, body });
}

