import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { resolveIndicators } from '../../../src/lib/indicators/resolve.ts';
import { changeText, changeTone, indicatorValue, targetText } from '../../../src/lib/indicators/view.ts';
import { IndicatorListSchema, type IndicatorMeta, type ResolvedIndicator } from '../../../src/lib/indicators/schema.ts';
import { validateYaml } from '../../../src/lib/core/zod-problems.ts';
import type { BuiltDataset } from '../../../src/lib/datasets/schema.ts';
import { realDatasets } from '../../support/datasets.ts';

let datasets: BuiltDataset[];
let byId: Map<string, ResolvedIndicator>;
const registry = readFileSync('data/indicators.yml', 'utf8');

beforeAll(async () => {
  datasets = await realDatasets();
  const { value, problems } = validateYaml(IndicatorListSchema, registry, 'data/indicators.yml');
  expect(problems).toEqual([]);
  const resolved = resolveIndicators(value as IndicatorMeta[], datasets);
  expect(resolved.problems).toEqual([]);
  byId = new Map(resolved.indicators.map((i) => [i.id, i]));
}, 60_000);

const get = (id: string) => {
  const i = byId.get(id);
  if (!i) throw new Error(`indikator ${id} tidak ada`);
  return i;
};

describe('the registry resolves to the datasets’ numbers', () => {
  test('population 2023 = 303.272, up 3.263 from 2022, with its series', () => {
    const i = get('jumlah-penduduk');
    expect(i).toMatchObject({ year: 2023, value: 303272, previous: { year: 2022, value: 300009 }, change: 3263, unit: 'jiwa', target: null });
    expect(i.series).toEqual([
      { year: 2020, value: 291842 },
      { year: 2021, value: 295361 },
      { year: 2022, value: 300009 },
      { year: 2023, value: 303272 },
    ]);
    expect(indicatorValue(i)).toBe('303.272 jiwa');
    expect(changeText(i)).toBe('Naik 3.263 jiwa dari 2022');
    expect(changeTone(i)).toBe('neutral');
  });

  test('economic growth 4,75% missed the RPJMD target 5,54%', () => {
    const i = get('pertumbuhan-ekonomi');
    expect(i).toMatchObject({ year: 2023, value: 4.75, change: 0.57, target: { value: 5.54, met: false } });
    expect(changeText(i)).toBe('Naik 0,57 poin persen dari 2022');
    expect(changeTone(i)).toBe('good');
    expect(targetText(i)).toBe('Target RPJMD 2023 5,54%: belum tercapai');
  });

  test('life expectancy 74,18 met its target 73,05', () => {
    expect(get('angka-harapan-hidup')).toMatchObject({ value: 74.18, target: { value: 73.05, met: true } });
  });

  test('lower is better: inflation 2,19% against 1,83% is missed; poverty falling is good news', () => {
    expect(get('inflasi').target).toMatchObject({ value: 1.83, met: false });
    const poverty = get('persentase-penduduk-miskin');
    expect(poverty).toMatchObject({ value: 4.79, change: -0.31 });
    expect(changeTone(poverty)).toBe('good');
    expect(changeText(poverty)).toBe('Turun 0,31 poin persen dari 2022');
  });

  test('a row selector reads one budget line; without a series there is no change', () => {
    const i = get('realisasi-pendapatan-daerah');
    expect(i).toMatchObject({ year: 2023, value: 79.51, previous: null, change: null, series: [{ year: 2023, value: 79.51 }] });
    expect(changeText(i)).toBeNull();
  });

  test('eight headline indicators for the home page, each naming its source table', () => {
    const headline = [...byId.values()].filter((i) => i.headline);
    expect(headline.map((i) => i.id)).toEqual([
      'jumlah-penduduk',
      'pertumbuhan-ekonomi',
      'inflasi',
      'persentase-penduduk-miskin',
      'tingkat-pengangguran-terbuka',
      'indeks-pembangunan-manusia',
      'angka-harapan-hidup',
      'gini-ratio',
    ]);
    expect(get('jumlah-penduduk').source.table).toBe('Gambar I.6');
  });

  test('the registry never holds numbers itself', () => {
    expect(registry).not.toMatch(/:\s*-?\d+[.,]\d+\s*$/m);
    expect(registry).not.toMatch(/\b(303272|303\.272)\b/);
  });
});

describe('a wrong registry entry fails with file, line and fix', () => {
  const resolveText = (text: string) => {
    const { value, parsed, problems } = validateYaml(IndicatorListSchema, text, 'data/indicators.yml');
    if (!value) return problems;
    const line = (path: (string | number)[]) => {
      const node = parsed?.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? parsed?.lineCounter.linePos(node.range[0]).line : undefined;
    };
    return resolveIndicators(value, datasets, 'data/indicators.yml', line).problems;
  };
  const entry = (extra: string) => `- id: uji\n  title: Uji\n  description: Indikator uji.\n${extra}`;

  test('unknown dataset', () => {
    const [p] = resolveText(entry('  dataset: tidak-ada\n  field: nilai\n'));
    expect(p).toMatchObject({ file: 'data/indicators.yml', line: 4, message: 'dataset "tidak-ada" tidak ada' });
  });

  test('unknown column names the columns that exist', () => {
    const [p] = resolveText(entry('  dataset: penduduk-2020-2023\n  field: penduduk\n  year_field: tahun\n'));
    expect(p).toMatchObject({ line: 5, message: 'kolom "penduduk" tidak ada di dataset penduduk-2020-2023', hint: 'Pakai salah satu kolom: tahun, jumlah_penduduk.' });
  });

  test('a selector matching several rows without a year column', () => {
    const [p] = resolveText(entry('  dataset: penduduk-2020-2023\n  field: jumlah_penduduk\n'));
    expect(p?.message).toBe('pemilih baris cocok dengan 4 baris di penduduk-2020-2023, seharusnya satu');
  });

  test('duplicate ids and a bad direction are schema errors in Indonesian', () => {
    const one = entry('  dataset: penduduk-2020-2023\n  field: jumlah_penduduk\n  year_field: tahun\n');
    expect(resolveText(`${one}${one}`).map((p) => p.message)).toEqual(['isian "[1].id": id "uji" sudah dipakai indikator lain']);
    expect(resolveText(`${one}  better: naik\n`)[0]?.message).toBe('isian "[0].better": better harus higher, lower, atau neutral');
  });
});
