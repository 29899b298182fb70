import { describe, expect, it } from 'vitest';
import { lineChart } from '../../../src/lib/charts/index.ts';
import { relax, xTickIndices } from '../../../src/lib/charts/line.ts';
import { POP_TOTAL, YEARS } from './fixtures.ts';
import { byClass, byName, child, descOf, marks, num, parse, subpaths, textOf } from './svg-tree.ts';

const opts = { id: 'tren', title: 'Jumlah penduduk Kota Binjai 2020–2023', unit: 'jiwa' } as const;

describe('lineChart', () => {
  const svg = parse(lineChart({ x: [...YEARS], series: [{ name: 'Penduduk', values: [...POP_TOTAL] }] }, opts));

  it('plots one point per year, rising left to right as the population grows', () => {
    const pts = marks(svg).map((m) => child(m.node, 'circle')!);
    expect(marks(svg).map((m) => m.label)).toEqual(['2020', '2021', '2022', '2023']);
    const xs = pts.map((p) => num(p, 'cx'));
    const ys = pts.map((p) => num(p, 'cy'));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect([...ys].sort((a, b) => b - a)).toEqual(ys); // SVG y grows downwards
    // Equal year spacing on a numeric x scale.
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[3]! - xs[2]!, 1);
    const path = byName(svg, 'path')[0]!;
    expect(subpaths(path.attrs['d']!)).toBe(1);
  });

  it('prints years without thousands separators and ticks in id-ID', () => {
    const xTicks = byClass(svg, 'chart-axis--x').flatMap((g) => byName(g, 'text').map(textOf));
    expect(xTicks).toEqual(['2020', '2021', '2022', '2023']);
    const yTicks = byClass(svg, 'chart-axis--value').flatMap((g) => byName(g, 'text').map(textOf));
    expect(yTicks).toContain('300.000');
    expect(yTicks.join(' ')).not.toContain('300,000');
    expect(byClass(svg, 'chart-unit').map(textOf)).toEqual(['jiwa']);
  });

  it('labels the line end directly with name and latest value', () => {
    const label = byClass(svg, 'chart-end-label')[0]!;
    expect(byName(label, 'tspan').map(textOf)).toEqual(['Penduduk', '303.272 jiwa']);
    const last = child(marks(svg)[3]!.node, 'circle')!;
    expect(num(label, 'x')).toBeGreaterThan(num(last, 'cx'));
  });

  it('describes the change and extremes in Indonesian', () => {
    expect(descOf(svg)).toBe(
      'Diagram garis 2020–2023 dengan 1 seri. Penduduk: dari 2020 291.842 jiwa menjadi 2023 303.272 jiwa; tertinggi 2023 303.272 jiwa; terendah 2020 291.842 jiwa.',
    );
  });

  it('leaves a gap where a value is null (two path segments) and says so', () => {
    const s = parse(lineChart({ x: [...YEARS], series: [{ name: 'Penduduk', values: [291842, 295361, null, 303272] }] }, opts));
    const d = byName(s, 'path')[0]!.attrs['d']!;
    expect(subpaths(d)).toBe(2);
    expect(marks(s).map((m) => m.label)).toEqual(['2020', '2021', '2023']);
    expect(descOf(s)).toContain('Tidak ada data untuk Penduduk 2022.');
  });

  it('draws the target dashed against a solid realisation and reports achievement', () => {
    const s = parse(
      lineChart(
        {
          x: [2021, 2022, 2023],
          series: [
            { name: 'Realisasi', values: [72.1, 75.3, 78.4] },
            { name: 'Target', kind: 'target', values: [73, 76, 80] },
          ],
        },
        { id: 'ipm', title: 'IPM', unit: '%' },
      ),
    );
    const [real, target] = byClass(s, 'chart-line');
    expect(real!.attrs['stroke-dasharray']).toBeUndefined();
    expect(target!.attrs['stroke-dasharray']).toBe('6 4');
    // Target points are hollow so the distinction does not rely on colour.
    const targetPoint = child(marks(s).find((m) => m.series === 'Target')!.node, 'circle')!;
    expect(targetPoint.attrs['fill']).toBe('#ffffff');
    expect(descOf(s)).toContain('Target digambar putus-putus sebagai target');
    expect(descOf(s)).toContain('Pada 2023 Realisasi mencapai 98,0% dari Target.');
  });

  it('accepts category labels on the x axis', () => {
    const s = parse(lineChart({ x: ['Triwulan I', 'Triwulan II', 'Triwulan III'], series: [{ name: 'Serapan', values: [20.5, 45.25, 70] }] }, { id: 'q', title: 'Serapan', unit: '%' }));
    expect(marks(s).map((m) => `${m.label}=${m.value}`)).toEqual(['Triwulan I=20,5%', 'Triwulan II=45,25%', 'Triwulan III=70%']);
  });

  it('keeps end labels of close series apart', () => {
    expect(relax([100, 102, 300], 28, 0, 400)).toEqual([100, 128, 300]);
    expect(relax([390, 395], 28, 0, 390)).toEqual([362, 390]);
  });

  it('thins x labels when they would collide', () => {
    const years = Array.from({ length: 30 }, (_, i) => String(1994 + i));
    const idx = xTickIndices(years, 300, 12);
    expect(idx.length).toBeLessThan(30);
    expect(idx[idx.length - 1]).toBe(29);
  });
});
