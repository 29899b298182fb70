import { describe, expect, it } from 'vitest';
import { pyramidChart } from '../../../src/lib/charts/index.ts';
import { byClass, child, descOf, marks, num, parse, textOf } from './svg-tree.ts';

const rows = [
  { age: '0–4', male: 13200, female: 12650 },
  { age: '5–9', male: 13900, female: 13300 },
  { age: '10–14', male: 13500, female: 12900 },
  { age: '75+', male: 1500, female: 2100 },
];

describe('pyramidChart', () => {
  const svg = parse(pyramidChart(rows, { id: 'piramida', title: 'Piramida penduduk Kota Binjai 2023', unit: 'jiwa' }));
  const men = marks(svg).filter((m) => m.series === 'Laki-laki');
  const women = marks(svg).filter((m) => m.series === 'Perempuan');

  it('extends men to the left and women to the right of the centre', () => {
    expect(men).toHaveLength(4);
    expect(women).toHaveLength(4);
    for (let i = 0; i < men.length; i++) {
      const m = child(men[i]!.node, 'rect')!;
      const w = child(women[i]!.node, 'rect')!;
      const mRight = num(m, 'x') + num(m, 'width');
      expect(mRight).toBeLessThan(num(w, 'x')); // age-label gutter between the halves
      // Same scale both sides: width ratio equals value ratio.
      const row = rows.find((r) => r.age === men[i]!.label)!;
      expect(num(m, 'width') / num(w, 'width')).toBeCloseTo(row.male / row.female, 3);
    }
    // All men's bars share the right edge (they grow leftwards).
    const edges = men.map((m) => num(child(m.node, 'rect')!, 'x') + num(child(m.node, 'rect')!, 'width'));
    for (const e of edges) expect(e).toBeCloseTo(edges[0]!, 2);
    expect(byClass(svg, 'chart-side').map(textOf)).toEqual(['Laki-laki', 'Perempuan']);
  });

  it('draws the youngest group at the bottom', () => {
    const y = (age: string) => num(child(men.find((m) => m.label === age)!.node, 'rect')!, 'y');
    expect(y('0–4')).toBeGreaterThan(y('5–9'));
    expect(y('5–9')).toBeGreaterThan(y('75+'));
  });

  it('describes totals, sex ratio and extremes per sex', () => {
    const d = descOf(svg);
    expect(d).toContain('Laki-laki di kiri, Perempuan di kanan');
    expect(d).toContain('Total Laki-laki 42.100 jiwa; Perempuan 40.950 jiwa; rasio jenis kelamin 102,8.');
    expect(d).toContain('Laki-laki: nilai tertinggi umur 5–9 13.900 jiwa; terendah umur 75+ 1.500 jiwa.');
  });

  it('can show shares of the total population', () => {
    const s = parse(pyramidChart(rows, { id: 'p2', title: 'x', percent: true }));
    const first = marks(s).find((m) => m.label === '0–4' && m.series === 'Laki-laki')!;
    expect(first.value).toBe('15,9%'); // 13200 / 83050
  });

  it('marks a missing group without a bar', () => {
    const s = parse(pyramidChart([{ age: '0–4', male: 100, female: null }], { id: 'p3', title: 'x' }));
    const w = marks(s).find((m) => m.series === 'Perempuan')!;
    expect(child(w.node, 'rect')).toBeUndefined();
    expect(descOf(s)).toContain('Tidak ada data untuk Perempuan umur 0–4.');
  });
});
