/**
 * Sparkline for indicator cards: a tiny trend line without axes. It keeps an
 * accessible name and a <desc> with the change and extremes; marks are not
 * focusable by default because cards are often links (no nested interactives).
 */
import { line, scaleLinear } from 'd3';
import { formatNumber } from '../core/format.ts';
import { extremes, missingSentence } from './describe.ts';
import { categorical } from './palette.ts';
import { el, emptyChart, fmt, fmtFull, fmtX, mark, sentences, svgDocument, valueFormat } from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface SparklineOptions extends ChartOptions {
  /** Labels for the points (usually years); used in the desc and per-point titles. */
  labels?: readonly (number | string)[];
  /** Make point marks keyboard-focusable. Default false (see module comment). */
  focusable?: boolean;
  color?: string;
}

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

/** "naik 3,9%" / "turun 1,2%" / "tetap" between two values. */
export function changeWords(from: number, to: number): string {
  if (from === to) return 'tetap';
  if (from === 0) return to > from ? 'naik' : 'turun';
  const pct = ((to - from) / Math.abs(from)) * 100;
  return `${pct > 0 ? 'naik' : 'turun'} ${formatNumber(Math.abs(pct), 1)}%`;
}

export function sparkline(values: readonly (number | null)[], options: SparklineOptions): string {
  const kind = 'sparkline';
  const width = options.width ?? 120;
  const height = options.height ?? 32;
  const vals = values.map(clean);
  const defined = vals.filter((v): v is number => v !== null);
  if (defined.length === 0) return emptyChart({ ...options, width: Math.max(width, 120) }, kind);

  const f = valueFormat(options, defined);
  const labels = vals.map((_, i) => {
    const l = options.labels?.[i];
    return l === undefined ? `Titik ${i + 1}` : fmtX(l);
  });
  const pad = 4;
  const lo = Math.min(...defined);
  const hi = Math.max(...defined);
  const x = scaleLinear().domain([0, Math.max(1, vals.length - 1)]).range([pad, width - pad]);
  const y = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([height - pad, pad]);
  const color = options.color ?? categorical(0);
  const d = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i))
    .y((v) => y(v ?? 0))
    .digits(2)(vals);

  let lastIdx = -1;
  vals.forEach((v, i) => {
    if (v !== null) lastIdx = i;
  });
  let marks = '';
  vals.forEach((v, i) => {
    if (v === null) return;
    const isLast = i === lastIdx;
    marks += mark({
      label: labels[i] ?? '',
      value: fmt(v, f),
      focusable: options.focusable ?? false,
      className: isLast ? 'mark--last' : '',
      // Invisible hit targets keep hover tooltips; only the latest value gets a visible dot.
      body: el('circle', { cx: x(i), cy: y(v), r: isLast ? 2.5 : 3, fill: color, 'fill-opacity': isLast ? undefined : 0 }),
    });
  });
  const body = el('path', { d: d ?? '', fill: 'none', stroke: color, 'stroke-width': 1.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', class: 'chart-line' }) + el('g', { class: 'chart-marks' }, marks);

  const full = { ...f, compact: false };
  const pts = vals.map((v, i) => ({ label: labels[i] ?? '', value: v }));
  const def = pts.filter((p): p is { label: string; value: number } => p.value !== null);
  const first = def[0];
  const last = def[def.length - 1];
  const e = extremes(pts);
  const desc = sentences(
    options.description,
    first && last && first !== last
      ? `Grafik garis mini ${first.label}–${last.label}: dari ${fmtFull(first.value, full)} menjadi ${fmtFull(last.value, full)} (${changeWords(first.value, last.value)})`
      : first
        ? `Grafik garis mini: ${first.label} ${fmtFull(first.value, full)}`
        : '',
    e && def.length > 2 ? `Tertinggi ${e.max.label} ${fmtFull(e.max.value, full)}; terendah ${e.min.label} ${fmtFull(e.min.value, full)}` : '',
    missingSentence(pts.filter((p) => p.value === null).map((p) => p.label)),
  );
  return svgDocument({ options, kind, width, height, desc, body });
}
