/**
 * Tile map of the five kecamatan of Kota Binjai. Equal tiles placed by their
 * rough geographic position (no boundary geometry is implied), coloured on a
 * single-hue sequential scale with a legend, each tile naming its value.
 */
import { scaleLinear } from 'd3';
import { extremesSentence, missingSentence } from './describe.ts';
import { INK, SEQUENTIAL_STOPS, sequential, textOn } from './palette.ts';
import { FONT, chartIds, el, emptyChart, fmt, fmtFull, mark, sentences, svgDocument, text, textLines, textWidth, valueFormat, wrap } from './svg.ts';
import type { ChartOptions } from './types.ts';

export interface Tile {
  /** Kemendagri code, e.g. "12.75.01". */
  code: string;
  name: string;
  /** Grid column (0 = west) and row (0 = north). */
  col: number;
  row: number;
}

/** Kota Binjai (12.75): Utara north, Barat west, Kota centre, Timur east, Selatan south. */
export const BINJAI_TILES: readonly Tile[] = [
  { code: '12.75.01', name: 'Binjai Utara', col: 1, row: 0 },
  { code: '12.75.03', name: 'Binjai Barat', col: 0, row: 1 },
  { code: '12.75.02', name: 'Binjai Kota', col: 1, row: 1 },
  { code: '12.75.04', name: 'Binjai Timur', col: 2, row: 1 },
  { code: '12.75.05', name: 'Binjai Selatan', col: 1, row: 2 },
];

export interface TileDatum {
  /** Kemendagri code; dots optional ("127501" matches "12.75.01"). */
  code: string;
  value: number | null;
}

export interface TileMapOptions extends ChartOptions {
  /** Code of a kecamatan to emphasise (thick outline, bold name). */
  highlight?: string;
  /** Legend heading; defaults to the unit. */
  legendTitle?: string;
  /** Alternative tile layout (defaults to Kota Binjai). */
  tiles?: readonly Tile[];
}

const digits = (code: string): string => code.replace(/\D/g, '');

function clean(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v;
}

export function tileMap(rows: readonly TileDatum[], options: TileMapOptions): string {
  const kind = 'tilemap';
  const tiles = options.tiles ?? BINJAI_TILES;
  const byCode = new Map<string, number | null>();
  for (const r of rows) byCode.set(digits(r.code), clean(r.value));
  // Every tile is drawn; codes without data are shown as missing rather than vanishing from the map.
  const items = tiles.map((t) => ({ tile: t, value: byCode.get(digits(t.code)) ?? null }));
  const defined = items.map((i) => i.value).filter((v): v is number => v !== null);
  if (rows.length === 0 || defined.length === 0) return emptyChart(options, kind);

  const f = valueFormat(options, defined);
  const lo = Math.min(...defined);
  const hi = Math.max(...defined);
  const t = scaleLinear().domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([0, 1]).clamp(true);
  const colorOf = (v: number): string => sequential(t(v));

  const cols = Math.max(...tiles.map((x) => x.col)) + 1;
  const rowsN = Math.max(...tiles.map((x) => x.row)) + 1;
  const tileW = 150;
  const tileH = 96;
  const gap = 6;
  const width = options.width ?? Math.max(cols * tileW + (cols - 1) * gap, 320);
  // Large type: the viewBox is ~460 wide, so 16 units stay ≥ 11 px on a 320 px screen.
  const fsName = 16;
  const fsValue = 16;
  const highlight = options.highlight === undefined ? null : digits(options.highlight);
  const offsetX = (width - (cols * tileW + (cols - 1) * gap)) / 2;

  let marks = '';
  for (const { tile, value } of items) {
    const x = offsetX + tile.col * (tileW + gap);
    const y = tile.row * (tileH + gap);
    const fill = value === null ? INK.missing : colorOf(value);
    const ink = value === null ? INK.muted : textOn(fill);
    const isHi = highlight !== null && digits(tile.code) === highlight;
    const nameLines = wrap(tile.name, fsName * 1.1, tileW - 12, 2);
    const rect = el('rect', {
      x: x + (isHi ? 2 : 0),
      y: y + (isHi ? 2 : 0),
      width: tileW - (isHi ? 4 : 0),
      height: tileH - (isHi ? 4 : 0),
      rx: 4,
      fill,
      stroke: isHi ? INK.highlight : value === null ? INK.axis : '#ffffff',
      'stroke-width': isHi ? 4 : 1,
      'stroke-dasharray': value === null && !isHi ? '4 3' : undefined,
    });
    const cx = x + tileW / 2;
    const name = textLines(cx, y + tileH / 2 - (nameLines.length * fsName * 1.2) / 2 + fsName * 0.35, nameLines, fsName, {
      'text-anchor': 'middle',
      'font-weight': 'bold',
      fill: ink,
      class: 'chart-tile-name',
    });
    const valueText = text(cx, y + tileH / 2 + fsValue * 1.35, value === null ? 'Tidak ada data' : fmt(value, f), {
      'text-anchor': 'middle',
      'font-size': value === null ? FONT.small : fsValue,
      'font-style': value === null ? 'italic' : undefined,
      fill: ink,
      class: 'chart-tile-value',
    });
    marks += mark({
      label: tile.name,
      value: fmt(value, f),
      body: rect + name + valueText,
      className: `mark--tile${isHi ? ' mark--highlight' : ''}${value === null ? ' mark--missing' : ''}`,
      extra: { 'data-code': tile.code, 'data-highlight': isHi ? 'true' : undefined },
    });
  }

  // Gradient legend: continuous scale, labelled at both ends with the real min/max.
  const ids = chartIds(options.id);
  const gradId = `${ids.root}-legend-gradient`;
  const stops = SEQUENTIAL_STOPS.map((_, i) => {
    const p = i / (SEQUENTIAL_STOPS.length - 1);
    return el('stop', { offset: `${Math.round(p * 100)}%`, 'stop-color': sequential(p) });
  }).join('');
  const defs = el('linearGradient', { id: gradId, x1: '0', x2: '1', y1: '0', y2: '0' }, stops);
  const mapH = rowsN * tileH + (rowsN - 1) * gap;
  const ly = mapH + 14;
  const legendTitle = options.legendTitle ?? f.unit ?? '';
  const barW = Math.min(220, width - 24);
  const lx = (width - barW) / 2;
  let legend = '';
  if (legendTitle) legend += text(width / 2, ly + FONT.small, legendTitle, { 'text-anchor': 'middle', 'font-size': FONT.small, fill: INK.muted });
  const by = ly + (legendTitle ? FONT.small + 6 : 0);
  legend += el('rect', { x: lx, y: by, width: barW, height: 12, fill: `url(#${gradId})`, stroke: INK.axis, 'stroke-width': 0.5 });
  legend += text(lx, by + 12 + FONT.small + 4, fmt(lo, f), { 'font-size': FONT.small });
  legend += text(lx + barW, by + 12 + FONT.small + 4, fmt(hi, f), { 'font-size': FONT.small, 'text-anchor': 'end' });
  let legendBottom = by + 12 + FONT.small + 8;
  if (items.some((i) => i.value === null)) {
    const label = 'Tidak ada data';
    const sw = 16 + 6 + textWidth(label, FONT.small);
    const sx = (width - sw) / 2;
    legend += el('rect', { x: sx, y: legendBottom + 4, width: 16, height: 12, fill: INK.missing, stroke: INK.axis, 'stroke-dasharray': '3 2' });
    legend += text(sx + 22, legendBottom + 4 + FONT.small - 1, label, { 'font-size': FONT.small });
    legendBottom += FONT.small + 10;
  }

  const full = { ...f, compact: false };
  const hiTile = highlight === null ? undefined : tiles.find((x) => digits(x.code) === highlight);
  const desc = sentences(
    options.description,
    `Peta petak ${tiles.length} kecamatan Kota Binjai (bukan batas wilayah sebenarnya); warna makin gelap berarti nilai makin tinggi`,
    extremesSentence(items.map((i) => ({ label: i.tile.name, value: i.value })), full),
    hiTile ? `Disorot: ${hiTile.name} ${fmtFull(items.find((i) => i.tile === hiTile)?.value ?? null, full)}` : '',
    missingSentence(items.filter((i) => i.value === null).map((i) => i.tile.name)),
  );
  return svgDocument({
    options,
    kind,
    width,
    height: legendBottom + 4,
    desc,
    defs,
    body: el('g', { class: 'chart-marks' }, marks) + el('g', { class: 'chart-legend', 'aria-hidden': 'true' }, legend),
  });
}
