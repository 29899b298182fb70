/** Value-axis gridlines and id-ID tick labels shared by bar, line and stacked charts. */
import type { ScaleLinear } from 'd3';
import { INK } from './palette.ts';
import { FONT, el, fmtTick, text, type ValueFormat } from './svg.ts';

/**
 * Gridlines plus tick labels for a linear value scale.
 * `along: 'x'` = values run left→right (ticks under the plot from `from` to `to` in y);
 * `along: 'y'` = values run bottom→top (ticks left of the plot, lines from `from` to `to` in x).
 */
export function valueAxis(p: {
  scale: ScaleLinear<number, number>;
  along: 'x' | 'y';
  from: number;
  to: number;
  f: ValueFormat;
  count?: number;
  format?: (v: number) => string;
}): string {
  const format = p.format ?? ((v: number) => fmtTick(v, p.f));
  const ticks = p.scale.ticks(p.count ?? 5);
  let grid = '';
  let labels = '';
  for (const t of ticks) {
    const pos = p.scale(t);
    if (p.along === 'x') {
      grid += el('line', { x1: pos, x2: pos, y1: p.from, y2: p.to, stroke: INK.grid, 'stroke-width': 1 });
      labels += text(pos, p.to + FONT.small + 4, format(t), { 'text-anchor': 'middle', 'font-size': FONT.small, fill: INK.muted });
    } else {
      grid += el('line', { x1: p.from, x2: p.to, y1: pos, y2: pos, stroke: INK.grid, 'stroke-width': 1 });
      labels += text(p.from - 6, pos, format(t), { 'text-anchor': 'end', dy: '0.35em', 'font-size': FONT.small, fill: INK.muted });
    }
  }
  return el('g', { class: 'chart-axis chart-axis--value', 'aria-hidden': 'true' }, grid + labels);
}

/** Widest tick label, for sizing the margin that holds them. */
export function tickLabelWidth(scale: ScaleLinear<number, number>, f: ValueFormat, measure: (s: string) => number, count = 5, format?: (v: number) => string): number {
  const fmt = format ?? ((v: number) => fmtTick(v, f));
  return Math.max(0, ...scale.ticks(count).map((t) => measure(fmt(t))));
}
