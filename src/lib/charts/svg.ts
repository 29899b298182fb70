/**
 * Internal building blocks shared by the chart modules: number/label
 * formatting, SVG wrapper, marks and text measurement. Not part of the
 * public API (index.ts re-exports only the charts and helpers meant for pages).
 */
import { formatCompact, formatNumber, formatWithUnit } from '../core/format.ts';
import { escapeXml } from '../core/escape.ts';
import { INK } from './palette.ts';
import type { ChartOptions } from './types.ts';

export const FONT = { small: 12, base: 13, large: 15 } as const;
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
export const DEFAULT_WIDTH = 640;
const COMPACT_FROM = 1e7;

/** Round coordinates to 2 decimals: shorter markup, and no -0 or float noise between runs. */
export function n(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const r = Math.round(x * 100) / 100;
  return String(r === 0 ? 0 : r);
}

type AttrValue = string | number | boolean | null | undefined;

/** Build an attribute string; strings are escaped, numbers rounded, false/null/undefined omitted. */
export function attrs(record: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === null || value === false) continue;
    if (value === true) out += ` ${key}`;
    else if (typeof value === 'number') out += ` ${key}="${n(value)}"`;
    else out += ` ${key}="${escapeXml(value)}"`;
  }
  return out;
}

export function el(name: string, record: Readonly<Record<string, AttrValue>>, content?: string): string {
  return content === undefined ? `<${name}${attrs(record)}/>` : `<${name}${attrs(record)}>${content}</${name}>`;
}

/** A <text> element whose content is escaped. */
export function text(x: number, y: number, content: string, record: Readonly<Record<string, AttrValue>> = {}): string {
  return el('text', { x, y, ...record }, escapeXml(content));
}

/** XML-safe id token from a caller-supplied id (deterministic, no randomness). */
export function safeId(id: string): string {
  const cleaned = id.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const base = cleaned === '' ? 'chart' : cleaned;
  return /^[A-Za-z_]/.test(base) ? base : `c-${base}`;
}

export function chartIds(id: string): { root: string; title: string; desc: string } {
  const root = safeId(id);
  return { root, title: `${root}-title`, desc: `${root}-desc` };
}

/** Rough text width; system-ui digits and Latin letters average ~0.56 em. Good enough for layout. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[ .,:;'!|il1]/.test(ch) ? 0.32 : /[MWmw%]/.test(ch) ? 0.88 : 0.6;
  return w * size;
}

/** Shorten to fit maxWidth with an ellipsis; the full text stays in the mark's <title>. */
export function truncate(s: string, size: number, maxWidth: number): string {
  if (textWidth(s, size) <= maxWidth) return s;
  const chars = [...s];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Greedy word wrap into at most maxLines lines (the last one truncated). */
export function wrap(s: string, size: number, maxWidth: number, maxLines: number): string[] {
  const words = s.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(candidate, size) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, size, maxWidth));
  // The overflow is longer than one line by construction, so truncate() adds the ellipsis.
  const kept = lines.slice(0, maxLines - 1);
  kept.push(lines.slice(maxLines - 1).join(' '));
  return kept.map((l) => truncate(l, size, maxWidth));
}

/** Multi-line text via <tspan>s, vertically centred on y when `middle`. */
export function textLines(
  x: number,
  y: number,
  lines: readonly string[],
  size: number,
  record: Readonly<Record<string, AttrValue>> = {},
  middle = false,
): string {
  const lh = size * 1.2;
  const y0 = middle ? y - ((lines.length - 1) * lh) / 2 : y;
  const spans = lines.map((line, i) => el('tspan', { x, y: y0 + i * lh }, escapeXml(line))).join('');
  return el('text', { 'font-size': size, ...record }, spans);
}

// ---------- values ----------

export interface ValueFormat {
  unit?: string;
  decimals?: number;
  compact: boolean;
}

/** Resolve how a chart labels its values: compact when asked, or automatically for very large magnitudes. */
export function valueFormat(options: Pick<ChartOptions, 'unit' | 'decimals' | 'compact'>, values: Iterable<number | null>): ValueFormat {
  let maxAbs = 0;
  for (const v of values) if (v !== null && Number.isFinite(v)) maxAbs = Math.max(maxAbs, Math.abs(v));
  const f: ValueFormat = { compact: options.compact ?? maxAbs >= COMPACT_FROM };
  if (options.unit !== undefined) f.unit = options.unit;
  if (options.decimals !== undefined) f.decimals = options.decimals;
  return f;
}

function withUnit(num: string, unit: string | undefined): string {
  if (!unit) return num;
  if (unit === '%') return `${num}%`;
  if (unit === 'Rp') return `Rp${num}`;
  return `${num} ${unit}`;
}

export const MISSING = 'tidak ada data';

/** Value label shown on the chart (compact when the format says so). */
export function fmt(v: number | null, f: ValueFormat): string {
  if (v === null || !Number.isFinite(v)) return MISSING;
  if (f.compact) return withUnit(formatCompact(v), f.unit);
  return formatWithUnit(v, f.unit, f.decimals);
}

/** Full-precision value for <desc> text, where screen-reader users need the exact figure. */
export function fmtFull(v: number | null, f: ValueFormat): string {
  if (v === null || !Number.isFinite(v)) return MISSING;
  return formatWithUnit(v, f.unit, f.decimals);
}

/** Axis tick: id-ID digits; only % and Rp are attached (other units go in the axis unit label). */
export function fmtTick(v: number, f: ValueFormat): string {
  const num = f.compact ? formatCompact(v) : formatNumber(v);
  return f.unit === '%' || f.unit === 'Rp' ? withUnit(num, f.unit) : num;
}

/** Unit label placed once near an axis for units not attached to ticks. */
export function axisUnitLabel(f: ValueFormat): string | null {
  return f.unit && f.unit !== '%' && f.unit !== 'Rp' ? f.unit : null;
}

/** Numeric x values that look like years print without a thousands separator ("2023", not "2.023"). */
export function fmtX(x: number | string): string {
  if (typeof x === 'string') return x;
  return Number.isInteger(x) && Math.abs(x) < 10000 ? String(x) : formatNumber(x);
}

// ---------- document ----------

/** Wrap a chart body in the accessible, responsive <svg> shell. */
export function svgDocument(p: {
  options: Pick<ChartOptions, 'id' | 'title'>;
  kind: string;
  width: number;
  height: number;
  desc: string;
  body: string;
  defs?: string;
}): string {
  const ids = chartIds(p.options.id);
  const open = `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    // No id on the <svg> itself (the page may use the same token for the figure); data-chart names downloads.
    'data-chart': ids.root,
    class: `chart-svg chart-svg--${p.kind}`,
    viewBox: `0 0 ${n(p.width)} ${n(Math.ceil(p.height))}`,
    width: '100%',
    preserveAspectRatio: 'xMidYMid meet',
    role: 'img',
    'aria-labelledby': ids.title,
    'aria-describedby': ids.desc,
    'font-family': FONT_FAMILY,
    'font-size': FONT.base,
    fill: INK.text,
  })}>`;
  const defs = p.defs ? `<defs>${p.defs}</defs>` : '';
  return `${open}<title id="${ids.title}">${escapeXml(p.options.title)}</title><desc id="${ids.desc}">${escapeXml(p.desc)}</desc>${defs}${p.body}</svg>`;
}

/** Placeholder for empty input: still a titled image so the page layout and a11y tree stay consistent. */
export function emptyChart(options: Pick<ChartOptions, 'id' | 'title' | 'description' | 'width'>, kind: string): string {
  const width = options.width ?? 320;
  const height = 60;
  const desc = sentences(options.description, 'Tidak ada data untuk ditampilkan.');
  const body = text(width / 2, height / 2, 'Tidak ada data', {
    'text-anchor': 'middle',
    'dominant-baseline': 'middle',
    fill: INK.muted,
    'font-size': FONT.large,
  });
  return svgDocument({ options, kind: `${kind} chart-svg--empty`, width, height, desc, body });
}

/** A focusable data mark carrying its label/value for tooltips and a <title> for assistive tech. */
export function mark(p: {
  label: string;
  value: string;
  body: string;
  series?: string;
  title?: string;
  focusable?: boolean;
  className?: string;
  extra?: Readonly<Record<string, AttrValue>>;
}): string {
  const title = p.title ?? (p.series ? `${p.series} – ${p.label}: ${p.value}` : `${p.label}: ${p.value}`);
  return `<g${attrs({
    class: p.className ? `mark ${p.className}` : 'mark',
    tabindex: p.focusable === false ? undefined : '0',
    'data-label': p.label,
    'data-series': p.series,
    'data-value': p.value,
    ...p.extra,
  })}><title>${escapeXml(title)}</title>${p.body}</g>`;
}

/** Join sentence fragments, ensuring each ends with a full stop. */
export function sentences(...parts: ReadonlyArray<string | null | undefined>): string {
  return parts
    .map((p) => (p ?? '').trim())
    .filter((p) => p !== '')
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** Horizontal legend of swatches that wraps to new lines; returns markup and its height. */
export function legend(
  items: ReadonlyArray<{ name: string; color: string; dashed?: boolean }>,
  x: number,
  y: number,
  maxWidth: number,
): { svg: string; height: number } {
  const size = FONT.small;
  const row = size + 8;
  let cx = x;
  let cy = y;
  let out = '';
  for (const item of items) {
    const label = truncate(item.name, size, maxWidth - 24);
    const w = 16 + 6 + textWidth(label, size) + 14;
    if (cx > x && cx + w > x + maxWidth) {
      cx = x;
      cy += row;
    }
    const swatch = item.dashed
      ? el('line', { x1: cx, y1: cy + size / 2, x2: cx + 16, y2: cy + size / 2, stroke: item.color, 'stroke-width': 2.5, 'stroke-dasharray': '4 3' })
      : el('rect', { x: cx, y: cy + 1, width: 16, height: size - 2, fill: item.color });
    out += swatch + text(cx + 22, cy + size - 2, label, { 'font-size': size });
    cx += w;
  }
  return { svg: items.length ? el('g', { class: 'chart-legend' }, out) : '', height: items.length ? cy - y + row : 0 };
}
