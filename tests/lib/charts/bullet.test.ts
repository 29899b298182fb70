import { describe, expect, it } from 'vitest';
import { achievement, bulletChart } from '../../../src/lib/charts/index.ts';
import { all, byClass, descOf, hasClass, marks, num, parse, textOf } from './svg-tree.ts';

const rows = [
  { label: 'Cakupan imunisasi dasar lengkap', target: 95, actual: 97.4 },
  { label: 'Serapan anggaran', target: 100, actual: 92.3 },
  { label: 'Persentase penduduk miskin', target: 5.2, actual: 5.6, lowerIsBetter: true },
];

describe('achievement', () => {
  it('is realisation / target, or target / realisation where lower is better', () => {
    expect(achievement({ target: 100, actual: 92.3 })).toBeCloseTo(92.3, 10);
    expect(achievement({ target: 5.2, actual: 5.6, lowerIsBetter: true })).toBeCloseTo(92.857, 3);
    expect(achievement({ target: 0, actual: 5 })).toBeNull();
    expect(achievement({ target: 100, actual: null })).toBeNull();
  });
});

describe('bulletChart', () => {
  const svg = parse(bulletChart(rows, { id: 'iku', title: 'Capaian indikator kinerja utama 2023', unit: '%' }));
  const item = (label: string) => marks(svg).find((m) => m.label === label)!;
  const part = (label: string, cls: string) => all(item(label).node, (n) => hasClass(n, cls))[0]!;

  it('draws the realisation bar and the target tick on one shared scale', () => {
    const serapan = part('Serapan anggaran', 'chart-actual');
    const serapanTarget = part('Serapan anggaran', 'chart-target');
    const imun = part('Cakupan imunisasi dasar lengkap', 'chart-actual');
    // Shared scale (same unit): widths proportional to realisation.
    expect(num(serapan, 'width') / num(imun, 'width')).toBeCloseTo(92.3 / 97.4, 3);
    // Under-achieved: the bar ends before the target tick.
    expect(num(serapan, 'x') + num(serapan, 'width')).toBeLessThan(num(serapanTarget, 'x'));
    const imunTarget = part('Cakupan imunisasi dasar lengkap', 'chart-target');
    expect(num(imun, 'x') + num(imun, 'width')).toBeGreaterThan(num(imunTarget, 'x'));
  });

  it('writes the achievement % in text (not colour alone)', () => {
    expect(byClass(svg, 'chart-achievement').map(textOf)).toEqual(['Capaian 102,5%', 'Capaian 92,3%', 'Capaian 92,9%']);
    expect(item('Serapan anggaran').value).toBe('realisasi 92,3%, target 100%, capaian 92,3%');
    expect(item('Cakupan imunisasi dasar lengkap').node.attrs['class']).toContain('mark--achieved');
    expect(byClass(svg, 'chart-caption').map(textOf)[2]).toBe('Realisasi 5,6% · Target 5,2% (makin kecil makin baik)');
  });

  it('summarises best, worst and how many reached target', () => {
    const d = descOf(svg);
    expect(d).toContain('Capaian tertinggi Cakupan imunisasi dasar lengkap 102,5%; terendah Serapan anggaran 92,3%.');
    expect(d).toContain('1 dari 3 indikator mencapai target.');
    expect(d).toContain('Serapan anggaran: realisasi 92,3%, target 100%, capaian 92,3%.');
  });

  it('handles a missing realisation', () => {
    const s = parse(bulletChart([{ label: 'SPM pendidikan', target: 100, actual: null }], { id: 'b', title: 'x', unit: '%' }));
    expect(byClass(s, 'chart-actual')).toEqual([]);
    expect(byClass(s, 'chart-achievement').map(textOf)).toEqual(['Capaian –']);
    expect(descOf(s)).toContain('Tidak ada data untuk SPM pendidikan.');
  });
});
