/**
 * Bullet chart: realisation bar against a target tick per item (IKU, SPM
 * coverage, budget absorption), with the achievement % written out so the
 * reading never depends on colour or on judging lengths.
 */
import { scaleLinear } from 'd3';
import { formatNumber } from '../core/format.ts';
import { missingSentence } from './describe.ts';
import { INK } from './palette.ts';
import {
  DEFAULT_WIDTH,
  FONT,
  el,
  emptyChart,
  fmt,
  fmtFull,
  mark,
  sentences,
  svgDocument,
  text,
  textLines,
  textWidth,
  valueFormat,
  wrap,
  type ValueFormat,
} from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface BulletRow {
  label: string;
  target: number | null;
  actual: number | null;
  /** Per-item unit (overrides options.unit), for mixed indicator lists. */
  unit?: string;
  /** Unit of the target when the source prints it differently from the realisation ('' = none printed). */
  targetUnit?: string;
  /** For indicators where less is better (e.g. kemiskinan): achievement = target / actual. */
  lowerIsBetter?: boolean;
}

export interface BulletChartOptions extends ChartOptions {
  /** One scale for all rows (default true when all rows share a unit). */
  sharedScale?: boolean;
  /** Fixed scale maximum (e.g. 100 for percentages). */
  max?: number;
}

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

/** Achievement in percent, or null when it cannot be computed (missing or zero divisor). */
export function achievement(row: Pick<BulletRow, 'target' | 'actual' | 'lowerIsBetter'>): number | null {
  const t = clean(row.target);
  const a = clean(row.actual);
  if (t === null || a === null) return null;
  if (row.lowerIsBetter) return a === 0 ? null : (t / a) * 100;
  return t === 0 ? null : (a / t) * 100;
}

const COLORS = { actual: '#08519c', target: '#000000' } as const;

export function bulletChart(rows: readonly BulletRow[], options: BulletChartOptions): string {
  const kind = 'bullet';
  if (rows.length === 0 || rows.every((r) => clean(r.target) === null && clean(r.actual) === null)) return emptyChart(options, kind);

  const width = options.width ?? DEFAULT_WIDTH;
  const fs = FONT.base;
  const vs = FONT.small;
  const units = new Set(rows.map((r) => r.unit ?? options.unit ?? ''));
  const shared = options.sharedScale ?? units.size === 1;
  const formats: ValueFormat[] = rows.map((r) => {
    const unit = r.unit ?? options.unit;
    return valueFormat({ ...options, ...(unit === undefined ? {} : { unit }) }, [r.target, r.actual]);
  });
  // The target keeps its own printed unit: "Target 50" stays 50, not 50%, beside "Realisasi 55%".
  const targetFormats: ValueFormat[] = rows.map((r, i) => {
    if (r.targetUnit === undefined) return formats[i] ?? valueFormat(options, []);
    const { unit: _unit, ...rest } = options;
    return valueFormat(r.targetUnit ? { ...rest, unit: r.targetUnit } : rest, [r.target, r.actual]);
  });
  const extent = (r: BulletRow): [number, number] => {
    const vs2 = [clean(r.target), clean(r.actual)].filter((v): v is number => v !== null);
    return [Math.min(0, ...vs2), Math.max(0, options.max ?? 0, ...vs2)];
  };
  const sharedLo = Math.min(...rows.map((r) => extent(r)[0]));
  const sharedHi = Math.max(...rows.map((r) => extent(r)[1]));

  const achW = textWidth('Capaian 100,0%', vs) * 1.2 + 12; // bold text runs wider than the estimate
  const stripL = 4;
  const stripR = width - achW - 4;
  const stripH = 20;

  let y = 4;
  let marks = '';
  rows.forEach((r, i) => {
    const f = formats[i] ?? valueFormat(options, []);
    const tf = targetFormats[i] ?? f;
    const [lo0, hi0] = shared ? [sharedLo, sharedHi] : extent(r);
    // 5 % headroom so a target tick at the maximum is not drawn on the edge.
    const x = scaleLinear().domain([lo0, hi0 === lo0 ? lo0 + 1 : hi0 * 1.05]).range([stripL, stripR]);
    const lines = wrap(r.label, fs * 1.1, width - 8, 2);
    const labelH = lines.length * fs * 1.2;
    const label = textLines(stripL, y + fs, lines, fs, { 'font-weight': 'bold', class: 'chart-category' });
    const sy = y + labelH + 6;
    const t = clean(r.target);
    const a = clean(r.actual);
    const pct = achievement(r);
    const x0 = x(0);
    let shape = el('rect', { x: stripL, y: sy, width: stripR - stripL, height: stripH, fill: INK.track });
    if (a !== null) shape += el('rect', { x: Math.min(x0, x(a)), y: sy + stripH / 4, width: Math.abs(x(a) - x0), height: stripH / 2, fill: COLORS.actual, class: 'chart-actual' });
    if (t !== null) shape += el('rect', { x: x(t) - 1.5, y: sy - 3, width: 3, height: stripH + 6, fill: COLORS.target, class: 'chart-target' });
    const pctText = pct === null ? 'Capaian –' : `Capaian ${formatNumber(pct, 1)}%`;
    shape += text(width - 4, sy + stripH / 2, pctText, { 'text-anchor': 'end', dy: '0.35em', 'font-size': vs, 'font-weight': 'bold', class: 'chart-achievement' });
    const caption = `Realisasi ${fmt(a, f)} · Target ${fmt(t, tf)}${r.lowerIsBetter ? ' (makin kecil makin baik)' : ''}`;
    shape += text(stripL, sy + stripH + vs + 4, caption, { 'font-size': vs, fill: INK.muted, class: 'chart-caption' });
    marks +=
      label +
      mark({
        label: r.label,
        value: `realisasi ${fmt(a, f)}, target ${fmt(t, tf)}, capaian ${pct === null ? '–' : `${formatNumber(pct, 1)}%`}`,
        body: shape,
        className: pct !== null && pct >= 100 ? 'mark--achieved' : '',
        extra: { 'data-achievement': pct === null ? undefined : formatNumber(pct, 1) },
      });
    y = sy + stripH + vs + 18;
  });

  const withPct = rows.map((r) => ({ label: r.label, value: achievement(r) }));
  const known = withPct.filter((p): p is { label: string; value: number } => p.value !== null);
  let best = known[0];
  let worst = known[0];
  for (const p of known) {
    if (best && p.value > best.value) best = p;
    if (worst && p.value < worst.value) worst = p;
  }
  const reached = known.filter((p) => p.value >= 100).length;
  const desc = sentences(
    options.description,
    `Diagram peluru: realisasi dibandingkan target untuk ${rows.length} indikator; batang menunjukkan realisasi dan garis tegak menunjukkan target`,
    best && worst && known.length > 1
      ? `Capaian tertinggi ${best.label} ${formatNumber(best.value, 1)}%; terendah ${worst.label} ${formatNumber(worst.value, 1)}%`
      : '',
    // Short lists are read out in full; long ones rely on the page's data table.
    ...(rows.length <= 8
      ? rows.map((r, i) => {
          const f = { ...(formats[i] ?? { compact: false }), compact: false };
          const tf = { ...(targetFormats[i] ?? f), compact: false };
          const pct = achievement(r);
          return `${r.label}: realisasi ${fmtFull(clean(r.actual), f)}, target ${fmtFull(clean(r.target), tf)}${pct === null ? '' : `, capaian ${formatNumber(pct, 1)}%`}`;
        })
      : []),
    known.length ? `${reached} dari ${known.length} indikator mencapai target` : '',
    missingSentence(withPct.filter((p) => p.value === null).map((p) => p.label)),
  );
  return svgDocument({ options, kind, width, height: y - 4, desc, body: el('g', { class: 'chart-marks' }, marks) });
}
