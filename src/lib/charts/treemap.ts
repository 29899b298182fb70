/**
 * Treemap (d3-hierarchy, squarified): area = one value (e.g. budget), fill =
 * a percentage on the sequential ramp (e.g. budget absorption). Used by the
 * budget explorer for one level at a time; each cell may carry a link target
 * (`data-href`) that the page's script follows on click/Enter. Without
 * JavaScript the table beside the chart carries the same links.
 */
import { hierarchy, treemap, treemapSquarify } from 'd3';
import { formatCompact, formatNumber } from '../core/format.ts';
import { INK, SEQUENTIAL_STOPS, sequential, textOn } from './palette.ts';
import { FONT, chartIds, el, emptyChart, mark, sentences, svgDocument, text, textLines, textWidth, truncate, wrap } from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface TreemapDatum {
  label: string;
  /** Area; rows with 0 or null are listed in the <desc> but not drawn. */
  value: number | null;
  /** Fill, in percent (0–100 along the ramp, clamped); null is drawn as missing. */
  percent: number | null;
  /** Optional link to the level below. */
  href?: string;
}

export interface TreemapOptions extends ChartOptions {
  /** Name of the percentage in the legend and the cell titles. Default "Serapan". */
  percentLabel?: string;
}

function pct(v: number | null): string {
  return v === null ? 'tidak ada data' : `${formatNumber(v, 2)}%`;
}

function rp(v: number): string {
  return `Rp${formatCompact(v)}`;
}

export function treemapChart(rows: readonly TreemapDatum[], options: TreemapOptions): string {
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const percentLabel = options.percentLabel ?? 'Serapan';
  const drawn = rows.filter((r): r is TreemapDatum & { value: number } => r.value !== null && r.value > 0);
  if (drawn.length === 0) return emptyChart(options, 'treemap');

  // Stable order: largest first, ties by label, so two builds give the same layout.
  const root = hierarchy<{ children?: typeof drawn } | (typeof drawn)[number]>({ children: drawn })
    .sum((d) => ('value' in d ? d.value : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || ('label' in a.data && 'label' in b.data ? a.data.label.localeCompare(b.data.label) : 0));
  const layout = treemap<typeof root.data>().tile(treemapSquarify).size([width, height]).paddingInner(1)(root);

  let cells = '';
  for (const leaf of layout.leaves()) {
    const d = leaf.data as TreemapDatum & { value: number };
    const w = leaf.x1 - leaf.x0;
    const h = leaf.y1 - leaf.y0;
    const fill = d.percent === null ? INK.missing : sequential(d.percent / 100);
    const ink = textOn(fill);
    let body = el('rect', { x: leaf.x0, y: leaf.y0, width: w, height: h, fill, stroke: d.percent === null ? INK.axis : 'none' });
    const size = FONT.small;
    if (w >= 56 && h >= 2.6 * size) {
      const maxLines = Math.max(1, Math.min(3, Math.floor((h - 1.4 * size) / (1.2 * size))));
      const lines = wrap(d.label, size, w - 12, maxLines);
      body += textLines(leaf.x0 + 4, leaf.y0 + 4 + size, lines, size, { fill: ink });
      body += text(leaf.x0 + 4, leaf.y0 + 4 + size + lines.length * size * 1.2, truncate(`${rp(d.value)} · ${pct(d.percent)}`, size * 1.15, w - 12), {
        'font-size': size,
        fill: ink,
        'font-weight': 'bold',
      });
    }
    cells += mark({
      label: d.label,
      value: `${rp(d.value)}; ${percentLabel.toLowerCase()} ${pct(d.percent)}`,
      body,
      ...(d.href ? { extra: { 'data-href': d.href } } : {}),
    });
  }

  // Legend: the ramp from 0 % to 100 %, and the missing swatch.
  const ids = chartIds(options.id);
  const gradId = `${ids.root}-ramp`;
  const stops = SEQUENTIAL_STOPS.map((c, i) => el('stop', { offset: `${(i / (SEQUENTIAL_STOPS.length - 1)) * 100}%`, 'stop-color': c })).join('');
  const defs = el('linearGradient', { id: gradId, x1: 0, x2: 1, y1: 0, y2: 0 }, stops);
  const ly = height + 12;
  const label = `${percentLabel}:`;
  const lx = textWidth(label, FONT.small) + 8;
  const legend =
    text(0, ly + FONT.small, label, { 'font-size': FONT.small }) +
    el('rect', { x: lx, y: ly + 1, width: 160, height: FONT.small, fill: `url(#${gradId})` }) +
    text(lx, ly + FONT.small * 2 + 4, '0%', { 'font-size': FONT.small, fill: INK.muted }) +
    text(lx + 160, ly + FONT.small * 2 + 4, '100%', { 'font-size': FONT.small, fill: INK.muted, 'text-anchor': 'end' }) +
    el('rect', { x: lx + 180, y: ly + 1, width: FONT.small, height: FONT.small, fill: INK.missing, stroke: INK.axis }) +
    text(lx + 186 + FONT.small, ly + FONT.small, 'tidak ada data', { 'font-size': FONT.small });

  const sorted = [...drawn].sort((a, b) => b.value - a.value);
  const top = sorted
    .slice(0, 3)
    .map((d) => `${d.label} ${rp(d.value)} (${percentLabel.toLowerCase()} ${pct(d.percent)})`)
    .join('; ');
  const skipped = rows.filter((r) => !(r.value !== null && r.value > 0)).map((r) => r.label);
  const desc = sentences(
    options.description,
    `${drawn.length} kotak, luasnya sebanding dengan nilai; warna makin gelap makin tinggi ${percentLabel.toLowerCase()}`,
    `Terbesar: ${top}`,
    skipped.length > 0 ? `Tidak digambar karena bernilai 0 atau tanpa nilai: ${skipped.join(', ')}` : '',
  );
  return svgDocument({
    options,
    kind: 'treemap',
    width,
    height: height + 12 + FONT.small * 2 + 8,
    desc,
    body: el('g', { class: 'treemap-cells' }, cells) + el('g', { class: 'chart-legend' }, legend),
    defs,
  });
}
