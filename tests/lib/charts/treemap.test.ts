import { describe, expect, it } from 'vitest';
import { treemapChart } from '../../../src/lib/charts/index.ts';
import { byName, descOf, marks, num, parse } from './svg-tree.ts';

const rows = [
  { label: 'Dinas A', value: 600, percent: 90, href: '/anggaran/01-a/' },
  { label: 'Dinas B', value: 300, percent: 50, href: '/anggaran/02-b/' },
  { label: 'Dinas C', value: 100, percent: null, href: '/anggaran/03-c/' },
  { label: 'Dinas D', value: 0, percent: null, href: '/anggaran/04-d/' },
];

describe('treemapChart', () => {
  const svg = parse(treemapChart(rows, { id: 'tm', title: 'Target per OPD', width: 400, height: 200 }));
  const rect = (label: string) => byName(marks(svg).find((m) => m.label === label)!.node, 'rect')[0]!;

  it('is an accessible image with a title and a description naming the largest and the skipped', () => {
    expect(svg.attrs['role']).toBe('img');
    expect(svg.attrs['aria-labelledby']).toBe('tm-title');
    expect(descOf(svg)).toBe(
      '3 kotak, luasnya sebanding dengan nilai; warna makin gelap makin tinggi serapan. Terbesar: Dinas A Rp600 (serapan 90,00%); Dinas B Rp300 (serapan 50,00%); Dinas C Rp100 (serapan tidak ada data). Tidak digambar karena bernilai 0 atau tanpa nilai: Dinas D.',
    );
  });

  it('sizes areas in proportion to the values and fills the whole plot', () => {
    const area = (l: string) => num(rect(l), 'width') * num(rect(l), 'height');
    expect(area('Dinas A') / area('Dinas B')).toBeCloseTo(2, 1);
    expect(area('Dinas B') / area('Dinas C')).toBeCloseTo(3, 1);
    expect(marks(svg).map((m) => m.label)).toEqual(['Dinas A', 'Dinas B', 'Dinas C']);
  });

  it('colours by the percentage and draws missing ones white with an outline', () => {
    expect(rect('Dinas A').attrs['fill']).not.toBe(rect('Dinas B').attrs['fill']);
    expect(rect('Dinas C').attrs).toMatchObject({ fill: '#ffffff', stroke: '#6b6b6b' });
  });

  it('carries the drill-down link and a readable value on each cell', () => {
    expect(marks(svg).map((m) => [m.node.attrs['data-href'], m.value])).toEqual([
      ['/anggaran/01-a/', 'Rp600; serapan 90,00%'],
      ['/anggaran/02-b/', 'Rp300; serapan 50,00%'],
      ['/anggaran/03-c/', 'Rp100; serapan tidak ada data'],
    ]);
  });

  it('escapes data text', () => {
    const out = treemapChart([{ label: '<script>"x"&', value: 1, percent: 1 }], { id: 'e', title: '<b>' });
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(() => parse(out)).not.toThrow();
  });

  it('is deterministic and shows an empty chart without drawable values', () => {
    expect(treemapChart(rows, { id: 'tm', title: 'T' })).toBe(treemapChart(rows, { id: 'tm', title: 'T' }));
    expect(treemapChart([{ label: 'x', value: 0, percent: null }], { id: 'z', title: 'Kosong' })).toContain('Tidak ada data');
  });
});
