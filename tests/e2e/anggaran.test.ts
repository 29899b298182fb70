/**
 * The budget explorer in Chromium: drilling down from the city total to a
 * programme with and without JavaScript, sortable tables, the in-page search,
 * accessibility (axe) and the 320 px layout.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/site.ts';
import { axeViolations } from '../support/browser.ts';

const site = useBuiltSite();

const KES = 'DINAS KESEHATAN KOTA BINJAI';
const PROGRAM = 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT';

async function open(path: string, javaScriptEnabled: boolean, width = 1280): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

describe('drill down city → agency → programme', () => {
  test('without JavaScript, through the table links', async () => {
    const page = await open('/anggaran/', false);
    await page.getByRole('link', { name: KES, exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/anggaran\/02-dinas-kesehatan\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(KES);
    await page.getByRole('link', { name: PROGRAM, exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/anggaran\/02-dinas-kesehatan\/1\.02\.02\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(PROGRAM);
    // Down to a sub-kegiatan row, with its source line.
    const row = page.locator('tr#s-1\\.02\\.02\\.2\\.01\\.09');
    await expect(row.textContent()).resolves.toContain('Rehabilitasi dan Pemeliharaan Puskesmas');
    // The LKPJ is split into part pages; the link lands on line 11696 itself, inside the appendix's preformatted block.
    const source = row.getByRole('link', { name: 'baris 11696–11700' });
    const href = await source.getAttribute('href');
    expect(href).toBe('/dokumen/lkpj-2023/bagian/6/#L11696');
    await source.click();
    await expect.poll(() => page.url()).toContain(href!);
    const line = page.locator('[id="L11696"]');
    await expect(line.count()).resolves.toBe(1);
    await expect(line.textContent()).resolves.toMatch(/^1 02 02 2\.01 09 /);
    await expect.poll(() => line.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight; })).toBe(true);
    await page.context().close();
  });

  test.each([1280, 320])('with JavaScript, by choosing treemap cells (mouse and keyboard) at %i px', async (width) => {
    const page = await open('/anggaran/', true, width);
    await page.locator(`figure.budget-treemap .mark[data-label="DINAS KESEHATAN"]`).filter({ visible: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/anggaran\/02-dinas-kesehatan\/$/);
    await page.waitForLoadState('load'); // the enhancement is a deferred module script
    const cell = page.locator(`figure.budget-treemap .mark[data-label="${PROGRAM}"]`).filter({ visible: true });
    await cell.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/anggaran\/02-dinas-kesehatan\/1\.02\.02\/$/);
    await page.context().close();
  });
});

describe('enhancements', () => {
  test('sorts a table by target when its header is pressed, and says so with aria-sort', async () => {
    const page = await open('/anggaran/02-dinas-kesehatan/', true);
    const table = page.getByRole('table', { name: /^Program DINAS KESEHATAN/ });
    const header = table.getByRole('columnheader', { name: 'Target (Rp)' });
    const firstProgramme = () => table.locator('tbody tr').first().locator('th').textContent();
    await expect(firstProgramme()).resolves.toBe('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(firstProgramme()).resolves.toBe('PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(firstProgramme()).resolves.toBe('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA');
    await page.context().close();
  });

  test('searches sub-kegiatan by name and links to the row', async () => {
    const page = await open('/anggaran/', true);
    await page.getByLabel('Nama sub-kegiatan, kegiatan atau OPD').fill('rehabilitasi puskesmas');
    const results = page.locator('.budget-search-results li a');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    await expect(results.first().textContent()).resolves.toBe('Rehabilitasi dan Pemeliharaan Puskesmas');
    await results.first().click();
    await expect.poll(() => page.url()).toMatch(/\/anggaran\/02-dinas-kesehatan\/1\.02\.02\/#s-1\.02\.02\.2\.01\.09$/);
    await page.context().close();
  });
});

const PAGES = ['/anggaran/', '/anggaran/02-dinas-kesehatan/', '/anggaran/02-dinas-kesehatan/1.02.02/', '/data/anggaran-realisasi-subkegiatan-2023/'];

describe('accessibility and layout', () => {
  test.each(PAGES)('%s has no axe violations', async (path) => {
    const page = await open(path, true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 240_000);

  test.each(PAGES)('%s has no horizontal overflow at 320 px', async (path) => {
    const page = await open(path, false, 320);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.context().close();
  });
});
