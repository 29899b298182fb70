/** Value-axis gridlines and id-ID tick labels shared by bar, line and stacked charts. */
import type { ScaleLinear } from 'd3';
import { INK } from './palette.ts';
import { FONT, el, fmtTick, text, textWidth, type ValueFormat } from './svg.ts';

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
  // Whole-number values (counts, decimals: 0) get whole-number ticks: half an application means nothing.
  const ticks = fittingTicks(p.scale, p.along, format, p.count ?? 5).filter((t) => p.f.decimals !== 0 || Number.isInteger(t));
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
  // Before the range is known every tick may be shown, so measure them all (a safe upper bound).
  return Math.max(0, ...scale.ticks(count).map((t) => measure(fmt(t))));
}

/** Fewer ticks until neighbouring labels no longer collide (narrow viewBoxes, long labels like "Rp800 miliar"). */
export function fittingTicks(scale: ScaleLinear<number, number>, along: 'x' | 'y', format: (v: number) => string, count = 5): number[] {
  for (let c = count; c > 1; c--) {
    const ticks = scale.ticks(c);
    let ok = true;
    for (let i = 1; i < ticks.length && ok; i++) {
      const a = ticks[i - 1] ?? 0;
      const b = ticks[i] ?? 0;
      const gap = Math.abs(scale(b) - scale(a));
      const need = along === 'x' ? (textWidth(format(a), FONT.small) + textWidth(format(b), FONT.small)) / 2 + 8 : FONT.small + 4;
      if (gap < need) ok = false;
    }
    if (ok) return ticks;
  }
  return scale.ticks(1);
}
