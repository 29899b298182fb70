import { describe, expect, test } from 'vitest';
import type { Download } from 'playwright-core';
import ExcelJS from 'exceljs';
import { useBuiltSite } from '../support/site.ts';
import { axeViolations } from '../support/browser.ts';

const site = useBuiltSite();

/** One page of every PPID page type. */
const PAGES = [
  '/ppid/',
  '/ppid/dip/',
  '/ppid/dip/kategori/serta-merta/',
  '/ppid/dip/kategori/dikecualikan/',
  '/ppid/dip/instansi/diskominfo/',
  '/ppid/dip/tahun/2023/',
  '/ppid/permohonan/',
  '/ppid/keberatan/',
  '/ppid/laporan/',
];

async function bytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('DIP filters work without JavaScript', () => {
  test('category → agency → year, each a page of its own', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/ppid/dip/`);
    await page.getByRole('link', { name: /^Informasi wajib diumumkan secara serta-merta \(\d+\)$/ }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/ppid/dip/kategori/serta-merta/`);
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    // Only the chosen category's section is shown.
    await expect(page.locator('section.dip-group h2').allTextContents()).resolves.toEqual(['Informasi wajib diumumkan secara serta-merta']);

    // The agency list is folded in a <details> that opens without JavaScript.
    await page.getByText('Instansi', { exact: true }).click();
    await page.getByRole('link', { name: /^Badan Penanggulangan Bencana Daerah Kota Binjai \(\d+\)$/ }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/ppid/dip/instansi/bpbd/`);
    const subs = await page.locator('.dip-sub').allTextContents();
    expect(subs.length).toBeGreaterThan(0);
    for (const s of subs) expect(s).toContain('Badan Penanggulangan Bencana Daerah Kota Binjai');

    await page.getByText('Tahun', { exact: true }).click();
    await page.getByRole('link', { name: /^2021 \(\d+\)$/ }).click();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/ppid/dip/tahun/2021/`);
    for (const s of await page.locator('.dip-sub').allTextContents()) expect(s).toMatch(/tahun 2021$/);
    await expect(page.getByRole('link', { name: /^2021 \(\d+\)$/ }).getAttribute('aria-current')).resolves.toBe('page');
    await context.close();
  });
});

describe('DIP downloads in the browser', () => {
  test('CSV and XLSX', async () => {
    const context = await site.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/ppid/dip/`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('.dip-downloads').getByRole('link', { name: 'Unduh CSV' }).click()]);
    expect(csv.suggestedFilename()).toBe('daftar-informasi-publik.csv');
    expect((await bytes(csv)).toString('utf8').split('\r\n')[0]).toMatch(/^id,kategori,subkategori,judul,ringkasan,pejabat_penguasa,/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('.dip-downloads').getByRole('link', { name: 'Unduh XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toBe('daftar-informasi-publik.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bytes(xlsx)) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('DIP')?.getRow(1).getCell(2).value).toBe('kategori');
    await context.close();
  });
});

describe('forms print cleanly', () => {
  test.each(['/ppid/permohonan/', '/ppid/keberatan/'])('%s in print media', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('form.ppid-form').isVisible()).resolves.toBe(true);
    await expect(page.locator('.signature').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /Susun e-mail/ }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-hint').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.signature').isVisible()).resolves.toBe(false);
    // With JavaScript a print button appears; without it the page explains Ctrl+P.
    await expect(page.getByRole('button', { name: 'Cetak formulir' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  test('the request form composes an e-mail to the PPID address', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}/ppid/permohonan/`);
    const form = page.locator('form.ppid-form');
    await expect(form.getAttribute('action')).resolves.toBe('mailto:ppid@binjaikota.go.id?subject=Permohonan%20Informasi%20Publik');
    await expect(form.getAttribute('enctype')).resolves.toBe('text/plain');
    await expect(page.getByLabel('Nama lengkap (wajib)').getAttribute('required')).resolves.toBe('');
    await context.close();
  });
});

// The full DIP page holds every entry (a large DOM): axe needs more time there, especially on a busy CI machine.
describe('PPID pages: axe-core and 320px', { timeout: 300_000 }, () => {
  test.each(PAGES)('%s has no axe violations', async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test.each(PAGES)('%s has no horizontal overflow at 320px', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll).toBeLessThanOrEqual(client);
    await context.close();
  });
});
