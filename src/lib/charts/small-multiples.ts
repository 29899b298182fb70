/**
 * Small multiples: one small line or bar chart per panel (e.g. per
 * kecamatan), all on the SAME value scale so panels compare honestly.
 */
import { line, scaleBand, scaleLinear } from 'd3';
import { tickLabelWidth } from './axis.ts';
import { extremesSentence, missingSentence } from './describe.ts';
import { valueDomain } from './line.ts';
import { INK, categorical } from './palette.ts';
import {
  DEFAULT_WIDTH,
  FONT,
  el,
  emptyChart,
  fmt,
  fmtFull,
  fmtTick,
  fmtX,
  mark,
  sentences,
  svgDocument,
  text,
  textWidth,
  truncate,
  valueFormat,
} from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface SmallMultiplesPanel {
  label: string;
  /** One value per x position; null = missing. */
  values: readonly (number | null)[];
}

export interface SmallMultiplesOptions extends ChartOptions {
  /** Shared x positions (years or categories). */
  x: readonly (number | string)[];
  /** Default 'line'. */
  kind?: 'line' | 'bar';
  /** Panels per row (default: up to 3). */
  columns?: number;
  /** Include zero in the shared scale (always true for bars). */
  zero?: boolean;
  /** Height of each panel's plot area in viewBox units. Default 80. */
  panelHeight?: number;
  color?: string;
}

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

type Pt = { i: number; v: number | null };

export function smallMultiples(panels: readonly SmallMultiplesPanel[], options: SmallMultiplesOptions): string {
  const chartKind = options.kind ?? 'line';
  const kind = `multiples chart-svg--multiples-${chartKind}`;
  const xs = options.x;
  const all = panels.flatMap((p) => xs.map((_, i) => clean(p.values[i])));
  const defined = all.filter((v): v is number => v !== null);
  if (panels.length === 0 || xs.length === 0 || defined.length === 0) return emptyChart(options, kind);

  const f = valueFormat(options, defined);
  const width = options.width ?? DEFAULT_WIDTH;
  const cols = Math.max(1, Math.min(options.columns ?? 3, panels.length));
  const rowsN = Math.ceil(panels.length / cols);
  const gapX = 18;
  const gapY = 16;
  const panelW = (width - gapX * (cols - 1)) / cols;
  const plotH = options.panelHeight ?? 80;
  // Two header lines plus room for the top tick label, which is centred on the top gridline.
  const headH = FONT.base * 2 + 10 + FONT.small / 2 + 4;
  const footH = FONT.small + 8;
  const panelH = headH + plotH + footH;
  const color = options.color ?? categorical(0);
  const xLabels = xs.map(fmtX);

  // One scale for every panel: that is the point of small multiples.
  const y = scaleLinear().domain(valueDomain(defined, chartKind === 'bar' || (options.zero ?? false))).nice(3);
  const ticks = y.ticks(3);
  const axisW = tickLabelWidth(y, f, (s) => textWidth(s, FONT.small), 3) + 10;

  let body = '';
  panels.forEach((p, pi) => {
    const col = pi % cols;
    const row = Math.floor(pi / cols);
    const px = col * (panelW + gapX);
    const py = row * (panelH + gapY);
    const left = px + axisW;
    const right = px + panelW - 4;
    const top = py + headH;
    const bottom = top + plotH;
    y.range([bottom, top]);
    const vals = xs.map((_, i) => clean(p.values[i]));
    let lastIdx = -1;
    vals.forEach((v, i) => {
      if (v !== null) lastIdx = i;
    });
    const lastV = lastIdx >= 0 ? (vals[lastIdx] ?? null) : null;

    let g = text(px, py + FONT.base + 2, truncate(p.label, FONT.base * 1.1, panelW), { 'font-weight': 'bold', class: 'chart-panel-title' });
    g += text(px, py + FONT.base * 2 + 6, lastIdx >= 0 ? `${xLabels[lastIdx] ?? ''}: ${fmt(lastV, f)}` : 'tidak ada data', { 'font-size': FONT.small, fill: INK.muted });
    let axis = '';
    for (const t of ticks) {
      axis += el('line', { x1: left, x2: right, y1: y(t), y2: y(t), stroke: INK.grid });
      axis += text(left - 4, y(t), fmtTick(t, f), { 'text-anchor': 'end', dy: '0.35em', 'font-size': FONT.small, fill: INK.muted });
    }
    const first = xLabels[0] ?? '';
    const last = xLabels[xLabels.length - 1] ?? '';
    const domain = y.domain() as [number, number];
    const zeroY = domain[0] <= 0 && domain[1] >= 0 ? y(0) : bottom;
    g += el('g', { class: 'chart-axis', 'aria-hidden': 'true' }, axis);

    let marks = '';
    if (chartKind === 'bar') {
      const xb = scaleBand<number>().domain(xs.map((_, i) => i)).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
      vals.forEach((v, i) => {
        if (v === null) return;
        marks += mark({
          label: xLabels[i] ?? '',
          series: p.label,
          value: fmt(v, f),
          body: el('rect', { x: xb(i) ?? left, y: Math.min(zeroY, y(v)), width: xb.bandwidth(), height: Math.abs(zeroY - y(v)), fill: color }),
        });
      });
      g += text(xb(0) ?? left, bottom + FONT.small + 4, first, { 'font-size': FONT.small, fill: INK.muted });
      if (xs.length > 1) g += text((xb(xs.length - 1) ?? right) + xb.bandwidth(), bottom + FONT.small + 4, last, { 'text-anchor': 'end', 'font-size': FONT.small, fill: INK.muted });
    } else {
      const xl = scaleLinear().domain([0, Math.max(1, xs.length - 1)]).range([left + 4, right - 4]);
      const d = line<Pt>()
        .defined((pt) => pt.v !== null)
        .x((pt) => xl(pt.i))
        .y((pt) => y(pt.v ?? 0))
        .digits(2)(vals.map((v, i) => ({ i, v })));
      marks += el('path', { d: d ?? '', fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-linejoin': 'round', class: 'chart-line' });
      vals.forEach((v, i) => {
        if (v === null) return;
        marks += mark({
          label: xLabels[i] ?? '',
          series: p.label,
          value: fmt(v, f),
          body: el('circle', { cx: xl(i), cy: y(v), r: 2.5, fill: color }),
        });
      });
      g += text(xl(0), bottom + FONT.small + 4, first, { 'text-anchor': 'start', 'font-size': FONT.small, fill: INK.muted });
      if (xs.length > 1) g += text(xl(xs.length - 1), bottom + FONT.small + 4, last, { 'text-anchor': 'end', 'font-size': FONT.small, fill: INK.muted });
    }
    g += el('line', { x1: left, x2: right, y1: zeroY, y2: zeroY, stroke: zeroY === bottom && domain[0] > 0 ? INK.axis : INK.text });
    g += el('g', { class: 'chart-marks' }, marks);
    body += el('g', { class: 'chart-panel', 'data-panel': p.label }, g);
  });

  const full = { ...f, compact: false };
  const lastOf = (p: SmallMultiplesPanel): number | null => {
    for (let i = xs.length - 1; i >= 0; i--) {
      const v = clean(p.values[i]);
      if (v !== null) return v;
    }
    return null;
  };
  const [d0, d1] = y.domain() as [number, number];
  const desc = sentences(
    options.description,
    `Kumpulan ${panels.length} grafik ${chartKind === 'bar' ? 'batang' : 'garis'} kecil (${panels.map((p) => p.label).join(', ')}), ${xLabels.length > 1 ? `${xLabels[0]}–${xLabels[xLabels.length - 1]}` : (xLabels[0] ?? '')}, dengan skala sumbu yang sama ${fmtFull(d0, full)} sampai ${fmtFull(d1, full)}`,
    extremesSentence(panels.map((p) => ({ label: p.label, value: lastOf(p) })), full, 'Nilai terakhir'),
    extremesSentence(
      panels.flatMap((p) => xs.map((_, i) => ({ label: `${p.label} ${xLabels[i] ?? ''}`, value: clean(p.values[i]) }))),
      full,
      'Seluruh nilai:',
    ),
    missingSentence(panels.flatMap((p) => xs.flatMap((_, i) => (clean(p.values[i]) === null ? [`${p.label} ${xLabels[i] ?? ''}`] : [])))),
  );
  return svgDocument({ options, kind, width, height: rowsN * panelH + (rowsN - 1) * gapY + 4, desc, body });
}
