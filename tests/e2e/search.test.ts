import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { assertBuilt, readDistJson } from '../support/dist.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { axeViolations, launch } from '../support/browser.ts';

let server: StaticServer;
let browser: Browser;
let datasetCount: number;

beforeAll(async () => {
  assertBuilt();
  datasetCount = readDistJson<{ datasets: unknown[] }>('/api/v1/datasets.json').datasets.length;
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Browser work on a loaded CI machine can take seconds; vitest's poll default (1 s) is too short. */
const POLL = { timeout: 15_000 };

/** Waits until the status line reports a finished search, then returns the result URLs in order. */
async function results(page: Page): Promise<string[]> {
  const status = page.locator('[data-status]');
  await expect.poll(() => status.textContent(), POLL).toMatch(/hasil|Tidak ada hasil/);
  await expect.poll(() => page.locator('[data-search-app][aria-busy]').count(), POLL).toBe(0);
  return page.locator('.result h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Queries people type, the dataset that must come back, and the worst rank
 * accepted (1 = first). Add a row whenever a search disappoints someone.
 */
const RELEVANCE: ReadonlyArray<[query: string, slug: string, maxRank: number]> = [
  ['penduduk binjai utara', 'penduduk-kecamatan-2023', 1],
  ['kemiskinan', 'garis-kemiskinan-penduduk-miskin-2020-2023', 3],
  ['realisasi belanja', 'realisasi-belanja-daerah-2023', 2],
  ['UMK', 'umk-kota-binjai-2011-2021', 1],
  ['SPBE', 'indeks-spbe-kota-binjai-2023-2024', 1],
  ['upah minimum', 'umk-kota-binjai-2011-2021', 1],
  ['jalan mantap', 'kondisi-jalan-mantap-2023', 1],
  ['inflasi', 'inflasi-binjai-sumut-2019-2023', 2],
  ['indeks pembangunan manusia', 'indeks-pembangunan-manusia-2023', 3],
  ['ktp-el', 'perekaman-ktp-el-kecamatan-2023', 3],
];

describe('relevance (Chromium, the real index)', () => {
  test.each(RELEVANCE)('“%s” finds %s within the first %i', async (query, slug, maxRank) => {
    const page = await open(`/cari/?q=${encodeURIComponent(query)}`);
    const urls = await results(page);
    const rank = urls.indexOf(`/data/${slug}/`) + 1;
    expect(rank, `hasil: ${urls.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(maxRank);
    await page.context().close();
  });

  test('“realisasi belanja”: both LRA spending datasets lead the results', async () => {
    const page = await open('/cari/?q=realisasi%20belanja');
    const top = (await results(page)).slice(0, 2).sort();
    expect(top).toEqual(['/data/realisasi-belanja-daerah-2023/', '/data/realisasi-belanja-daerah-rinci-2023/']);
    await page.context().close();
  });
});

describe('facets, sorting and deep links', () => {
  test('a deep link restores the query, the ticked facets and the sort order', async () => {
    const page = await open('/cari/?q=penduduk&topik=Kependudukan&urut=terbaru');
    const urls = await results(page);
    expect(urls.length).toBeGreaterThan(1);
    await expect(page.locator('input#q').inputValue()).resolves.toBe('penduduk');
    await expect(page.locator('[data-search-fallback]').isHidden()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^Kependudukan/ }).isChecked()).resolves.toBe(true);
    await expect(page.locator('select[name="urut"]').inputValue()).resolves.toBe('terbaru');
    const metas = await page.locator('.result .meta-line').allTextContents();
    for (const m of metas) expect(m).toContain('Kependudukan');
    expect(metas[0]).toMatch(/diperbarui \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await page.context().close();
  });

  test('ticking facets narrows the results and writes them into the address', async () => {
    const page = await open('/cari/?q=penduduk');
    const all = await results(page);
    await page.getByRole('group', { name: 'Tingkat wilayah' }).getByRole('checkbox', { name: /^Kecamatan/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('wilayah'), POLL).toBe('Kecamatan');
    await expect.poll(async () => (await results(page)).length, { timeout: 30_000 }).toBeLessThan(all.length);
    const narrowed = await results(page);
    expect(narrowed).toContain('/data/penduduk-kecamatan-2023/');
    expect(narrowed).not.toContain('/data/penduduk-2020-2023/');
    await page.getByRole('button', { name: 'Hapus semua saringan' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('wilayah'), POLL).toBe(false);
    await page.goBack();
    await expect.poll(() => page.getByRole('checkbox', { name: /^Kecamatan/ }).isChecked(), POLL).toBe(true);
    await page.context().close();
  });

  test('with an empty query, facets browse everything: every dataset, newest first', async () => {
    const page = await open('/cari/?jenis=dataset&urut=terbaru');
    const urls = await results(page);
    await expect(page.locator('[data-status]').textContent()).resolves.toBe(`${datasetCount.toLocaleString('id-ID')} hasil sesuai saringan.`);
    expect(urls).toHaveLength(20);
    await page.getByRole('button', { name: 'Tampilkan lebih banyak' }).click();
    await expect.poll(() => page.locator('.result').count(), POLL).toBe(Math.min(40, datasetCount));
    const years = page.getByRole('group', { name: 'Tahun' }).getByRole('checkbox');
    await expect(years.first().getAttribute('value')).resolves.toMatch(/^\d{4}$/);
    await page.context().close();
  });

  test('the header search box leads to /cari/ with the query answered', async () => {
    const page = await open('/');
    await page.getByRole('searchbox', { name: /Cari data/ }).fill('UMK');
    await page.getByRole('searchbox', { name: /Cari data/ }).press('Enter');
    await expect.poll(() => page.url(), POLL).toMatch(/\/cari\/\?q=UMK$/);
    expect((await results(page))[0]).toBe('/data/umk-kota-binjai-2011-2021/');
    await page.context().close();
  });

  test('excerpts mark the hits as text, and unknown words say so in Indonesian', async () => {
    const page = await open('/cari/?q=kemiskinan');
    await results(page);
    await expect(page.locator('.result-excerpt mark').first().textContent()).resolves.toMatch(/kemiskinan/i);
    await page.locator('input#q').fill('zzqxv');
    await expect.poll(() => page.locator('[data-status]').textContent(), POLL).toBe(
      'Tidak ada hasil untuk “zzqxv”. Periksa ejaan, pakai kata lain, atau kurangi saringan.',
    );
    await page.context().close();
  });
});

describe('what is indexed', () => {
  test('navigation, footer, downloads and citations stay out of the index; keywords and tables are in', async () => {
    const page = await open('/cari/');
    const content = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const r = await pf.search('penduduk binjai utara');
      for (const x of r.results) { const d = await x.data(); if (d.url === '/data/penduduk-kecamatan-2023/') return d.content; }
      return '';
    })()`)) as string;
    expect(content).toContain('Jumlah Penduduk Menurut Kecamatan 2023');
    expect(content).toContain('Kata kunci: penduduk');
    expect(content).toContain('Binjai Utara');
    for (const excluded of ['Langsung ke isi', 'Navigasi utama', 'diterbitkan oleh', 'SHA-256', '@misc', 'Cara mengutip']) {
      expect(content).not.toContain(excluded);
    }
    await page.context().close();
  });
});

describe('without JavaScript, on a phone, with assistive technology', () => {
  test('without JavaScript the page explains and links to the catalogue', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/cari/?q=kemiskinan`);
    await expect(page.getByText('Pencarian di halaman ini memerlukan JavaScript').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'katalog data' }).first().getAttribute('href')).resolves.toBe('/data/');
    await expect(page.locator('[data-search-app]').isHidden()).resolves.toBe(true);
    await context.close();
  });

  test('at 320 px the results page does not scroll sideways', async () => {
    const page = await open('/cari/?q=penduduk&topik=Kependudukan', { width: 320, height: 640 });
    await results(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test.each(['/cari/', '/cari/?q=kemiskinan&jenis=dataset'])('%s has no axe violations', async (path) => {
    const page = await open(path);
    if (path.includes('q=')) await results(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('pages with the new standards sections on a phone', () => {
  test.each(['/data/penduduk-kecamatan-2023/', '/api/'])('%s does not scroll sideways at 320 px', async (path) => {
    const page = await open(path, { width: 320, height: 640 });
    await page.locator('details.cite-bibtex summary').first().click({ timeout: 2_000 }).catch(() => undefined);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
