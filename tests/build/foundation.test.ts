import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST, distExists, readDist, readDistJson } from '../support/dist.ts';

interface Distribution { format: string; url: string; bytes: number; sha256: string }
interface Meta {
  slug: string; title: string; description: string; topic: string; publisher: string;
  source: { document: string; table: string; lines: [number, number]; note?: string };
  temporal: { start: number; end: number }; spatial: string; license: string;
  fields: Array<{ name: string; title: string; type: string }>;
  checks: Array<{ rule: string; status: 'pass' | 'fail'; note?: string }>;
  distributions: Distribution[];
}
type Detail = Meta & { rows: Array<Record<string, string | number | boolean | null>> };

/** The six datasets of the population family (foundation issue, point 4). */
const FAMILY = [
  ['Tabel I.1', 'kecamatan'],
  ['Tabel I.3', 'kecamatan'],
  ['Tabel I.4', 'kecamatan'],
  ['Tabel I.5', 'kota'],
  ['Gambar I.1', 'kecamatan'],
  ['Gambar I.6', 'kota'],
] as const;

let catalogue: Meta[];
beforeAll(() => {
  assertBuilt();
  catalogue = readDistJson<{ datasets: Meta[] }>('/api/v1/datasets.json').datasets;
});

const lkpj = (table: string) => catalogue.find((d) => d.source.document === 'lkpj-2023' && d.source.table === table);

describe('API contract', () => {
  test('every dataset object carries the promised fields', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(6);
    for (const d of catalogue) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['slug', 'title', 'description', 'topic', 'publisher', 'source', 'temporal', 'spatial', 'license', 'fields', 'checks', 'distributions']),
      );
      expect(d.license).toBe('CC-BY-4.0');
      expect(d.source.lines[0]).toBeLessThanOrEqual(d.source.lines[1]);
      for (const c of d.checks) expect(['pass', 'fail']).toContain(c.status);
      expect(d.distributions.map((x) => x.format)).toEqual(expect.arrayContaining(['CSV', 'JSON']));
    }
  });

  test.each(FAMILY)('population family: %s is published at level %s', (table, spatial) => {
    const d = lkpj(table);
    expect(d, `${table} tidak ada di API`).toBeDefined();
    expect(d!.spatial).toBe(spatial);
    expect(distExists(`/data/${d!.slug}/`)).toBe(true);
    expect(distExists(`/api/v1/datasets/${d!.slug}.json`)).toBe(true);
  });

  test('every distribution exists with the stated size and SHA-256', () => {
    for (const d of catalogue) {
      for (const x of d.distributions) {
        const rel = new URL(x.url).pathname;
        const bytes = readFileSync(path.join(DIST, rel));
        expect(bytes.length, rel).toBe(x.bytes);
        expect(createHash('sha256').update(bytes).digest('hex'), rel).toBe(x.sha256);
      }
    }
  });
});

describe('Tabel I.3: population by kecamatan', () => {
  test('Binjai Utara has 88364 inhabitants in the API rows, as JSON numbers', () => {
    const d = readDistJson<Detail>(`/api/v1/datasets/${lkpj('Tabel I.3')!.slug}.json`);
    const utara = d.rows.find((r) => r['kecamatan'] === 'Binjai Utara');
    expect(utara).toMatchObject({ kode_wilayah: '12.75.01', penduduk: 88364, persentase: 29.14 });
    const kota = d.rows.find((r) => r['baris_total'] === true);
    expect(kota).toMatchObject({ penduduk: 303272, kepadatan: 3352.92 });
  });

  test('the CSV has a header row and plain machine numbers', () => {
    const slug = lkpj('Tabel I.3')!.slug;
    const csv = readDist(`/data/${slug}/${slug}.csv`);
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(expect.arrayContaining(['kecamatan', 'kode_wilayah', 'penduduk']));
    expect(csv).toContain('Binjai Utara,12.75.01,88364,29.14,');
    expect(csv).toContain('Binjai Selatan,12.75.05,60894,20.08,');
  });

  test('the density contradiction with Gambar I.1 is published as a failing check with a note', () => {
    const d = lkpj('Tabel I.3')!;
    const failing = d.checks.filter((c) => c.status === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((c) => (c.note ?? '').length > 20)).toBe(true);
    const html = readDist(`/data/${d.slug}/`);
    expect(html).toContain('Tidak cocok');
    expect(html).toContain('Catatan kualitas data');
  });

  test('the dataset page shows the number formatted id-ID, provenance and downloads', () => {
    const d = lkpj('Tabel I.3')!;
    const html = readDist(`/data/${d.slug}/`);
    expect(html).toContain('88.364');
    expect(html).toContain('Tabel I.3');
    expect(html).toContain(`${d.source.lines[0].toLocaleString('id-ID')}–${d.source.lines[1].toLocaleString('id-ID')}`);
    expect(html).toContain(`href="/data/${d.slug}/${d.slug}.csv"`);
    expect(html).toContain(d.distributions[0]!.sha256);
  });
});

test('home, catalogue and API pages are built', () => {
  for (const p of ['/', '/data/', '/api/', '/api/v1/datasets.json']) expect(distExists(p), p).toBe(true);
  const cat = readDist('/data/');
  for (const d of catalogue) expect(cat).toContain(`href="/data/${d.slug}/"`);
});

describe('fidelity of printed values', () => {
  test('a column mixing 15% and 1100 keeps the "%" in the page cell, the CSV and the API', () => {
    const html = readDist('/data/realisasi-iku-diskominfo-2024/');
    const cells = [...(html.match(/<table>[\s\S]*?<\/table>/)?.[0] ?? '').matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    // Column-level display decimals (2, from 2,98) pad every cell; the "%" follows only the cells printed with it.
    expect(cells).toEqual(['2,98', '3,12', '15,00%', '12,00%', '1.100,00', '4.225,00', '15,00%', '30,00%', '70,00%', '94,00%']);
    expect(html).toContain('<td>per baris: kolom <code>target_satuan</code></td>');
    const csv = Papa.parse<string[]>(readDist('/data/realisasi-iku-diskominfo-2024/realisasi-iku-diskominfo-2024.csv'), { skipEmptyLines: true }).data;
    expect(csv[0]).toEqual(['sasaran', 'indikator', 'target', 'target_satuan', 'realisasi', 'realisasi_satuan']);
    expect(csv.slice(1).map((r) => `${r[2]}${r[3]} ${r[4]}${r[5]}`)).toEqual(['2.98 3.12', '15% 12%', '1100 4225', '15% 30%', '70% 94%']);
    const api = readDistJson<{ fields: Array<{ name: string; unit_field?: string; generated?: boolean }> }>('/api/v1/datasets/realisasi-iku-diskominfo-2024.json');
    expect(api.fields.filter((f) => f.unit_field).map((f) => [f.name, f.unit_field])).toEqual([
      ['target', 'target_satuan'],
      ['realisasi', 'realisasi_satuan'],
    ]);
  });

  test('the appendix dataset page and /kualitas-data/ name the six sub-kegiatan that print only "0"', () => {
    for (const page of ['/data/anggaran-realisasi-subkegiatan-2023/', '/kualitas-data/']) {
      const html = readDist(page);
      expect(html, page).toContain('2.14.03.2.02.01 (baris 17795, angka &quot;0&quot; di baris 17799)');
      expect(html, page).toContain('8.01.03.2.01.01 (baris 28348, angka &quot;0&quot; di baris 28378)');
    }
  });
});
