/**
 * Stacked bars for composition (e.g. budget by account), absolute or 100 %.
 * Segments are labelled in place when they are wide enough; totals sit at
 * the bar end so the reader does not have to add segments up.
 */
import { scaleBand, scaleLinear, stack, stackOffsetDiverging, stackOffsetExpand } from 'd3';
import { formatNumber } from '../core/format.ts';
import { tickLabelWidth, valueAxis } from './axis.ts';
import { extremesSentence, missingSentence } from './describe.ts';
import { INK, categorical, textOn } from './palette.ts';
import {
  DEFAULT_WIDTH,
  FONT,
  MISSING,
  axisUnitLabel,
  el,
  emptyChart,
  fmt,
  fmtFull,
  legend,
  mark,
  sentences,
  svgDocument,
  text,
  textLines,
  textWidth,
  truncate,
  valueFormat,
  wrap,
} from './svg.ts';
import type { ChartOptions, GroupDatum, Orientation } from './types.ts';

export interface StackedBarOptions extends ChartOptions {
  /** Names of the stacked components, in stack order (one per entry of each row's `values`). */
  series: readonly string[];
  /** 100 % stacked: each bar shows shares. Negative values are treated as 0 in this mode. */
  normalize?: boolean;
  /** Default 'horizontal'. */
  orientation?: Orientation;
  colors?: readonly string[];
}

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

const pct = (share: number): string => `${formatNumber(share * 100, 1)}%`;

export function stackedBarChart(rows: readonly GroupDatum[], options: StackedBarOptions): string {
  const normalize = options.normalize ?? false;
  const orientation = options.orientation ?? 'horizontal';
  const kind = `stacked chart-svg--stacked-${orientation}${normalize ? ' chart-svg--stacked-normalized' : ''}`;
  const k = Math.max(options.series.length, ...rows.map((r) => r.values.length));
  const names = Array.from({ length: k }, (_, j) => options.series[j] ?? `Komponen ${j + 1}`);
  const colors = names.map((_, j) => options.colors?.[j] ?? categorical(j));
  const matrix = rows.map((r) => Array.from({ length: k }, (_, j) => clean(r.values[j])));
  const flat = matrix.flat();
  if (rows.length === 0 || flat.every((v) => v === null)) return emptyChart(options, kind);

  const f = valueFormat(options, flat);
  // Missing parts stack as 0 (no segment drawn); in 100 % mode negatives cannot form a share.
  const numeric = matrix.map((vals) => vals.map((v) => (v === null ? 0 : normalize ? Math.max(0, v) : v)));
  const totals = matrix.map((vals) => (vals.every((v) => v === null) ? null : vals.reduce<number>((s, v) => s + (v ?? 0), 0)));
  const positiveTotals = numeric.map((vals) => vals.reduce((s, v) => s + Math.max(0, v), 0));
  const layers = stack<number[], number>()
    .keys(names.map((_, j) => j))
    .value((d, key) => d[key] ?? 0)
    .offset(normalize ? stackOffsetExpand : stackOffsetDiverging)(numeric);

  let lo = 0;
  let hi = normalize ? 1 : 0;
  if (!normalize) for (const layer of layers) for (const [a, b] of layer) (lo = Math.min(lo, a, b)), (hi = Math.max(hi, a, b));
  if (hi === lo) hi = lo + 1;

  const width = options.width ?? DEFAULT_WIDTH;
  const leg = legend(names.map((name, j) => ({ name, color: colors[j] ?? categorical(j) })), 4, 4, width - 8);
  const tickFormat = normalize ? (v: number): string => `${formatNumber(v * 100)}%` : undefined;
  const unit = normalize ? null : axisUnitLabel(f);
  const totalLabel = (i: number): string => (normalize ? '' : totals[i] === null ? MISSING : fmt(totals[i] ?? null, f));
  const fs = FONT.base;
  const vs = FONT.small;

  const segmentValue = (i: number, j: number): string => {
    const v = matrix[i]?.[j] ?? null;
    if (v === null) return MISSING;
    if (!normalize) return fmt(v, f);
    const total = positiveTotals[i] ?? 0;
    return total > 0 ? `${pct(Math.max(0, v) / total)} (${fmt(v, f)})` : fmt(v, f);
  };
  const segmentText = (i: number, j: number, v0: number, v1: number): string =>
    normalize ? pct(Math.abs(v1 - v0)) : fmt(matrix[i]?.[j] ?? null, f);

  let body = leg.svg;
  let height: number;
  let marks = '';

  if (orientation === 'horizontal') {
    const top = leg.height + 8;
    const rowH = 34;
    const plotH = rows.length * rowH;
    const labelW = Math.min(Math.max(...rows.map((r) => textWidth(r.label, fs))) + 16, width * 0.34);
    // Room for the total labels, or for half of the centred "100%" tick in normalised mode.
    const endW = normalize ? textWidth('100%', vs) / 2 + 6 : Math.max(...rows.map((_, i) => textWidth(totalLabel(i), vs))) + 12;
    const x = scaleLinear().domain([lo, hi]).range([labelW, width - endW]);
    if (!normalize) x.nice();
    const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([top, top + plotH]).paddingInner(0.3).paddingOuter(0.15);
    const axisY = top + plotH;
    body += valueAxis(tickFormat ? { scale: x, along: 'x', from: top, to: axisY, f, format: tickFormat } : { scale: x, along: 'x', from: top, to: axisY, f });
    rows.forEach((row, i) => {
      const by = y(i) ?? 0;
      const bh = y.bandwidth();
      marks += text(labelW - 8, by + bh / 2, truncate(row.label, fs, labelW - 12), { 'text-anchor': 'end', dy: '0.35em', class: 'chart-category' });
      let end = x(0);
      layers.forEach((layer, j) => {
        const seg = layer[i];
        const v = matrix[i]?.[j] ?? null;
        if (!seg || v === null || seg[0] === seg[1]) return;
        const [a, b] = [x(seg[0]), x(seg[1])];
        const fill = colors[j] ?? categorical(j);
        const label = segmentText(i, j, seg[0], seg[1]);
        const fits = Math.abs(b - a) >= textWidth(label, vs) + 8;
        end = Math.max(end, a, b);
        marks += mark({
          label: row.label,
          series: names[j] ?? '',
          value: segmentValue(i, j),
          body:
            el('rect', { x: Math.min(a, b), y: by, width: Math.abs(b - a), height: bh, fill, stroke: '#ffffff', 'stroke-width': 1 }) +
            (fits ? text((a + b) / 2, by + bh / 2, label, { 'text-anchor': 'middle', dy: '0.35em', 'font-size': vs, fill: textOn(fill) }) : ''),
        });
      });
      const tl = totalLabel(i);
      if (tl) marks += text(end + 4, by + bh / 2, tl, { dy: '0.35em', 'font-size': vs, class: 'chart-total', 'font-weight': 'bold', fill: totals[i] === null ? INK.muted : INK.text });
    });
    body += el('g', { class: 'chart-marks' }, marks);
    body += el('line', { x1: x(0), x2: x(0), y1: top - 2, y2: axisY, stroke: INK.text, 'stroke-width': 1, class: 'chart-baseline' });
    height = axisY + FONT.small + 10;
  } else {
    height = options.height ?? 360;
    const top = leg.height + (unit ? FONT.small + 10 : 4) + (normalize ? 4 : vs + 6);
    const probe = scaleLinear().domain([lo, hi]);
    if (!normalize) probe.nice();
    const left = tickLabelWidth(probe, f, (s) => textWidth(s, FONT.small), 5, tickFormat) + 12;
    const right = width - 4;
    const bandW = (right - left) / rows.length;
    const lines = rows.map((r) => wrap(r.label, fs, Math.max(bandW - 4, 24), 2));
    const bottomLabels = Math.max(1, ...lines.map((l) => l.length)) * fs * 1.2 + 8;
    const plotBottom = height - bottomLabels;
    const y = probe.range([plotBottom, top]);
    const x = scaleBand<number>().domain(rows.map((_, i) => i)).range([left, right]).paddingInner(0.25).paddingOuter(0.1);
    if (unit) body += text(left, leg.height + FONT.small + 4, unit, { 'text-anchor': 'end', 'font-size': FONT.small, fill: INK.muted, class: 'chart-unit' });
    body += valueAxis(tickFormat ? { scale: y, along: 'y', from: left, to: right, f, format: tickFormat } : { scale: y, along: 'y', from: left, to: right, f });
    rows.forEach((row, i) => {
      const bx = x(i) ?? 0;
      const bw = x.bandwidth();
      marks += textLines(bx + bw / 2, plotBottom + fs + 6, lines[i] ?? [], fs, { 'text-anchor': 'middle', class: 'chart-category' });
      let end = y(0);
      layers.forEach((layer, j) => {
        const seg = layer[i];
        const v = matrix[i]?.[j] ?? null;
        if (!seg || v === null || seg[0] === seg[1]) return;
        const [a, b] = [y(seg[0]), y(seg[1])];
        const fill = colors[j] ?? categorical(j);
        const label = segmentText(i, j, seg[0], seg[1]);
        const fits = Math.abs(b - a) >= vs + 4 && bw >= textWidth(label, vs) + 6;
        end = Math.min(end, a, b);
        marks += mark({
          label: row.label,
          series: names[j] ?? '',
          value: segmentValue(i, j),
          body:
            el('rect', { x: bx, y: Math.min(a, b), width: bw, height: Math.abs(b - a), fill, stroke: '#ffffff', 'stroke-width': 1 }) +
            (fits ? text(bx + bw / 2, (a + b) / 2, label, { 'text-anchor': 'middle', dy: '0.35em', 'font-size': vs, fill: textOn(fill) }) : ''),
        });
      });
      const tl = totalLabel(i);
      if (tl) marks += text(bx + bw / 2, end - 4, unit ? fmt(totals[i] ?? null, { ...f, unit: '' }) : tl, { 'text-anchor': 'middle', 'font-size': vs, 'font-weight': 'bold', class: 'chart-total' });
    });
    body += el('g', { class: 'chart-marks' }, marks);
    body += el('line', { x1: left, x2: right, y1: y(0), y2: y(0), stroke: INK.text, 'stroke-width': 1, class: 'chart-baseline' });
  }

  const full = { ...f, compact: false };
  const largest = rows.slice(0, 12).map((row, i) => {
    let best = -1;
    for (let j = 0; j < k; j++) {
      const v = matrix[i]?.[j] ?? null;
      if (v !== null && (best < 0 || v > (matrix[i]?.[best] ?? -Infinity))) best = j;
    }
    if (best < 0) return '';
    const v = matrix[i]?.[best] ?? null;
    const total = positiveTotals[i] ?? 0;
    const share = v !== null && v > 0 && total > 0 ? ` (${pct(v / total)})` : '';
    return `${row.label}: komponen terbesar ${names[best]} ${fmtFull(v, full)}${share}`;
  });
  const desc = sentences(
    options.description,
    `Diagram batang bertumpuk${normalize ? ' 100%' : ''} dengan ${rows.length} kategori dan ${k} komponen (${names.join(', ')})`,
    normalize ? '' : extremesSentence(rows.map((r, i) => ({ label: r.label, value: totals[i] ?? null })), full, 'Total'),
    ...largest,
    missingSentence(rows.flatMap((r, i) => names.flatMap((name, j) => (matrix[i]?.[j] === null ? [`${r.label} (${name})`] : [])))),
  );
  return svgDocument({ options, kind, width, height, desc, body });
}
