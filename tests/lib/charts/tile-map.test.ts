import { color } from 'd3';
import { describe, expect, it } from 'vitest';
import { BINJAI_TILES, tileMap } from '../../../src/lib/charts/index.ts';
import { POP_CODES_2023 } from './fixtures.ts';
import { all, byClass, byName, child, descOf, marks, num, parse, textOf } from './svg-tree.ts';

const opts = { id: 'peta', title: 'Jumlah penduduk per kecamatan, 2023', unit: 'jiwa' } as const;

describe('tileMap', () => {
  const svg = parse(tileMap([...POP_CODES_2023], opts));
  const tile = (code: string) => {
    const m = marks(svg).find((x) => x.node.attrs['data-code'] === code)!;
    return { mark: m, rect: child(m.node, 'rect')! };
  };

  it('arranges the five kecamatan as they lie geographically', () => {
    const pos = (code: string) => ({ x: num(tile(code).rect, 'x'), y: num(tile(code).rect, 'y') });
    const utara = pos('12.75.01');
    const kota = pos('12.75.02');
    const barat = pos('12.75.03');
    const timur = pos('12.75.04');
    const selatan = pos('12.75.05');
    expect(utara.y).toBeLessThan(kota.y); // Utara above Kota
    expect(utara.x).toBe(kota.x);
    expect(barat.x).toBeLessThan(kota.x);
    expect(timur.x).toBeGreaterThan(kota.x);
    expect(barat.y).toBe(kota.y);
    expect(timur.y).toBe(kota.y);
    expect(selatan.y).toBeGreaterThan(kota.y);
    expect(selatan.x).toBe(kota.x);
    expect(BINJAI_TILES.map((t) => t.code)).toEqual(['12.75.01', '12.75.03', '12.75.02', '12.75.04', '12.75.05']);
  });

  it('shows name and formatted value on each tile', () => {
    const texts = byName(tile('12.75.01').mark.node, 'text').map(textOf);
    expect(texts).toEqual(['Binjai Utara', '88.364 jiwa']);
    expect(tile('12.75.02').mark.label).toBe('Binjai Kota');
  });

  it('colours higher values darker on a sequential scale, with a min–max legend', () => {
    const lum = (code: string) => {
      const c = color(tile(code).rect.attrs['fill']!)!.rgb();
      return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
    };
    const order = ['12.75.02', '12.75.03', '12.75.05', '12.75.04', '12.75.01']; // ascending population
    for (let i = 1; i < order.length; i++) expect(lum(order[i]!)).toBeLessThan(lum(order[i - 1]!));
    const legend = byClass(svg, 'chart-legend')[0]!;
    expect(byName(legend, 'text').map(textOf)).toEqual(['jiwa', '32.452 jiwa', '88.364 jiwa']);
    const gradient = byName(svg, 'linearGradient')[0]!;
    expect(gradient.attrs['id']).toBe('peta-legend-gradient');
    expect(all(legend, (n) => n.attrs['fill'] === 'url(#peta-legend-gradient)')).toHaveLength(1);
  });

  it('describes extremes in Indonesian', () => {
    expect(descOf(svg)).toContain('Nilai tertinggi Binjai Utara 88.364 jiwa; terendah Binjai Kota 32.452 jiwa.');
    expect(descOf(svg)).toContain('bukan batas wilayah sebenarnya');
  });

  it('emphasises the highlighted tile (codes with or without dots)', () => {
    const s = parse(tileMap([...POP_CODES_2023], { ...opts, highlight: '127504' }));
    const hi = marks(s).filter((m) => m.node.attrs['data-highlight'] === 'true');
    expect(hi.map((m) => m.label)).toEqual(['Binjai Timur']);
    expect(child(hi[0]!.node, 'rect')!.attrs['stroke-width']).toBe('4');
    expect(descOf(s)).toContain('Disorot: Binjai Timur 68.376 jiwa.');
  });

  it('still draws a tile without data, marked as missing', () => {
    const s = parse(tileMap(POP_CODES_2023.filter((r) => r.code !== '12.75.02'), opts));
    const kota = marks(s).find((m) => m.label === 'Binjai Kota')!;
    expect(byName(kota.node, 'text').map(textOf)).toEqual(['Binjai Kota', 'Tidak ada data']);
    expect(child(kota.node, 'rect')!.attrs['fill']).toBe('#ffffff');
    expect(descOf(s)).toContain('Tidak ada data untuk Binjai Kota.');
  });
});
