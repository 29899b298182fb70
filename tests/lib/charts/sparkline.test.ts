import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/lib/charts/index.ts';
import { POP_TOTAL, YEARS } from './fixtures.ts';
import { byName, descOf, marks, parse, pretty, subpaths } from './svg-tree.ts';

const opts = { id: 'kartu-penduduk', title: 'Tren jumlah penduduk', unit: 'jiwa', labels: [...YEARS] };

describe('sparkline', () => {
  it('is a tiny axis-free line with an accessible name and trend description', () => {
    const svg = parse(sparkline([...POP_TOTAL], opts));
    expect(svg.attrs['viewBox']).toBe('0 0 120 32');
    expect(byName(svg, 'text')).toEqual([]);
    expect(svg.attrs['aria-labelledby']).toBe('kartu-penduduk-title');
    expect(descOf(svg)).toBe(
      'Grafik garis mini 2020–2023: dari 291.842 jiwa menjadi 303.272 jiwa (naik 3,9%). Tertinggi 2023 303.272 jiwa; terendah 2020 291.842 jiwa.',
    );
  });

  it('keeps marks out of the tab order by default (cards are often links) but can opt in', () => {
    expect(marks(parse(sparkline([...POP_TOTAL], opts))).every((m) => m.node.attrs['tabindex'] === undefined)).toBe(true);
    expect(marks(parse(sparkline([...POP_TOTAL], { ...opts, focusable: true }))).every((m) => m.node.attrs['tabindex'] === '0')).toBe(true);
  });

  it('breaks the line at a missing value', () => {
    const svg = parse(sparkline([291842, 295361, null, 303272], opts));
    expect(subpaths(byName(svg, 'path')[0]!.attrs['d']!)).toBe(2);
    expect(descOf(svg)).toContain('Tidak ada data untuk 2022.');
  });

  it('matches snapshot', () => {
    expect(pretty(sparkline([291842, 295361, 300009], { id: 's', title: 'Penduduk', unit: 'jiwa', labels: [2020, 2021, 2022] }))).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" data-chart="s" class="chart-svg chart-svg--sparkline" viewBox="0 0 120 32" width="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="s-title" aria-describedby="s-desc" font-family="system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, &#39;Noto Sans&#39;, Arial, sans-serif" font-size="13" fill="#1a1a1a">
      <title id="s-title">Penduduk</title>
      <desc id="s-desc">Grafik garis mini 2020–2022: dari 291.842 jiwa menjadi 300.009 jiwa (naik 2,8%). Tertinggi 2022 300.009 jiwa; terendah 2020 291.842 jiwa.</desc>
      <path d="M4,28L60,17.66L116,4" fill="none" stroke="#0072B2" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" class="chart-line"/>
      <g class="chart-marks">
      <g class="mark" data-label="2020" data-value="291.842 jiwa">
      <title>2020: 291.842 jiwa</title>
      <circle cx="4" cy="28" r="3" fill="#0072B2" fill-opacity="0"/>
      </g>
      <g class="mark" data-label="2021" data-value="295.361 jiwa">
      <title>2021: 295.361 jiwa</title>
      <circle cx="60" cy="17.66" r="3" fill="#0072B2" fill-opacity="0"/>
      </g>
      <g class="mark mark--last" data-label="2022" data-value="300.009 jiwa">
      <title>2022: 300.009 jiwa</title>
      <circle cx="116" cy="4" r="2.5" fill="#0072B2"/>
      </g>
      </g>
      </svg>"
    `);
  });
});
