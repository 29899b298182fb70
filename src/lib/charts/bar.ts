/**
 * Bar chart: horizontal (default, long category names stay readable) or
 * vertical, single or grouped series, optional sorting, direct value labels
 * at bar ends and a zero baseline so negatives extend the other way.
 */
import { scaleBand, scaleLinear } from 'd3';
import { valueAxis, tickLabelWidth } from './axis.ts';
import { extremesSentence, missingSentence } from './describe.ts';
import { INK, categorical } from './palette.ts';
import {
  DEFAULT_WIDTH,
  FONT,
  MISSING,
  axisUnitLabel,
  el,
  emptyChart,
  fmt,
  fmtTick,
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
  type ValueFormat,
} from './svg.ts';
import type { ChartOptions, Datum, GroupDatum, Orientation } from './types.ts';

export type SortOrder = 'none' | 'ascending' | 'descending';

export interface BarChartOptions extends ChartOptions {
  /** Default 'horizontal'. */
  orientation?: Orientation;
  /** Series names for grouped rows (`values`); shown in a legend. */
  series?: readonly string[];
  /** Sort by the (first series') value; missing values go last. Default 'none'. */
  sort?: SortOrder;
  /** Label of a category to emphasise (outline + bold label). */
  highlight?: string;
  /** Override series colours (defaults to Okabe–Ito). */
  colors?: readonly string[];
}

interface Row {
  label: string;
  values: readonly (number | null)[];
}

function toRows(rows: readonly (Datum | GroupDatum)[]): Row[] {
  return rows.map((r) => ('values' in r ? { label: r.label, values: r.values } : { label: r.label, values: [r.value] }));
}

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

export function sortRows<T extends { values: readonly (number | null)[] }>(rows: readonly T[], order: SortOrder): T[] {
  if (order === 'none') return [...rows];
  const dir = order === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable, so equal values keep their input order (deterministic).
  return [...rows].sort((a, b) => {
    const va = clean(a.values[0]);
    const vb = clean(b.values[0]);
    if (va === null && vb === null) return 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return (va - vb) * dir;
  });
}

export function barChart(input: readonly (Datum | GroupDatum)[], options: BarChartOptions): string {
  const orientation = options.orientation ?? 'horizontal';
  const kind = `bar chart-svg--bar-${orientation}`;
  const rows = sortRows(toRows(input), options.sort ?? 'none');
  const k = Math.max(1, ...rows.map((r) => r.values.length));
  const all = rows.flatMap((r) => Array.from({ length: k }, (_, j) => clean(r.values[j])));
  if (rows.length === 0 || all.every((v) => v === null)) return emptyChart(options, kind);

  const names = Array.from({ length: k }, (_, j) => options.series?.[j] ?? (k === 1 ? options.title : `Seri ${j + 1}`));
  const colors = names.map((_, j) => options.colors?.[j] ?? categorical(j));
  const f = valueFormat(options, all);
  const defined = all.filter((v): v is number => v !== null);
  const lo = Math.min(0, ...defined);
  const hi = Math.max(0, ...defined);

  const desc = sentences(
    options.description,
    `Diagram batang ${orientation === 'horizontal' ? 'horizontal' : 'vertikal'} dengan ${rows.length} kategori${k > 1 ? ` dalam ${k} seri (${names.join(', ')})` : ''}`,
    options.sort === 'descending' ? 'Diurutkan dari nilai terbesar' : options.sort === 'ascending' ? 'Diurutkan dari nilai terkecil' : '',
    ...names.map((name, j) =>
      extremesSentence(
        rows.map((r) => ({ label: r.label, value: clean(r.values[j]) })),
        { ...f, compact: false },
        k > 1 ? `${name}: nilai` : 'Nilai',
      ),
    ),
    lo < 0 ? 'Nilai negatif digambar ke arah berlawanan dari garis nol' : '',
    missingSentence(
      rows.flatMap((r) =>
        names.flatMap((name, j) => (clean(r.values[j]) === null ? [k > 1 ? `${r.label} (${name})` : r.label] : [])),
      ),
    ),
  );

  const ctx: Layout = { rows, k, names, colors, f, lo, hi, options };
  const { width, height, body } = orientation === 'horizontal' ? horizontal(ctx) : vertical(ctx);
  return svgDocument({ options, kind, width, height, desc, body });
}

interface Layout {
  rows: Row[];
  k: number;
  names: string[];
  colors: string[];
  f: ValueFormat;
  lo: number;
  hi: number;
  options: BarChartOptions;
  /** Width of the category-label column, when several panels must line up. */
  labelWidth?: number;
}

function barMark(ctx: Layout, row: Row, j: number, shape: string, valueText: string): string {
  const v = clean(row.values[j]);
  const highlighted = ctx.options.highlight !== undefined && row.label === ctx.options.highlight;
  const p: Parameters<typeof mark>[0] = {
    label: row.label,
    value: fmt(v, ctx.f),
    body: shape + valueText,
    className: v === null ? 'mark--missing' : highlighted ? 'mark--highlight' : '',
  };
  if (ctx.k > 1) p.series = ctx.names[j] ?? '';
  return mark(p);
}

/**
 * textWidth() is an estimate; fonts that run wider than it (DejaVu Sans, Debian's default) would push
 * a right-aligned label past the left edge and cut its first letters. Category labels reserve this much more.
 */
const LABEL_SAFETY = 1.15;

function categoryLabelWidth(rows: readonly Row[], width: number): number {
  return Math.min(Math.max(...rows.map((r) => textWidth(r.label, FONT.base) * LABEL_SAFETY)) + 16, width * 0.38);
}

export interface BarPanel {
  /** Panel heading, e.g. the unit "Buah". */
  heading: string;
  /** Unit of this panel's values. */
  unit?: string;
  rows: readonly Datum[];
}

/**
 * Horizontal bars in stacked panels, each with its OWN value scale: for values in
 * different units (buah, kg, helai) that must not share an axis. Bars compare only
 * within a panel; the <desc> says so.
 */
export function barPanels(panels: readonly BarPanel[], options: ChartOptions): string {
  const kind = 'bar chart-svg--bar-panels';
  const width = options.width ?? DEFAULT_WIDTH;
  const live = panels.filter((p) => p.rows.some((r) => clean(r.value) !== null));
  if (live.length === 0) return emptyChart(options, kind);
  const labelW = categoryLabelWidth(live.flatMap((p) => toRows(p.rows)), width);
  const headH = FONT.base + 8;
  let y = 0;
  let body = '';
  const said: string[] = [];
  for (const p of live) {
    const rows = toRows(p.rows);
    const values = rows.map((r) => clean(r.values[0]));
    const defined = values.filter((v): v is number => v !== null);
    const panelOptions: BarChartOptions = { ...options, ...(p.unit === undefined ? {} : { unit: p.unit }) };
    const f = valueFormat(panelOptions, values);
    const ctx: Layout = { rows, k: 1, names: [p.heading], colors: [categorical(0)], f, lo: Math.min(0, ...defined), hi: Math.max(0, ...defined), options: panelOptions, labelWidth: labelW };
    const panel = horizontal(ctx);
    const g = text(0, FONT.base + 2, truncate(p.heading, FONT.base, width), { 'font-weight': 'bold', class: 'chart-panel-title' }) + el('g', { transform: `translate(0,${headH})` }, panel.body);
    body += el('g', { class: 'chart-panel', 'data-panel': p.heading, transform: y === 0 ? undefined : `translate(0,${y})` }, g);
    y += headH + panel.height + 8;
    said.push(extremesSentence(rows.map((r) => ({ label: r.label, value: clean(r.values[0]) })), { ...f, compact: false }, `${p.heading}: nilai`));
  }
  const desc = sentences(
    options.description,
    `Diagram batang horizontal dalam ${live.length} panel (${live.map((p) => p.heading).join(', ')}), masing-masing dengan skala sendiri; panjang batang hanya dapat dibandingkan di dalam satu panel`,
    ...said,
  );
  return svgDocument({ options, kind, width, height: y - 8, desc, body });
}

function horizontal(ctx: Layout): { width: number; height: number; body: string } {
  const { rows, k, f } = ctx;
  const width = ctx.options.width ?? DEFAULT_WIDTH;
  const fs = FONT.base;
  const vs = FONT.small;
  const leg = k > 1 ? legend(ctx.names.map((name, j) => ({ name, color: ctx.colors[j] ?? categorical(j) })), 4, 4, width - 8) : { svg: '', height: 0 };
  const top = leg.height + 8;
  const rowH = k === 1 ? 30 : k * 18 + 14;
  const plotH = rows.length * rowH;
  const labelW = ctx.labelWidth ?? categoryLabelWidth(rows, width);

  const values = rows.flatMap((r) => r.values.map(clean));
  const posLabel = Math.max(values.includes(null) ? textWidth(MISSING, vs) : 0, ...values.map((v) => (v !== null && v >= 0 ? textWidth(fmt(v, f), vs) : 0))) + 8;
  const negLabel = Math.max(0, ...values.map((v) => (v !== null && v < 0 ? textWidth(fmt(v, f), vs) : 0))) + (ctx.lo < 0 ? 8 : 0);
  const x = scaleLinear()
    .domain([ctx.lo, ctx.hi === ctx.lo ? ctx.lo + 1 : ctx.hi])
    .range([labelW + negLabel, width - posLabel])
    .nice();
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([top, top + plotH])
    .paddingInner(k === 1 ? 0.3 : 0.2)
    .paddingOuter(0.15);
  const sub = scaleBand<number>()
    .domain(Array.from({ length: k }, (_, j) => j))
    .range([0, y.bandwidth()])
    .paddingInner(0.1);
  const x0 = x(0);

  const axisY = top + plotH;
  let body = leg.svg;
  // Value labels already carry the unit, so no separate axis unit label is needed here.
  body += valueAxis({ scale: x, along: 'x', from: top, to: axisY, f });

  let marks = '';
  rows.forEach((row, i) => {
    const by = y(i) ?? 0;
    const highlighted = ctx.options.highlight !== undefined && row.label === ctx.options.highlight;
    marks += text(labelW - 8, by + y.bandwidth() / 2, truncate(row.label, fs, (labelW - 12) / LABEL_SAFETY), {
      'text-anchor': 'end',
      dy: '0.35em',
      class: 'chart-category',
      'font-weight': highlighted ? 'bold' : undefined,
    });
    for (let j = 0; j < k; j++) {
      const v = clean(row.values[j]);
      const sy = by + (sub(j) ?? 0);
      const sh = sub.bandwidth();
      const cy = sy + sh / 2;
      if (v === null) {
        marks += barMark(ctx, row, j, '', text(x0 + 4, cy, MISSING, { dy: '0.35em', 'font-size': vs, 'font-style': 'italic', fill: INK.muted }));
        continue;
      }
      const xv = x(v);
      const shape = el('rect', {
        x: Math.min(x0, xv),
        y: sy,
        width: Math.abs(xv - x0),
        height: sh,
        fill: ctx.colors[j] ?? categorical(j),
        stroke: highlighted ? INK.highlight : undefined,
        'stroke-width': highlighted ? 2 : undefined,
      });
      const label = text(v < 0 ? xv - 4 : xv + 4, cy, fmt(v, f), {
        'text-anchor': v < 0 ? 'end' : 'start',
        dy: '0.35em',
        'font-size': k > 2 ? vs - 1 : vs,
        class: 'chart-value',
        'font-weight': highlighted ? 'bold' : undefined,
      });
      marks += barMark(ctx, row, j, shape, label);
    }
  });
  body += el('g', { class: 'chart-marks' }, marks);
  body += el('line', { x1: x0, x2: x0, y1: top - 2, y2: axisY, stroke: INK.text, 'stroke-width': 1, class: 'chart-baseline' });
  return { width, height: axisY + FONT.small + 10, body };
}

function vertical(ctx: Layout): { width: number; height: number; body: string } {
  const { rows, k, f } = ctx;
  const width = ctx.options.width ?? DEFAULT_WIDTH;
  const height = ctx.options.height ?? 360;
  const fs = FONT.base;
  const vs = k > 2 ? FONT.small - 1 : FONT.small;
  const leg = k > 1 ? legend(ctx.names.map((name, j) => ({ name, color: ctx.colors[j] ?? categorical(j) })), 4, 4, width - 8) : { svg: '', height: 0 };
  const unit = axisUnitLabel(f);
  // Plain units live in the axis unit label, so value labels stay narrow enough for columns.
  const valueLabel = (v: number): string => (unit ? fmtTick(v, f) : fmt(v, f));
  const top = leg.height + (unit ? FONT.small + 10 : 4) + vs + 6;

  const probe = scaleLinear().domain([ctx.lo, ctx.hi === ctx.lo ? ctx.lo + 1 : ctx.hi]).nice();
  const left = tickLabelWidth(probe, f, (s) => textWidth(s, FONT.small)) + 12;
  const right = width - 4;
  const bandW = (right - left) / rows.length;
  const lines = rows.map((r) => wrap(r.label, fs, Math.max(bandW - 4, 24), 2));
  const nLines = Math.max(1, ...lines.map((l) => l.length));
  const bottomLabels = nLines * fs * 1.2 + 8;
  const negRoom = ctx.lo < 0 ? vs + 6 : 0;
  const plotBottom = height - bottomLabels - negRoom;

  const yScale = scaleLinear().domain(probe.domain()).range([plotBottom, top]);
  const x = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([left, right])
    .paddingInner(k === 1 ? 0.25 : 0.2)
    .paddingOuter(0.1);
  const sub = scaleBand<number>()
    .domain(Array.from({ length: k }, (_, j) => j))
    .range([0, x.bandwidth()])
    .paddingInner(0.08);
  const y0 = yScale(0);

  let body = leg.svg;
  if (unit) body += text(left, leg.height + FONT.small + 4, unit, { 'text-anchor': 'end', 'font-size': FONT.small, fill: INK.muted, class: 'chart-unit' });
  body += valueAxis({ scale: yScale, along: 'y', from: left, to: right, f });

  let marks = '';
  rows.forEach((row, i) => {
    const bx = x(i) ?? 0;
    const highlighted = ctx.options.highlight !== undefined && row.label === ctx.options.highlight;
    marks += textLines(bx + x.bandwidth() / 2, height - bottomLabels + fs + 2, lines[i] ?? [], fs, {
      'text-anchor': 'middle',
      class: 'chart-category',
      'font-weight': highlighted ? 'bold' : undefined,
    });
    for (let j = 0; j < k; j++) {
      const v = clean(row.values[j]);
      const sx = bx + (sub(j) ?? 0);
      const sw = sub.bandwidth();
      const cx = sx + sw / 2;
      if (v === null) {
        marks += barMark(ctx, row, j, '', text(cx, y0 - 4, '–', { 'text-anchor': 'middle', 'font-size': vs, fill: INK.muted }));
        continue;
      }
      const yv = yScale(v);
      const shape = el('rect', {
        x: sx,
        y: Math.min(y0, yv),
        width: sw,
        height: Math.abs(y0 - yv),
        fill: ctx.colors[j] ?? categorical(j),
        stroke: highlighted ? INK.highlight : undefined,
        'stroke-width': highlighted ? 2 : undefined,
      });
      const label = text(cx, v < 0 ? yv + vs + 2 : yv - 4, valueLabel(v), {
        'text-anchor': 'middle',
        'font-size': vs,
        class: 'chart-value',
        'font-weight': highlighted ? 'bold' : undefined,
      });
      marks += barMark(ctx, row, j, shape, label);
    }
  });
  body += el('g', { class: 'chart-marks' }, marks);
  body += el('line', { x1: left, x2: right, y1: y0, y2: y0, stroke: INK.text, 'stroke-width': 1, class: 'chart-baseline' });
  return { width, height, body };
}
