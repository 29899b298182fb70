import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { axeViolations } from '../support/browser.ts';

const site = useBuiltSite();

describe('accessibility of documents and data quality (axe-core)', () => {
  test.each(['/dokumen/', '/dokumen/lkpj-2023/', '/dokumen/lkpj-2023/bagian/2/', '/dokumen/lkj-diskominfo-2024/', '/kualitas-data/'])(
    '%s has no violations',
    async (path) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    // axe on a long document page takes a while on a busy machine.
    240_000,
  );
});

describe('a journalist follows a number back to its source (no JavaScript)', () => {
  test('dataset page → Tabel I.3 in the LKPJ → back to the dataset', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/data/penduduk-kecamatan-2023/`);
    await page.getByRole('link', { name: 'Tabel I.3', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/dokumen/lkpj-2023/bagian/1/#tabel-i-3`);
    const caption = page.locator('#tabel-i-3');
    await expect(caption.textContent()).resolves.toContain('Jumlah Penduduk Menurut Kecamatan');
    expect(await caption.evaluate((el) => el.matches(':target'))).toBe(true);
    // The rows of the table follow the caption, as printed (the LKPJ prints English thousands separators).
    await expect(page.locator('#tabel-i-3 ~ div.doc-table-scroll').first().textContent()).resolves.toContain('Binjai Utara 88,364');
    await page.locator('#tabel-i-3 + .doc-links').getByRole('link', { name: 'Jumlah Penduduk Menurut Kecamatan 2023' }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/data/penduduk-kecamatan-2023/`);
    await context.close();
  });

  test('the line-range link scrolls to the first cited line', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/data/penduduk-kecamatan-2023/`);
    const link = page.locator('a[data-provenance="lines"]');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/dokumen\/lkpj-2023\/bagian\/1\/#L\d+$/);
    await link.click();
    const anchor = page.locator(new URL(href!, site.server.url).hash);
    await expect(anchor.count()).resolves.toBe(1);
    await context.close();
  });

  test('the source text downloads as the original file', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/dokumen/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'renja-bkpsdm-2025.txt' }).click()]);
    expect(download.suggestedFilename()).toBe('renja-bkpsdm-2025.txt');
    await context.close();
  });
});

describe('mobile (320 px)', () => {
  test.each(['/dokumen/lkpj-2023/bagian/2/', '/dokumen/lkj-diskominfo-2024/', '/kualitas-data/'])('%s has no horizontal overflow', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('search', () => {
  test('the Pagefind index finds the "jalan mantap" passage of the LKPJ as a document', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/dokumen/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('jalan mantap', { filters: { jenis: 'dokumen' } });
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return data.map((d) => d.url);
    })()`);
    expect(urls).toContain('/dokumen/lkpj-2023/bagian/2/');
    await context.close();
  });
});
