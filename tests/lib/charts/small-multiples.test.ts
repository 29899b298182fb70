import { describe, expect, it } from 'vitest';
import { smallMultiples } from '../../../src/lib/charts/index.ts';
import { YEARS } from './fixtures.ts';
import { byClass, byName, child, descOf, marks, num, parse, subpaths, textOf } from './svg-tree.ts';

const panels = [
  { label: 'Binjai Utara', values: [85200, 86400, 87500, 88364] },
  { label: 'Binjai Kota', values: [31500, 31900, 32200, 32452] },
  { label: 'Binjai Timur', values: [66000, null, 67700, 68376] },
];

describe('smallMultiples', () => {
  const svg = parse(smallMultiples(panels, { id: 'sm', title: 'Penduduk per kecamatan 2020–2023', unit: 'jiwa', x: [...YEARS] }));

  it('draws one panel per series in a grid', () => {
    const ps = byClass(svg, 'chart-panel');
    expect(ps.map((p) => p.attrs['data-panel'])).toEqual(['Binjai Utara', 'Binjai Kota', 'Binjai Timur']);
    expect(byClass(svg, 'chart-panel-title').map(textOf)).toEqual(['Binjai Utara', 'Binjai Kota', 'Binjai Timur']);
  });

  it('shares one value scale across panels', () => {
    const point = (panel: string, year: string) => child(marks(svg).find((m) => m.series === panel && m.label === year)!.node, 'circle')!;
    const ticks = byClass(svg, 'chart-panel').map((p) => byName(byClass(p, 'chart-axis')[0]!, 'text').map(textOf));
    expect(ticks[1]).toEqual(ticks[0]);
    // Panels sit in the same grid row, so equal y means equal value; bigger value => higher.
    expect(num(point('Binjai Utara', '2023'), 'cy')).toBeLessThan(num(point('Binjai Kota', '2023'), 'cy'));
    expect(ticks[0]).toContain('40.000');
  });

  it('gaps missing values and mentions them', () => {
    const timur = byClass(svg, 'chart-panel')[2]!;
    expect(subpaths(byName(timur, 'path')[0]!.attrs['d']!)).toBe(2);
    expect(descOf(svg)).toContain('Tidak ada data untuk Binjai Timur 2021.');
    expect(descOf(svg)).toContain('Nilai terakhir tertinggi Binjai Utara 88.364 jiwa; terendah Binjai Kota 32.452 jiwa.');
    expect(descOf(svg)).toContain('skala sumbu yang sama');
  });

  it('draws bar panels from a zero baseline with heights proportional to values', () => {
    const s = parse(smallMultiples(panels.slice(0, 2), { id: 'smb', title: 'x', x: [...YEARS], kind: 'bar', columns: 2 }));
    const h = (panel: string, year: string) => num(child(marks(s).find((m) => m.series === panel && m.label === year)!.node, 'rect')!, 'height');
    expect(h('Binjai Utara', '2023') / h('Binjai Kota', '2023')).toBeCloseTo(88364 / 32452, 2);
  });
});
