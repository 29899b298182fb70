import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/site.ts';
import { axeViolations } from '../support/browser.ts';

const site = useBuiltSite();

describe('a reader finds and downloads data', () => {
  test('catalogue → dataset page → CSV download', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/data/`);
    await page.getByRole('link', { name: 'Jumlah Penduduk Menurut Kecamatan 2023' }).click();
    await expect.poll(() => page.url()).toMatch(/\/data\/penduduk-kecamatan-2023\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Jumlah Penduduk Menurut Kecamatan 2023');
    const cell = page.getByRole('row', { name: /Binjai Utara/ });
    await expect(cell.textContent()).resolves.toContain('88.364');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('penduduk-kecamatan-2023.csv');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('kecamatan,kode_wilayah,penduduk,persentase,kepadatan,baris_total');
    expect(csv).toContain('Binjai Utara,12.75.01,88364,29.14,');
    await context.close();
  });

  test('the dataset page is complete without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/data/penduduk-kecamatan-2023/`);
    await expect(page.locator('table').first().textContent()).resolves.toContain('303.272');
    await context.close();
  });
});

describe('accessibility (axe-core)', () => {
  test.each(['/', '/data/', '/data/penduduk-kecamatan-2023/', '/api/'])('%s has no violations', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
