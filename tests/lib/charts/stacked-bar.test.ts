import { describe, expect, it } from 'vitest';
import { stackedBarChart } from '../../../src/lib/charts/index.ts';
import { byClass, byName, child, descOf, marks, num, parse, textOf } from './svg-tree.ts';

const series = ['Belanja Pegawai', 'Belanja Barang dan Jasa', 'Belanja Modal'];
const rows = [
  { label: '2022', values: [440e9, 330e9, 170e9] },
  { label: '2023', values: [455e9, 350e9, 210e9] },
];

describe('stackedBarChart', () => {
  const svg = parse(stackedBarChart(rows, { id: 'belanja', title: 'Belanja daerah menurut jenis', series, unit: 'Rp' }));

  it('stacks segments end to end, each proportional to its value', () => {
    const segs = marks(svg).filter((m) => m.label === '2023').map((m) => child(m.node, 'rect')!);
    expect(segs).toHaveLength(3);
    for (let i = 1; i < segs.length; i++) {
      expect(num(segs[i]!, 'x')).toBeCloseTo(num(segs[i - 1]!, 'x') + num(segs[i - 1]!, 'width'), 1);
    }
    const k = num(segs[0]!, 'width') / 455e9;
    expect(num(segs[2]!, 'width') / 210e9).toBeCloseTo(k, 12);
  });

  it('writes compact totals at the bar ends and has a legend in stack order', () => {
    expect(byClass(svg, 'chart-total').map(textOf)).toEqual(['Rp940 miliar', 'Rp1,02 triliun']);
    expect(byName(byClass(svg, 'chart-legend')[0]!, 'text').map(textOf)).toEqual(series);
    expect(marks(svg)[0]).toMatchObject({ label: '2022', series: 'Belanja Pegawai', value: 'Rp440 miliar' });
  });

  it('summarises totals and the largest component', () => {
    expect(descOf(svg)).toContain('Total tertinggi 2023 Rp1.015.000.000.000; terendah 2022 Rp940.000.000.000.');
    expect(descOf(svg)).toContain('2023: komponen terbesar Belanja Pegawai Rp455.000.000.000 (44,8%).');
  });

  it('normalises to 100 %: equal bar lengths, percentage labels and ticks', () => {
    const s = parse(stackedBarChart(rows, { id: 'komposisi', title: 'Komposisi belanja', series, unit: 'Rp', normalize: true }));
    const lengths = ['2022', '2023'].map((label) =>
      marks(s)
        .filter((m) => m.label === label)
        .reduce((sum, m) => sum + num(child(m.node, 'rect')!, 'width'), 0),
    );
    expect(lengths[0]).toBeCloseTo(lengths[1]!, 1);
    expect(marks(s)[0]!.value).toBe('46,8% (Rp440 miliar)');
    const ticks = byClass(s, 'chart-axis').flatMap((g) => byName(g, 'text').map(textOf));
    expect(ticks[0]).toBe('0%');
    expect(ticks[ticks.length - 1]).toBe('100%');
    expect(byClass(s, 'chart-total')).toEqual([]);
  });

  it('omits missing segments and names them in the desc', () => {
    const s = parse(stackedBarChart([{ label: '2023', values: [455, null, 210] }], { id: 'm', title: 'x', series }));
    const segs = marks(s).filter((m) => child(m.node, 'rect'));
    expect(segs.map((m) => m.series)).toEqual(['Belanja Pegawai', 'Belanja Modal']);
    expect(descOf(s)).toContain('Tidak ada data untuk 2023 (Belanja Barang dan Jasa).');
  });

  it('stacks negatives below zero in the absolute variant', () => {
    const s = parse(stackedBarChart([{ label: 'Saldo', values: [100, -40] }], { id: 'neg', title: 'x', series: ['Masuk', 'Keluar'], orientation: 'vertical' }));
    const zero = num(byClass(s, 'chart-baseline')[0]!, 'y1');
    const [pos, neg] = marks(s).map((m) => child(m.node, 'rect')!);
    expect(num(pos!, 'y') + num(pos!, 'height')).toBeCloseTo(zero, 1);
    expect(num(neg!, 'y')).toBeCloseTo(zero, 1);
  });
});
