import { describe, expect, it } from 'vitest';
import { barChart, barPanels } from '../../../src/lib/charts/index.ts';
import { FONT, textWidth } from '../../../src/lib/charts/svg.ts';
import { POP_2023 } from './fixtures.ts';
import { all, byClass, byName, child, descOf, marks, num, parse, pretty, textOf } from './svg-tree.ts';

const opts = { id: 'pend', title: 'Jumlah penduduk per kecamatan, 2023', unit: 'jiwa' } as const;

function bars(svg: ReturnType<typeof parse>) {
  return marks(svg).map((m) => ({ ...m, rect: child(m.node, 'rect') }));
}

describe('barChart category labels', () => {
  it('leave room for fonts up to 15 % wider than the estimate, long and short labels alike', () => {
    const rows = [
      { label: 'Pemahaman dan penerapan nilai-nilai dasar aparatur sipil negara di seluruh perangkat daerah', value: 80 },
      { label: 'Mmmmmmmmmmmmmmmmmmmmmmmm', value: 40 },
      { label: 'Binjai Utara', value: 10 },
    ];
    for (const width of [360, 720]) {
      const svg = parse(barChart(rows, { id: 'lbl', title: 'Label panjang', width }));
      const labels = byClass(svg, 'chart-category');
      expect(labels).toHaveLength(3);
      // Right-aligned at x: the text starts at x − width; a 15 % wider font must still start inside the picture.
      for (const l of labels) expect(num(l, 'x') - textWidth(textOf(l), FONT.base) * 1.15, textOf(l)).toBeGreaterThanOrEqual(0);
      expect(textOf(labels[2]!)).toBe('Binjai Utara');
    }
  });
});

describe('barChart (horizontal)', () => {
  const svg = parse(barChart([...POP_2023], opts));

  it('draws bar widths proportional to the values from a zero baseline', () => {
    const bs = bars(svg);
    expect(bs.map((b) => b.label)).toEqual(POP_2023.map((p) => p.label));
    const ratios = bs.map((b, i) => num(b.rect!, 'width') / POP_2023[i]!.value);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 4);
    const baseline = byClass(svg, 'chart-baseline')[0]!;
    for (const b of bs) expect(num(b.rect!, 'x')).toBeCloseTo(num(baseline, 'x1'), 1);
  });

  it('labels bar ends with id-ID values and units', () => {
    expect(marks(svg).map((m) => m.value)).toEqual(['60.894 jiwa', '32.452 jiwa', '68.376 jiwa', '88.364 jiwa', '53.186 jiwa']);
    const utara = marks(svg).find((m) => m.label === 'Binjai Utara')!;
    const label = byName(utara.node, 'text')[0]!;
    expect(textOf(label)).toBe('88.364 jiwa');
    expect(num(label, 'x')).toBeGreaterThan(num(child(utara.node, 'rect')!, 'x') + num(child(utara.node, 'rect')!, 'width'));
    expect(textOf(child(utara.node, 'title')!)).toBe('Binjai Utara: 88.364 jiwa');
  });

  it('formats axis ticks in id-ID ("80.000", not "80,000")', () => {
    const ticks = byClass(svg, 'chart-axis').flatMap((g) => byName(g, 'text').map(textOf));
    expect(ticks).toContain('80.000');
    expect(ticks.join(' ')).not.toMatch(/\d,\d{3}/);
  });

  it('states the extremes in the description', () => {
    expect(descOf(svg)).toBe(
      'Diagram batang horizontal dengan 5 kategori. Nilai tertinggi Binjai Utara 88.364 jiwa; terendah Binjai Kota 32.452 jiwa.',
    );
  });

  it('sorts descending and ascending, keeping missing values last', () => {
    const rows = [...POP_2023, { label: 'Tanpa data', value: null }];
    const order = (sort: 'ascending' | 'descending') =>
      bars(parse(barChart(rows, { ...opts, sort })))
        .sort((a, b) => num(a.node.children.find((c) => c.name !== 'title')!, 'y') - num(b.node.children.find((c) => c.name !== 'title')!, 'y'))
        .map((b) => b.label);
    expect(order('descending')).toEqual(['Binjai Utara', 'Binjai Timur', 'Binjai Selatan', 'Binjai Barat', 'Binjai Kota', 'Tanpa data']);
    expect(order('ascending')).toEqual(['Binjai Kota', 'Binjai Barat', 'Binjai Selatan', 'Binjai Timur', 'Binjai Utara', 'Tanpa data']);
    expect(descOf(parse(barChart(rows, { ...opts, sort: 'descending' })))).toContain('Diurutkan dari nilai terbesar');
  });

  it('draws no bar for a missing value and says so', () => {
    const s = parse(barChart([{ label: 'Binjai Kota', value: null }, { label: 'Binjai Utara', value: 88364 }], opts));
    const kota = marks(s).find((m) => m.label === 'Binjai Kota')!;
    expect(child(kota.node, 'rect')).toBeUndefined();
    expect(kota.value).toBe('tidak ada data');
    expect(descOf(s)).toContain('Tidak ada data untuk Binjai Kota.');
  });

  it('extends negative bars left of the zero baseline', () => {
    const s = parse(barChart([{ label: 'Surplus', value: 120 }, { label: 'Defisit', value: -80 }], { id: 'n', title: 'Saldo', unit: '%' }));
    const [pos, neg] = bars(s);
    const zero = num(byClass(s, 'chart-baseline')[0]!, 'x1');
    expect(num(pos!.rect!, 'x')).toBeCloseTo(zero, 1);
    expect(num(neg!.rect!, 'x') + num(neg!.rect!, 'width')).toBeCloseTo(zero, 1);
    expect(num(neg!.rect!, 'width') / num(pos!.rect!, 'width')).toBeCloseTo(80 / 120, 2);
    expect(neg!.value).toBe('-80%');
    expect(descOf(s)).toContain('Nilai negatif');
  });

  it('emphasises the highlighted category', () => {
    const s = parse(barChart([...POP_2023], { ...opts, highlight: 'Binjai Kota' }));
    const kota = marks(s).find((m) => m.label === 'Binjai Kota')!;
    expect(kota.node.attrs['class']).toContain('mark--highlight');
    expect(child(kota.node, 'rect')!.attrs['stroke']).toBe('#000000');
  });
});

describe('barChart (vertical, grouped)', () => {
  const rows = [
    { label: 'Binjai Utara', values: [44500, 43864] },
    { label: 'Binjai Kota', values: [16100, 16352] },
  ];
  const svg = parse(barChart(rows, { id: 'jk', title: 'Penduduk menurut jenis kelamin', series: ['Laki-laki', 'Perempuan'], unit: 'jiwa', orientation: 'vertical' }));

  it('places series side by side with heights proportional to values', () => {
    const bs = bars(svg);
    expect(bs.map((b) => `${b.label}/${b.series}`)).toEqual([
      'Binjai Utara/Laki-laki',
      'Binjai Utara/Perempuan',
      'Binjai Kota/Laki-laki',
      'Binjai Kota/Perempuan',
    ]);
    const values = [44500, 43864, 16100, 16352];
    const ratios = bs.map((b, i) => num(b.rect!, 'height') / values[i]!);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 3);
    // Side by side: the second series starts right of the first within a group.
    expect(num(bs[1]!.rect!, 'x')).toBeGreaterThan(num(bs[0]!.rect!, 'x'));
    // Different series use different colours.
    expect(bs[0]!.rect!.attrs['fill']).not.toBe(bs[1]!.rect!.attrs['fill']);
  });

  it('has a legend naming the series and per-series extremes in the desc', () => {
    const legend = byClass(svg, 'chart-legend')[0]!;
    expect(byName(legend, 'text').map(textOf)).toEqual(['Laki-laki', 'Perempuan']);
    expect(descOf(svg)).toContain('Laki-laki: nilai tertinggi Binjai Utara 44.500 jiwa; terendah Binjai Kota 16.100 jiwa.');
    expect(textOf(child(marks(svg)[0]!.node, 'title')!)).toBe('Laki-laki – Binjai Utara: 44.500 jiwa');
  });

  it('shows the plain unit once at the axis and formats ticks id-ID', () => {
    expect(byClass(svg, 'chart-unit').map(textOf)).toEqual(['jiwa']);
    const ticks = byClass(svg, 'chart-axis').flatMap((g) => byName(g, 'text').map(textOf));
    expect(ticks).toContain('40.000');
  });

  it('uses compact labels for very large values (Rp)', () => {
    const s = parse(barChart([{ label: 'Pendapatan', value: 1_040_000_000_000 }, { label: 'Belanja', value: 823_400_000_000 }], { id: 'apbd', title: 'APBD', unit: 'Rp' }));
    expect(marks(s).map((m) => m.value)).toEqual(['Rp1,04 triliun', 'Rp823 miliar']);
    // The desc keeps full precision for screen-reader users.
    expect(descOf(s)).toContain('Rp1.040.000.000.000');
  });
});

describe('barChart of counts (decimals: 0)', () => {
  it('puts ticks on whole numbers only', () => {
    const counts = [
      { label: 'Meningkatkan derajat kesehatan masyarakat', value: 2 },
      { label: 'Optimalisasi Pajak dan retribusi daerah', value: 1 },
    ];
    const tickTexts = (svg: string) => byClass(parse(svg), 'chart-axis').flatMap((g) => byName(g, 'text').map(textOf));
    expect(tickTexts(barChart(counts, { id: 'n', title: 'Banyaknya rekomendasi', unit: 'rekomendasi', decimals: 0 }))).toEqual(['0', '1', '2']);
    // Without decimals: 0 the same scale shows halves.
    expect(tickTexts(barChart(counts, { id: 'n', title: 'Banyaknya rekomendasi', unit: 'rekomendasi' }))).toContain('0,5');
  });
});

describe('barPanels (one scale per unit)', () => {
  const panels = [
    { heading: 'Buah', unit: 'Buah', rows: [{ label: 'Anyaman Bambu', value: 1407081 }, { label: 'Barang dari Tekstil', value: 907408 }] },
    { heading: 'Helai', unit: 'Helai', rows: [{ label: 'Tenun', value: 2489 }] },
  ];
  const svg = parse(barPanels(panels, { id: 'prod', title: 'Produksi' }));

  it('draws each panel on its own scale, labelled with its unit', () => {
    const values = marks(svg).map((m) => m.value);
    expect(values).toEqual(['1.407.081 Buah', '907.408 Buah', '2.489 Helai']);
    const widths = bars(svg).map((b) => num(b.rect!, 'width'));
    // Within a panel bars are proportional …
    expect(widths[1]! / widths[0]!).toBeCloseTo(907408 / 1407081, 4);
    // … across panels they are not: 2.489 helai is not drawn 500 times shorter than 1.407.081 buah.
    expect(widths[2]! / widths[0]!).toBeGreaterThan(0.5);
    expect(byClass(svg, 'chart-panel-title').map(textOf)).toEqual(['Buah', 'Helai']);
  });

  it('lines the panels up on one label column and says the scales differ', () => {
    const x = bars(svg).map((b) => num(b.rect!, 'x'));
    expect(new Set(x.map((v) => v.toFixed(2))).size).toBe(1);
    expect(descOf(svg)).toBe(
      'Diagram batang horizontal dalam 2 panel (Buah, Helai), masing-masing dengan skala sendiri; panjang batang hanya dapat dibandingkan di dalam satu panel. Buah: nilai tertinggi Anyaman Bambu 1.407.081 Buah; terendah Barang dari Tekstil 907.408 Buah. Helai: nilai Tenun 2.489 Helai.',
    );
  });

  it('is an empty titled image without values', () => {
    expect(barPanels([{ heading: 'Kg', rows: [{ label: 'A', value: null }] }], { id: 'e', title: 'Kosong' })).toContain('role="img"');
  });
});

describe('barChart snapshot', () => {
  it('matches a tiny two-bar chart', () => {
    const svg = barChart(
      [
        { label: 'Binjai Utara', value: 88364 },
        { label: 'Binjai Kota', value: 32452 },
      ],
      { id: 'mini', title: 'Penduduk', unit: 'jiwa', width: 320 },
    );
    expect(all(parse(svg), (n) => n.name === 'rect')).toHaveLength(2);
    expect(pretty(svg)).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" data-chart="mini" class="chart-svg chart-svg--bar chart-svg--bar-horizontal" viewBox="0 0 320 90" width="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="mini-title" aria-describedby="mini-desc" font-family="system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, &#39;Noto Sans&#39;, Arial, sans-serif" font-size="13" fill="#1a1a1a">
      <title id="mini-title">Penduduk</title>
      <desc id="mini-desc">Diagram batang horizontal dengan 2 kategori. Nilai tertinggi Binjai Utara 88.364 jiwa; terendah Binjai Kota 32.452 jiwa.</desc>
      <g class="chart-axis chart-axis--value" aria-hidden="true">
      <line x1="111.08" x2="111.08" y1="8" y2="68" stroke="#e0e0e0" stroke-width="1"/>
      <line x1="182.44" x2="182.44" y1="8" y2="68" stroke="#e0e0e0" stroke-width="1"/>
      <text x="111.08" y="84" text-anchor="middle" font-size="12" fill="#595959">0</text>
      <text x="182.44" y="84" text-anchor="middle" font-size="12" fill="#595959">50.000</text>
      </g>
      <g class="chart-marks">
      <text x="103.08" y="23" text-anchor="end" dy="0.35em" class="chart-category">Binjai Utara</text>
      <g class="mark" tabindex="0" data-label="Binjai Utara" data-value="88.364 jiwa">
      <title>Binjai Utara: 88.364 jiwa</title>
      <rect x="111.08" y="13.55" width="126.1" height="18.9" fill="#0072B2"/>
      <text x="241.19" y="23" text-anchor="start" dy="0.35em" font-size="12" class="chart-value">88.364 jiwa</text>
      </g>
      <text x="103.08" y="53" text-anchor="end" dy="0.35em" class="chart-category">Binjai Kota</text>
      <g class="mark" tabindex="0" data-label="Binjai Kota" data-value="32.452 jiwa">
      <title>Binjai Kota: 32.452 jiwa</title>
      <rect x="111.08" y="43.55" width="46.31" height="18.9" fill="#0072B2"/>
      <text x="161.39" y="53" text-anchor="start" dy="0.35em" font-size="12" class="chart-value">32.452 jiwa</text>
      </g>
      </g>
      <line x1="111.08" x2="111.08" y1="6" y2="68" stroke="#1a1a1a" stroke-width="1" class="chart-baseline"/>
      </svg>"
    `);
  });
});
