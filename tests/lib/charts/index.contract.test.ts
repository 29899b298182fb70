/**
 * The contract every chart honours: accessible name/description wired by id,
 * responsive viewBox sizing, legible text, escaped data text, keyboard-reachable
 * marks, determinism, and a placeholder for empty input.
 */
import { describe, expect, it } from 'vitest';
import {
  barChart,
  bulletChart,
  lineChart,
  pyramidChart,
  smallMultiples,
  sparkline,
  stackedBarChart,
  tileMap,
} from '../../../src/lib/charts/index.ts';
import { POP_2023, POP_CODES_2023, POP_TOTAL, YEARS } from './fixtures.ts';
import { all, byName, child, descOf, marks, parse, textOf } from './svg-tree.ts';

type Factory = {
  name: string;
  render: (id: string, text: string) => string;
  empty: (id: string) => string;
  focusableMarks: boolean;
};

const EVIL = `<script>alert(1)</script>"onload="x' & <b>`;

const factories: Factory[] = [
  {
    name: 'barChart',
    render: (id, t) => barChart([...POP_2023, { label: t, value: 1 }], { id, title: t, unit: t, description: t }),
    empty: (id) => barChart([], { id, title: 'Kosong' }),
    focusableMarks: true,
  },
  {
    name: 'barChart (grouped, vertical)',
    render: (id, t) =>
      barChart([{ label: t, values: [1, 2] }, { label: 'Binjai Kota', values: [3, null] }], {
        id,
        title: t,
        series: [t, '2023'],
        orientation: 'vertical',
        unit: t,
      }),
    empty: (id) => barChart([{ label: 'A', values: [null, null] }], { id, title: 'Kosong', orientation: 'vertical' }),
    focusableMarks: true,
  },
  {
    name: 'lineChart',
    render: (id, t) =>
      lineChart({ x: [...YEARS], series: [{ name: t, values: [...POP_TOTAL] }, { name: 'Target', kind: 'target', values: [290000, 296000, 301000, 305000] }] }, { id, title: t, unit: t }),
    empty: (id) => lineChart({ x: [...YEARS], series: [] }, { id, title: 'Kosong' }),
    focusableMarks: true,
  },
  {
    name: 'lineChart (categories)',
    render: (id, t) => lineChart({ x: [t, 'Feb', 'Mar'], series: [{ name: 'Realisasi', values: [1, null, 3] }] }, { id, title: t }),
    empty: (id) => lineChart({ x: [], series: [{ name: 'A', values: [] }] }, { id, title: 'Kosong' }),
    focusableMarks: true,
  },
  {
    name: 'stackedBarChart',
    render: (id, t) =>
      stackedBarChart([{ label: t, values: [420, 310, 150] }, { label: '2023', values: [455, 350, null] }], {
        id,
        title: t,
        series: [t, 'Barang dan Jasa', 'Modal'],
        unit: 'Rp',
      }),
    empty: (id) => stackedBarChart([], { id, title: 'Kosong', series: ['A'] }),
    focusableMarks: true,
  },
  {
    name: 'stackedBarChart (100 %, vertical)',
    render: (id, t) =>
      stackedBarChart([{ label: t, values: [1, 3] }, { label: '2023', values: [2, 2] }], {
        id,
        title: t,
        series: [t, 'B'],
        normalize: true,
        orientation: 'vertical',
      }),
    empty: (id) => stackedBarChart([{ label: 'A', values: [null] }], { id, title: 'Kosong', series: ['A'], normalize: true }),
    focusableMarks: true,
  },
  {
    name: 'pyramidChart',
    render: (id, t) =>
      pyramidChart([{ age: t, male: 14000, female: 13500 }, { age: '5–9', male: 13600, female: null }], { id, title: t, unit: t, labels: { male: t, female: 'Perempuan' } }),
    empty: (id) => pyramidChart([], { id, title: 'Kosong' }),
    focusableMarks: true,
  },
  {
    name: 'bulletChart',
    render: (id, t) => bulletChart([{ label: t, target: 100, actual: 92.3, unit: t }, { label: 'SPM', target: 100, actual: null }], { id, title: t, unit: '%' }),
    empty: (id) => bulletChart([], { id, title: 'Kosong' }),
    focusableMarks: true,
  },
  {
    name: 'sparkline',
    render: (id, t) => sparkline([...POP_TOTAL], { id, title: t, unit: t, labels: [t, 2021, 2022, 2023] }),
    empty: (id) => sparkline([null, null], { id, title: 'Kosong' }),
    focusableMarks: false,
  },
  {
    name: 'smallMultiples',
    render: (id, t) =>
      smallMultiples([{ label: t, values: [1, 2, 3, 4] }, { label: 'Binjai Kota', values: [2, null, 4, 5] }], { id, title: t, x: [...YEARS], unit: t }),
    empty: (id) => smallMultiples([], { id, title: 'Kosong', x: [...YEARS] }),
    focusableMarks: true,
  },
  {
    name: 'smallMultiples (bar)',
    render: (id, t) => smallMultiples([{ label: t, values: [1, -2, 3] }], { id, title: t, x: [t, 'b', 'c'], kind: 'bar' }),
    empty: (id) => smallMultiples([{ label: 'A', values: [null] }], { id, title: 'Kosong', x: [2023], kind: 'bar' }),
    focusableMarks: true,
  },
  {
    name: 'tileMap',
    render: (id, t) => tileMap([...POP_CODES_2023], { id, title: t, unit: t, legendTitle: t, description: t }),
    empty: (id) => tileMap([], { id, title: 'Kosong' }),
    focusableMarks: true,
  },
];

describe.each(factories)('$name', ({ render, empty, focusableMarks }) => {
  const svgText = render('grafik-1', 'Penduduk');
  const svg = parse(svgText);

  it('is an <svg role="img"> labelled by its <title> and described by its <desc>', () => {
    expect(svg.name).toBe('svg');
    expect(svg.attrs['role']).toBe('img');
    expect(svg.attrs['aria-labelledby']).toBe('grafik-1-title');
    expect(svg.attrs['aria-describedby']).toBe('grafik-1-desc');
    const title = child(svg, 'title');
    const desc = child(svg, 'desc');
    expect(title?.attrs['id']).toBe('grafik-1-title');
    expect(desc?.attrs['id']).toBe('grafik-1-desc');
    expect(textOf(title ?? svg)).toBe('Penduduk');
    expect(descOf(svg).length).toBeGreaterThan(20);
  });

  it('scales with its container: viewBox, width="100%", no fixed height or inline style', () => {
    expect(svg.attrs['width']).toBe('100%');
    expect(svg.attrs['height']).toBeUndefined();
    expect(svg.attrs['viewBox']).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    // No style attributes anywhere: pages can use a strict CSP without 'unsafe-inline'.
    expect(all(svg, (n) => 'style' in n.attrs)).toEqual([]);
    expect(svgText).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('keeps text legible at 320 px (font-size ≥ 11 viewBox units)', () => {
    const sizes = all(svg, (n) => 'font-size' in n.attrs).map((n) => Number(n.attrs['font-size']));
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(11);
  });

  it('gives every data mark a label, a formatted value and a <title>', () => {
    const ms = marks(svg);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(m.node.name).toBe('g');
      expect(m.label).not.toBe('');
      expect(m.value).not.toBe('');
      expect(m.node.children[0]?.name).toBe('title');
      expect(m.node.attrs['tabindex']).toBe(focusableMarks ? '0' : undefined);
    }
  });

  it('is deterministic', () => {
    expect(render('grafik-1', 'Penduduk')).toBe(svgText);
  });

  it('derives ids from the id option so several charts can share a page', () => {
    const other = parse(render('grafik-2', 'Penduduk'));
    expect(other.attrs['aria-labelledby']).toBe('grafik-2-title');
    const ids = (n: typeof svg): string[] => all(n, (x) => 'id' in x.attrs).map((x) => x.attrs['id'] ?? '');
    const clash = ids(svg).filter((id) => ids(other).includes(id));
    expect(clash).toEqual([]);
  });

  it('escapes data text: injected markup stays inert text', () => {
    const evilText = render('x', EVIL);
    const evil = parse(evilText); // throws if anything broke out of text/attribute context
    expect(byName(evil, 'script')).toEqual([]);
    expect(byName(evil, 'b')).toEqual([]);
    expect(all(evil, (n) => Object.keys(n.attrs).some((k) => k.startsWith('on')))).toEqual([]);
    expect(evilText).not.toContain('<script');
    expect(evilText).not.toContain('"onload');
    expect(textOf(child(evil, 'title') ?? evil)).toBe(EVIL);
  });

  it('renders a small "Tidak ada data" image for empty input', () => {
    const e = parse(empty('kosong'));
    expect(e.attrs['role']).toBe('img');
    expect(e.attrs['aria-labelledby']).toBe('kosong-title');
    expect(byName(e, 'text').map(textOf)).toEqual(['Tidak ada data']);
    expect(descOf(e)).toContain('Tidak ada data');
    expect(marks(e)).toEqual([]);
  });
});

describe('ids', () => {
  it('turns an arbitrary id into a safe XML id token', () => {
    const svg = parse(barChart([...POP_2023], { id: '2023 "penduduk"/kecamatan', title: 'x' }));
    expect(svg.attrs['aria-labelledby']).toBe('c-2023-penduduk-kecamatan-title');
    expect(child(svg, 'title')?.attrs['id']).toBe('c-2023-penduduk-kecamatan-title');
  });
});
