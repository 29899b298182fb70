import { describe, expect, test } from 'vitest';
import type { Download } from 'playwright-core';
import { useBuiltSite } from '../support/site.ts';
import { axeViolations } from '../support/browser.ts';

const site = useBuiltSite();

async function read(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const DATASET = '/data/penduduk-kecamatan-2023/';

describe('chart interaction', () => {
  test('hover and keyboard focus show the value of a bar', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${DATASET}`);
    const tip = page.locator('.chart-tooltip');
    const utara = page.locator('#penduduk-kecamatan-2023-1 .chart-variant--wide .mark[data-label="Binjai Utara"]');
    await utara.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await expect(tip.textContent()).resolves.toBe('Binjai Utara88.364 jiwa');

    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.locator('#penduduk-kecamatan-2023-1 .chart-variant--wide .mark[data-label="Binjai Kota"]').focus();
    await expect.poll(() => tip.textContent()).toBe('Binjai Kota32.452 jiwa');
    await context.close();
  });

  test('"Unduh grafik" saves a standalone SVG and a PNG', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${DATASET}`);
    const figure = page.locator('#penduduk-kecamatan-2023-1');

    const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Unduh grafik (SVG)' }).click()]);
    expect(svg.suggestedFilename()).toBe('penduduk-kecamatan-2023-1.svg');
    const text = (await read(svg)).toString('utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('role="img"');
    expect(text).toContain('88.364 jiwa');
    expect(text).not.toContain('tabindex');

    const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Unduh grafik (PNG)' }).click()]);
    expect(png.suggestedFilename()).toBe('penduduk-kecamatan-2023-1.png');
    const bytes = await read(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBe(1280); // 640-wide viewBox at 2×
    await context.close();
  });

  test('without JavaScript the chart is there and the download buttons are hidden', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${DATASET}`);
    await expect(page.getByRole('img', { name: 'Jumlah Penduduk Menurut Kecamatan 2023' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Unduh grafik (SVG)' }).first().isVisible()).resolves.toBe(false);
    await expect(page.locator('textarea[readonly]').inputValue()).resolves.toContain('<iframe src="https://data.binjaikota.go.id/embed/penduduk-kecamatan-2023/"');
    await context.close();
  });

  test('on a phone the narrow layout is the one shown (and read)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/data/penduduk-2020-2023/`);
    const shown = page.getByRole('img', { name: 'Perkembangan Jumlah Penduduk Kota Binjai 2020–2023' });
    await expect(shown.count()).resolves.toBe(1);
    await expect(shown.getAttribute('viewBox')).resolves.toMatch(/^0 0 360 /);
    await context.close();
  });
});

const PAGES = [
  '/',
  '/indikator/',
  '/topik/kependudukan/',
  '/opd/',
  '/opd/bps-binjai/',
  '/kecamatan/',
  '/kecamatan/binjai-utara/',
  '/embed/penduduk-kecamatan-2023/',
  '/data/penduduk-kecamatan-2023/',
  '/data/penduduk-kelompok-umur-2023/',
  '/data/realisasi-belanja-daerah-2023/',
];

describe('accessibility (axe-core) on the visual pages', () => {
  test.each(PAGES)('%s has no violations', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 180_000); // pages with many SVG marks take axe a while on a busy machine
});

/** Datasets whose chart is declared in their yml (counts of list rows, single values, targets, one unit). */
const DECLARED = [
  'aplikasi-pemerintah-kota-binjai-2024',
  'benda-cagar-budaya-2023',
  'indeks-kedalaman-kemiskinan-2022-2023',
  'indeks-pembangunan-manusia-2023',
  'kebijakan-strategis-2023',
  'kejadian-bencana-kelurahan-2023',
  'perda-perkada-ditegakkan-sanksi-2023',
  'perjanjian-kinerja-disnaker-perindag-2021',
  'produksi-industri-jenis-produk-2021',
  'rumah-sakit-terakreditasi-2023',
  'tindak-lanjut-rekomendasi-dprd-2022',
  'website-opd-dibangun-programmer-2024',
];
const DECLARED_PAGES = [...DECLARED.map((s) => `/data/${s}/`), '/embed/aplikasi-pemerintah-kota-binjai-2024/', '/embed/perjanjian-kinerja-disnaker-perindag-2021/', '/opd/diskominfo/'];

describe('declared charts (counts, single values, targets)', () => {
  // One page per kind of declared chart (count, single value, targets per unit, panels per unit), plus an
  // embed and an agency page: the other declared pages share their markup and are covered at 320 px below
  // and, as a page type, by tests/e2e/quality.test.ts.
  const AXE_PAGES = [
    '/data/aplikasi-pemerintah-kota-binjai-2024/',
    '/data/indeks-pembangunan-manusia-2023/',
    '/data/perjanjian-kinerja-disnaker-perindag-2021/',
    '/data/produksi-industri-jenis-produk-2021/',
    '/embed/aplikasi-pemerintah-kota-binjai-2024/',
    '/opd/diskominfo/',
  ];
  test.each([375, 1280])('axe finds no violation at %i px', async (width) => {
    expect(AXE_PAGES.every((p) => DECLARED_PAGES.includes(p))).toBe(true);
    const context = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const path of AXE_PAGES) {
      await page.goto(`${site.server.url}${path}`);
      expect(await axeViolations(page), `${path} at ${width}px`).toEqual([]);
    }
    await context.close();
  }, 300_000);

  test('no horizontal overflow at 320 px, and the phone layout is the one shown', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    for (const path of DECLARED_PAGES) {
      await page.goto(`${site.server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
    }
    await page.goto(`${site.server.url}/data/rumah-sakit-terakreditasi-2023/`);
    const shown = page.getByRole('img', { name: 'Banyaknya rumah sakit rujukan menurut status akreditasi, 2023' });
    await expect(shown.count()).resolves.toBe(1);
    await expect(shown.getAttribute('viewBox')).resolves.toMatch(/^0 0 360 /);
    await context.close();
  });

  test('a count chart: hover value, its table of counts, SVG and PNG downloads', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/data/aplikasi-pemerintah-kota-binjai-2024/`);
    const figure = page.locator('#aplikasi-pemerintah-kota-binjai-2024-1');
    await figure.locator('.chart-variant--wide .mark[data-label="Tidak aktif"]').hover();
    await expect.poll(() => page.locator('.chart-tooltip').textContent()).toBe('Tidak aktif19 aplikasi');
    await figure.getByRole('link', { name: 'Lihat tabel hitungannya' }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#aplikasi-pemerintah-kota-binjai-2024-1-tabel');
    const counts = page.getByRole('region', { name: 'Tabel hitungan: Banyaknya aplikasi Pemerintah Kota Binjai menurut status, 2024' });
    await expect(counts.locator('tbody tr').allInnerTexts()).resolves.toEqual([
      'Aktif\t20 aplikasi',
      'Tidak aktif\t19 aplikasi',
      'Belum Publish\t3 aplikasi',
      'Masih Aktif\t1 aplikasi',
      'Aktif (Berubah nama menjadi kerabatbinjai pada tahun 2022)\t1 aplikasi',
    ]);

    const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Unduh grafik (SVG)' }).click()]);
    expect(svg.suggestedFilename()).toBe('aplikasi-pemerintah-kota-binjai-2024-1.svg');
    const text = (await read(svg)).toString('utf8');
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(text).toContain('20 aplikasi');
    expect(text).toContain('Dihitung dari 44 baris tabel ini');
    const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Unduh grafik (PNG)' }).click()]);
    expect(png.suggestedFilename()).toBe('aplikasi-pemerintah-kota-binjai-2024-1.png');
    const bytes = await read(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBe(1280);
    await context.close();
  });

  test('every declared chart downloads as SVG and PNG', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const slug of DECLARED) {
      await page.goto(`${site.server.url}/data/${slug}/`);
      const figure = page.locator(`#${slug}-1`);
      const [svg] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Unduh grafik (SVG)' }).click()]);
      expect(svg.suggestedFilename()).toBe(`${slug}-1.svg`);
      expect((await read(svg)).toString('utf8'), slug).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*role="img"/);
      const [png] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Unduh grafik (PNG)' }).click()]);
      const bytes = await read(png);
      expect(bytes.subarray(0, 4), slug).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      expect(bytes.readUInt32BE(16), slug).toBe(1280);
    }
    await context.close();
  }, 120_000);

  test('the embed page of a count chart shows the chart and its counts without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/embed/rumah-sakit-terakreditasi-2023/`);
    await expect(page.getByRole('img', { name: 'Banyaknya rumah sakit rujukan menurut status akreditasi, 2023' }).count()).resolves.toBe(1);
    await expect(page.locator('.chart-counts tbody tr').allInnerTexts()).resolves.toEqual(['Sudah\t10 rumah sakit', 'Belum\t2 rumah sakit']);
    await context.close();
  });
});

describe('no horizontal overflow', () => {
  test.each([320, 375, 1280])('at %i px', async (width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${site.server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBe(0);
    }
    await context.close();
  });
});
