/**
 * Golden files: the normalised output of six real LKPJ 2023 population-family
 * tables, compared with tests/fixtures/golden/<slug>.json. A mismatch shows
 * the diff. After an intended change, regenerate and review the diff in git:
 *
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/scripts/data/golden.test.ts
 *
 * The whole real data/ is run once (it is the pipeline's real input), so this
 * file also checks that every dataset and the coverage register build cleanly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput, stableJson } from '../../../scripts/data/build.ts';
import { runPipeline } from '../../../scripts/data/pipeline.ts';
import type { BuiltDataset } from '../../../src/lib/schemas/dataset.ts';

const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/golden/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

/** LKPJ 2023 BAB I: Tabel I.1, I.3, I.4, I.5, Gambar I.1, I.6. */
const GOLDEN = [
  { slug: 'kelurahan-lingkungan-kecamatan', table: 'Tabel I.1' },
  { slug: 'penduduk-kecamatan-2023', table: 'Tabel I.3' },
  { slug: 'penduduk-jenis-kelamin-kecamatan-2023', table: 'Tabel I.4' },
  { slug: 'penduduk-kelompok-umur-2023', table: 'Tabel I.5' },
  { slug: 'luas-wilayah-kecamatan', table: 'Gambar I.1' },
  { slug: 'penduduk-2020-2023', table: 'Gambar I.6' },
] as const;

const out = runPipeline(await loadInput());
const bySlug = new Map(out.datasets.map((d) => [d.slug, d]));

function dataset(slug: string): BuiltDataset {
  const d = bySlug.get(slug);
  if (!d) throw new Error(`dataset ${slug} was not built`);
  return d;
}

/** What the golden file pins: the normalised table and its checks, not the prose around it. */
function goldenView(d: BuiltDataset) {
  return {
    slug: d.slug,
    source: { document: d.source.document, table: d.source.table, lines: d.source.lines, raw_file: d.source.raw_file },
    fields: d.fields,
    rows: d.rows,
    missing: d.missing,
    checks: d.checks,
  };
}

describe('the real data', () => {
  it('builds every dataset and the coverage register without a problem', () => {
    expect(out.problems).toEqual([]);
    expect(out.datasets.length).toBeGreaterThanOrEqual(157);
  });
});

describe('golden files', () => {
  it.each(GOLDEN)('$table matches the golden file of $slug', ({ slug, table }) => {
    const d = dataset(slug);
    expect(d.source).toMatchObject({ document: 'lkpj-2023', table });
    const actual = goldenView(d);
    const file = `${GOLDEN_DIR}${slug}.json`;
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, stableJson(actual));
    }
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run --project unit tests/scripts/data/golden.test.ts`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('headline values', () => {
  it('Tabel I.3: Binjai Utara has 88,364 inhabitants (29.14 %), the city 303,272', () => {
    const rows = dataset('penduduk-kecamatan-2023').rows;
    expect(rows.find((r) => r['kecamatan'] === 'Binjai Utara')).toEqual({
      kecamatan: 'Binjai Utara',
      kode_wilayah: '12.75.01',
      penduduk: 88364,
      persentase: 29.14,
      kepadatan: 3745.82,
      baris_total: false,
    });
    expect(rows.find((r) => r['baris_total'] === true)).toMatchObject({ kecamatan: 'Kota Binjai', kode_wilayah: '12.75', penduduk: 303272 });
  });

  it('Tabel I.3: the density check fails for Binjai Timur and the city (areas contradict Gambar I.1), published with a note', () => {
    const check = dataset('penduduk-kecamatan-2023').checks.find((c) => c.rule === 'ratio:kepadatan=penduduk/luas-wilayah-kecamatan.luas_km2');
    expect(check?.status).toBe('fail');
    expect(check?.note).toMatch(/^Sumber tidak konsisten\. Kepadatan Binjai Timur 3\.119,34 jiwa\/km² berarti luas 21,92 km²/);
    expect(check?.failures).toEqual([
      { row: 'Binjai Timur', field: 'kepadatan', printed: 3119.34, expected: 3150.967742 },
      { row: 'Kota Binjai', field: 'kepadatan', printed: 3352.92, expected: 3361.099413 },
    ]);
    // The other checks of the table hold.
    expect(dataset('penduduk-kecamatan-2023').checks.filter((c) => c !== check).map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it('Gambar I.1: the five kecamatan add up to the 90.23 km² in the prose', () => {
    const total = dataset('luas-wilayah-kecamatan').rows.reduce((s, r) => s + (r['luas_km2'] as number), 0);
    expect(Math.round(total * 100) / 100).toBe(90.23);
  });

  it('Gambar I.6: 2020–2023 in year order, ending at 303,272', () => {
    expect(dataset('penduduk-2020-2023').rows.map((r) => [r['tahun'], r['jumlah_penduduk']]).at(-1)).toEqual([2023, 303272]);
    expect(dataset('penduduk-2020-2023').rows.map((r) => r['tahun'])).toEqual([2020, 2021, 2022, 2023]);
  });
});

describe('the real coverage register', () => {
  it('records each golden table with its dataset', () => {
    for (const { slug, table } of GOLDEN) {
      const entry = out.coverage.find((e) => e.document === 'lkpj-2023' && e.label === table);
      expect(entry?.datasets, table).toContain(slug);
    }
    expect(out.coverage.find((e) => e.document === 'lkpj-2023' && e.label === 'Tabel I.3')).toEqual({
      document: 'lkpj-2023',
      label: 'Tabel I.3',
      title: 'Jumlah Penduduk Menurut Kecamatan di Kota Binjai Tahun 2023',
      lines: [793, 816],
      datasets: ['penduduk-kecamatan-2023'],
    });
  });

  it('lists every built dataset at least once', () => {
    const registered = new Set(out.coverage.flatMap((e) => e.datasets));
    expect(out.datasets.map((d) => d.slug).filter((s) => !registered.has(s))).toEqual([]);
  });
});
