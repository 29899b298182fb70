/**
 * Colour decisions in one place. Okabe–Ito is distinguishable under the common
 * colour-vision deficiencies and keeps distinct lightness in greyscale print;
 * the sequential ramp is single-hue so order survives photocopying.
 */
import { interpolateRgbBasis, color as d3color } from 'd3';

/** Okabe–Ito, reordered so the first colours have ≥3:1 contrast on white (yellow last). */
export const CATEGORICAL = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#000000', // black
  '#F0E442', // yellow
] as const;

/** Categorical colour by index; wraps so callers never get undefined. */
export function categorical(index: number): string {
  return CATEGORICAL[((index % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length] ?? '#0072B2';
}

/** Neutral inks for axes, grid and text (text ink passes WCAG AA on white). */
export const INK = {
  text: '#1a1a1a',
  muted: '#595959',
  axis: '#6b6b6b',
  grid: '#e0e0e0',
  track: '#e8e8e8',
  missing: '#ffffff',
  highlight: '#000000',
} as const;

/** Sex colours for pyramids: Okabe–Ito blue and vermillion differ in hue and lightness. */
export const SEX = { male: '#0072B2', female: '#D55E00' } as const;

/** Single-hue blue ramp (ColorBrewer Blues 5-class stops); light end still visible on white paper. */
export const SEQUENTIAL_STOPS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

const sequentialInterpolator = interpolateRgbBasis([...SEQUENTIAL_STOPS]);

/** Sequential colour for t in [0, 1] (clamped), as #rrggbb for stable output. */
export function sequential(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  return toHex(sequentialInterpolator(clamped));
}

function toHex(c: string): string {
  return d3color(c)?.formatHex() ?? c;
}

/** Relative luminance (WCAG) of a colour string. */
function luminance(c: string): number {
  const rgb = d3color(c)?.rgb();
  if (!rgb) return 1;
  const lin = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(rgb.r) + 0.7152 * lin(rgb.g) + 0.0722 * lin(rgb.b);
}

/** Text colour with the better contrast on the given fill (labels inside bars/tiles). */
export function textOn(fill: string): string {
  const l = luminance(fill);
  const contrastWhite = 1.05 / (l + 0.05);
  const contrastDark = (l + 0.05) / 0.0645; // luminance of INK.text ≈ 0.0145
  return contrastWhite >= contrastDark ? '#ffffff' : INK.text;
}

/** Use a series colour for text only when it passes WCAG AA (4.5:1) on white; otherwise dark ink. */
export function textInkOnWhite(c: string): string {
  return 1.05 / (luminance(c) + 0.05) >= 4.5 ? c : INK.text;
}
