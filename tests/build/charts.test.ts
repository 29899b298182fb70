import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { chartsFor } from '../../src/lib/datasets/charts.ts';
import { embedSnippet } from '../../src/lib/datasets/embed.ts';
import type { BuiltDataset } from '../../src/lib/datasets/schema.ts';
import { TOPICS } from '../../src/lib/datasets/topics.ts';
import { ROOT, assertBuilt, distExists, listDist, readDist, readDistJson } from '../support/dist.ts';

let datasets: BuiltDataset[];
let charted: Set<string>;
beforeAll(() => {
  assertBuilt();
  datasets = JSON.parse(readFileSync(path.join(ROOT, 'data/build/datasets.json'), 'utf8')) as BuiltDataset[];
  charted = new Set(datasets.filter((d) => chartsFor(d).length > 0).map((d) => d.slug));
});

/** Every dataset file in data/datasets/ is a dataset page. */
const DATASET_FILES = readdirSync(path.join(ROOT, 'data/datasets')).filter((f) => f.endsWith('.yml')).length;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const scriptTag = /<script type="module" src="\/_astro\/[^"]*ChartScript[^"]*\.js"><\/script>/;

describe('dataset pages', () => {
  test('a chart that leaves out rows of another unit says so, with its unit, in the visible caption', () => {
    const html = readDist('/data/perjanjian-kinerja-diskominfo-2024/');
    expect(html).toContain('<span class="chart-title">Perjanjian Kinerja Dinas Komunikasi dan Informatika 2024: indikator bersatuan %</span>');
    expect(html).toMatch(
      /TABEL 2\.3\. Satuan: %\.\s*Hanya nilai bersatuan % yang digambar; 2 baris lain tidak digambar karena bersatuan lain atau satuannya hanya disebut di nama indikator; semuanya ada di tabel\./,
    );
  });

  test('every dataset page shows its charts as accessible SVG above the table', () => {
    expect(datasets).toHaveLength(DATASET_FILES);
    expect(datasets.filter((d) => !charted.has(d.slug)).map((d) => d.slug)).toEqual([]);
    for (const slug of charted) {
      const html = readDist(`/data/${slug}/`);
      const figures = html.match(/<figure class="chart"/g) ?? [];
      expect(figures.length, slug).toBe(chartsFor(datasets.find((d) => d.slug === slug)!).length);
      for (const m of html.matchAll(/<svg [^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*aria-describedby="([^"]+)"/g)) {
        expect(html, slug).toMatch(new RegExp(`<title id="${m[1]}">[^<]+</title><desc id="${m[2]}">[^<]+</desc>`));
      }
      expect(html.indexOf('<figure class="chart"'), slug).toBeLessThan(html.indexOf('<table'));
      expect(html, slug).toContain('Unduh grafik (SVG)');
      expect(html, slug).toContain('Unduh grafik (PNG)');
      expect(html, slug).toMatch(scriptTag);
    }
  });

  test('pages without charts load no chart script', () => {
    for (const page of ['/data/', '/dokumen/', '/kualitas-data/']) {
      const html = readDist(page);
      expect(html, page).not.toContain('<figure class="chart"');
      expect(html, page).not.toMatch(scriptTag);
    }
  });

  test('count charts show their own table of counts, with a link from the caption and the merged spellings', () => {
    const counted = datasets.flatMap((d) => chartsFor(d).filter((c) => c.counts).map((c) => ({ d, c })));
    expect(counted.map(({ c }) => c.id).sort()).toEqual([
      'aplikasi-pemerintah-kota-binjai-2024-1',
      'benda-cagar-budaya-2023-1',
      'kebijakan-strategis-2023-1',
      'kejadian-bencana-kelurahan-2023-1',
      'perda-perkada-ditegakkan-sanksi-2023-1',
      'rumah-sakit-terakreditasi-2023-1',
      'tindak-lanjut-rekomendasi-dprd-2022-1',
      'website-opd-dibangun-programmer-2024-1',
    ]);
    for (const { d, c } of counted)
      for (const page of [`/data/${d.slug}/`, `/embed/${d.slug}/`]) {
        const html = readDist(page);
        expect(html, page).toContain(`<a href="#${c.id}-tabel">Lihat tabel hitungannya</a>`);
        expect(html, page).toMatch(new RegExp(`<div class="table-scroll chart-counts" id="${c.id}-tabel"`));
      }
    const html = readDist('/data/aplikasi-pemerintah-kota-binjai-2024/');
    expect(html).toContain('Banyaknya dihitung portal dari 44 baris tabel ini, bukan angka tercetak.');
    expect(html).toMatch(/<tr><th scope="row">Aktif<\/th><td class="num">20 aplikasi<\/td><\/tr>/);
    expect(html).toMatch(/<tr><th scope="row">Tidak aktif<\/th><td class="num">19 aplikasi<\/td><\/tr>/);
    expect(html).toMatch(/<th scope="row">Jumlah baris<\/th><td class="num">44 aplikasi<\/td>/);
    expect(html).toContain('dihitung bersama: “Tidak aktif” menggabungkan “Tidak aktif” (15) dan “Tidak Aktif” (4).');
    // On agency pages the chart grid gets chart, counts and note as one item.
    expect(readDist('/opd/diskominfo/')).toMatch(
      /<div class="chart-block"><figure class="chart" id="opd-diskominfo-aplikasi-pemerintah-kota-binjai-2024-1"[\s\S]*?<\/figure><div class="table-scroll chart-counts" id="opd-diskominfo-aplikasi-pemerintah-kota-binjai-2024-1-tabel"[\s\S]*?<\/table><\/div><p class="meta-line chart-counts-note">[^<]*<\/p><\/div>/,
    );
    const hospitals = readDist('/data/rumah-sakit-terakreditasi-2023/');
    expect(hospitals).toMatch(/<tr><th scope="row">Sudah<\/th><td class="num">10 rumah sakit<\/td><\/tr>/);
    expect(hospitals).toMatch(/<tr><th scope="row">Belum<\/th><td class="num">2 rumah sakit<\/td><\/tr>/);
  });

  test('the population page shows the values in id-ID and offers a copyable iframe snippet', () => {
    const html = readDist('/data/penduduk-kecamatan-2023/');
    expect(html).toContain('88.364 jiwa');
    expect(html).toContain('Sumber: Laporan Keterangan Pertanggungjawaban (LKPJ) Wali Kota Binjai Akhir Tahun Anggaran 2023, Tabel I.3. Satuan: jiwa.');
    expect(html).toMatch(/<textarea id="sematkan-penduduk-kecamatan-2023" readonly[^>]*>/);
    expect(html).toContain(escapeHtml(embedSnippet({ slug: 'penduduk-kecamatan-2023', title: 'Jumlah Penduduk Menurut Kecamatan 2023' })));
    expect(embedSnippet({ slug: 'x', title: 'A "B" <C>' })).toBe(
      '<iframe src="https://data.binjaikota.go.id/embed/x/" title="Grafik: A &quot;B&quot; &lt;C&gt;" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});

describe('embeds', () => {
  test('an embed page exists for every dataset (each has a chart)', () => {
    const embeds = listDist('.html').filter((p) => p.startsWith('/embed/')).map((p) => p.split('/')[2]);
    expect(new Set(embeds)).toEqual(charted);
    expect(embeds).toHaveLength(DATASET_FILES);
  });

  test('minimal chrome, noindex, chart, source and a link back', () => {
    const html = readDist('/embed/penduduk-kelompok-umur-2023/');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain('site-header');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain('Tabel I.5');
    expect(html).toMatch(/<a href="https:\/\/data\.binjaikota\.go\.id\/data\/penduduk-kelompok-umur-2023\/" target="_top">/);
  });
});

describe('links from dataset pages resolve', () => {
  test('every /topik/ and /opd/ link in the site has a page', () => {
    const targets = new Set<string>();
    for (const file of listDist('.html'))
      for (const m of readDist(file).matchAll(/href="(\/(?:topik|opd|kecamatan)\/[^"#?]*)"/g)) targets.add(m[1] as string);
    expect(targets.size).toBeGreaterThan(20);
    for (const t of targets) expect(distExists(t), t).toBe(true);
    for (const topic of TOPICS) expect(distExists(`/topik/${topic.id}/`), topic.id).toBe(true);
    for (const d of datasets) expect(distExists(`/opd/${d.publisher}/`), d.publisher).toBe(true);
  });
});

describe('visual pages', () => {
  test('home page: headline indicator cards resolved from datasets', () => {
    const html = readDist('/');
    expect(html).toContain('<h1>Binjai dalam Angka</h1>');
    expect(html).toContain('303.272 jiwa');
    expect(html).toContain('Naik 3.263 jiwa dari 2022');
    expect(html).toContain('Target RPJMD 2023 5,54%: belum tercapai');
    expect(html).toMatch(/<a href="\/data\/penduduk-2020-2023\/">Jumlah penduduk<\/a>/);
    for (const href of ['/indikator/', '/anggaran/', '/ppid/', '/dokumen/', '/kecamatan/binjai-utara/', '/topik/kependudukan/', '/opd/'])
      expect(html).toContain(`href="${href}"`);
    expect(html.match(/class="card indicator-card"/g)).toHaveLength(8);
  });

  test('Binjai Utara profile: 88.364 jiwa, first of five, tile map highlighting it', () => {
    const html = readDist('/kecamatan/binjai-utara/');
    expect(html).toContain('<h1>Kecamatan Binjai Utara</h1>');
    expect(html).toMatch(/<th scope="row">Jumlah penduduk<\/th>\s*<td class="num">88\.364 jiwa<\/td>\s*<td class="num">303\.272 jiwa<\/td>\s*<td class="num">1 dari 5<\/td>/);
    expect(html).toContain('Binjai Utara disorot');
    expect(html).toContain('href="/data/kelurahan-lingkungan-kecamatan/"');
  });

  test('topic and agency pages list their datasets with charts', () => {
    const topic = readDist('/topik/kependudukan/');
    expect(topic).toContain('href="/data/penduduk-kecamatan-2023/"');
    expect(topic).toMatch(/<figure class="chart"/);
    const agency = readDist('/opd/bps-binjai/');
    expect(agency).toContain('<h1>Badan Pusat Statistik Kota Binjai</h1>');
    expect(agency).toContain('href="/data/penduduk-kecamatan-2023/"');
    expect(agency).toMatch(/<figure class="chart"/);
  });

  test('/api/v1/indicators.json: population 2023 = 303272', () => {
    const { indicators } = readDistJson<{ indicators: Array<{ id: string; year: number; value: number; dataset: string }> }>('/api/v1/indicators.json');
    expect(indicators.find((i) => i.id === 'jumlah-penduduk')).toMatchObject({ year: 2023, value: 303272, dataset: 'penduduk-2020-2023' });
    expect(readDist('/api/')).toContain('href="/api/v1/indicators.json"');
  });
});
