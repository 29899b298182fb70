import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { launch } from '../support/browser.ts';
import { copyProject, removeCopy, runInCopy } from '../../scripts/check/project-copy.ts';
import { htmlPages, loadHtml, readPage } from '../../scripts/check/site.ts';
import { renderMarkdown } from '../../src/lib/core/markdown.ts';

/**
 * Injection corpus (issue 8): a hostile dataset, with attack strings in every text field
 * of its metadata and in its data cells, and a hostile DIP entry, with attack strings in
 * every free-text field an officer writes, are built in a throwaway copy of the project.
 * In Chromium, served WITHOUT any CSP (no headers, and the pages' CSP <meta> removed, so
 * escaping and sanitising alone are tested), no page that shows them runs any of it, and the
 * downloads (dataset and DIP CSV/XLSX) are inert in spreadsheets yet keep the text exactly.
 * Officers' Markdown is refused by the build when it holds script (tests/e2e/hostile.test.ts);
 * here the sanitising renderer's own output of the corpus is run in Chromium too.
 */
const SLUG = 'uji-injeksi-keamanan';
const MARK = 'UJIINJEKSI';
/** Each payload, if executed, sets window.__xss (or opens a dialog). */
const PAYLOADS = [
  `<script>window.__xss=1</script>`,
  `"><img src=x onerror="window.__xss=2">`,
  `</script><script>window.__xss=3</script>`,
  `javascript:window.__xss=4`,
  `<svg onload="window.__xss=5"></svg>`,
  `<a href="javascript:window.__xss=6">klik</a>`,
  `'--><iframe srcdoc="<script>parent.__xss=7</script>"></iframe>`,
  `{{constructor.constructor('window.__xss=8')()}}`,
  `\u2028\u2029</script><!--<script>alert(9)`,
];
const FORMULAS = [`=HYPERLINK("http://contoh.invalid","klik")`, `+SUM(1+1)*cmd|' /C calc'!A0`, `-2+3+cmd|' /C calc'!A0`, `@SUM(1+1)`, `\t=1+1`, `\r=1+1`];
const ALL = [...PAYLOADS, ...FORMULAS];
/** What a spreadsheet runs as a formula: = @ tab CR, or + - followed by more than a plain number. */
const RUNNABLE = /^(?:[=@\t\r]|[+-](?![0-9.,]*%?$))/;
const text = (i: number) => `${MARK} ${ALL[i % ALL.length]} ${MARK}`;
const every = ALL.map((p) => `${MARK} ${p}`).join(' | ');

const META = {
  slug: SLUG,
  title: `${MARK} ${PAYLOADS[2]} ${PAYLOADS[1]}`,
  description: `Dataset uji keamanan, bukan data sungguhan. ${every}`,
  topic: 'komunikasi-informatika',
  publisher: 'diskominfo',
  publisher_via: text(0),
  source: { document: 'lkj-diskominfo-2024', table: 'TABEL 3.7', lines: [567, 624], note: text(1) },
  temporal: { start: 2024, end: 2024 },
  spatial: 'kota',
  keywords: ALL.map((p) => `${MARK} ${p}`),
  verify_tokens: false,
  fields: [
    { name: 'nama', title: text(2), type: 'string', description: text(3), unit: text(4) },
    { name: 'nilai', title: text(5), type: 'integer', description: text(6), unit: text(7) },
  ],
  notes: [text(8), text(9), every],
};

/** A DIP entry (content/dip/*.yml) with the corpus in every free-text field; URLs must pass the schema. */
const DIP_SLUG = 'uji-injeksi-dip';
const DIP = {
  judul: `${MARK} ${PAYLOADS[1]} ${FORMULAS[0]}`,
  ringkasan: `Entri uji keamanan, bukan informasi sungguhan. ${every}`,
  pejabat_penguasa: FORMULAS[1],
  penanggung_jawab: text(3),
  waktu_pembuatan: 2024,
  tempat_pembuatan: FORMULAS[3],
  bentuk_informasi: ['softcopy'],
  retensi: text(5),
  jenis_media: ['situs-web'],
  kategori: 'berkala',
  subkategori: `${MARK} ${PAYLOADS[6]}`,
  instansi: 'diskominfo',
  tahun: 2024,
  tautan: [{ judul: text(0), url: `/data/${SLUG}/` }],
  tanggal_penetapan: '2024-01-02',
  tanggal_pembaruan: '2024-01-02',
};

let copy: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  copy = copyProject('portal-injeksi-');
  writeFileSync(path.join(copy, `data/datasets/${SLUG}.yml`), stringify(META));
  mkdirSync(path.join(copy, 'data/raw/lkj-diskominfo-2024'), { recursive: true });
  const rows = ALL.map((p, i) => ({ nama: p, nilai: String(i + 1) }));
  writeFileSync(path.join(copy, `data/raw/lkj-diskominfo-2024/${SLUG}.csv`), Papa.unparse(rows, { newline: '\n' }));
  writeFileSync(path.join(copy, `content/dip/${DIP_SLUG}.yml`), stringify(DIP));
  const run = await runInCopy(copy);
  if (!run.ok) throw new Error(`build korpus injeksi gagal:\n${run.output.slice(-4000)}`);
  dist = path.join(copy, 'dist');
  pages = htmlPages(dist).filter((p) => readPage(dist, p).includes(MARK));
  server = await serveDist({}, dist, { withoutCspMeta: true });
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) removeCopy(copy);
});

describe('hostile text in a dataset', () => {
  test('reaches the dataset page, the catalogue and the home page (the corpus is really rendered)', () => {
    expect(pages).toEqual(expect.arrayContaining([`/data/${SLUG}/`, '/data/', '/ppid/dip/']));
    console.info(`Halaman yang memuat korpus injeksi: ${pages.join(', ')}`);
  });

  test('no page that shows it executes any of it in Chromium', async () => {
    for (const url of pages) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss ?? null,
        handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
        javascriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
        frames: document.querySelectorAll('iframe').length,
      }));
      expect({ url, ...state, dialogs }).toEqual({ url, xss: null, handlers: 0, javascriptUrls: 0, frames: 0, dialogs: [] });
      await context.close();
    }
  });

  test('the dataset page shows the hostile title as plain text', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/data/${SLUG}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(META.title);
    await expect(page.locator('table').first().textContent()).resolves.toContain(PAYLOADS[0]);
    await context.close();
  });

  test('every JSON-LD block stays valid JSON, and no <script> other than JSON-LD or an external module exists', () => {
    for (const url of pages) {
      const $ = loadHtml(readPage(dist, url));
      $('script[type="application/ld+json"]').each((_, el) => {
        expect(() => JSON.parse($(el).text()), url).not.toThrow();
      });
      // Any <script> element other than JSON-LD or an external module would be injected code.
      $('script').each((_, el) => {
        const type = $(el).attr('type');
        expect(type === 'application/ld+json' || $(el).attr('src') !== undefined, `${url}: ${$.html(el).slice(0, 80)}`).toBe(true);
      });
    }
  });
});

describe('downloads are inert', () => {
  test('every text cell of the CSV that a spreadsheet would run as a formula starts with an apostrophe', () => {
    const csv = readFileSync(path.join(dist, `data/${SLUG}/${SLUG}.csv`), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    const names = parsed.data.map((r) => r['nama']!);
    // The data pipeline trims cells, so a leading tab or CR is already gone; the rest is neutralised.
    for (const formula of FORMULAS) expect(names).toContain(`'${formula.trim()}`);
    for (const cell of parsed.data.flatMap((r) => Object.values(r))) expect(cell, cell).not.toMatch(RUNNABLE);
  });

  test('the JSON download and API carry the strings verbatim, as JSON strings', () => {
    const api = JSON.parse(readFileSync(path.join(dist, `api/v1/datasets/${SLUG}.json`), 'utf8')) as { title: string; rows: Array<Record<string, unknown>> };
    expect(api.title).toBe(META.title);
    expect(api.rows.map((r) => r['nama'])).toEqual(ALL.map((p) => p.trim()));
  });
});

/** Every text cell of every sheet: none is a formula, none starts with a formula prefix. */
async function xlsxCells(file: string): Promise<{ texts: string[]; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  let formulas = 0;
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  return { texts, formulas };
}

describe('hostile text in a DIP entry', () => {
  test('is shown as plain text in the DIP table, and no DIP page runs it', async () => {
    const dipPages = pages.filter((u) => u.startsWith('/ppid/'));
    expect(dipPages).toContain('/ppid/dip/');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/ppid/dip/`);
    await expect(page.locator('main').textContent()).resolves.toContain(DIP.judul);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    await context.close();
  });

  test('the DIP CSV neutralises every formula prefix and keeps the text', () => {
    const csv = readFileSync(path.join(dist, 'ppid/dip/daftar-informasi-publik.csv'), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, '').trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    const cells = parsed.data.flatMap((r) => Object.values(r));
    expect(cells).toContain(`'${FORMULAS[1]}`);
    expect(cells).toContain(`'${FORMULAS[3]}`);
    for (const cell of cells) expect(cell, cell).not.toMatch(RUNNABLE);
  });

  test('the DIP and dataset XLSX hold no formula: formula-like text is a string cell with the text exactly as written', async () => {
    for (const file of ['ppid/dip/daftar-informasi-publik.xlsx', `data/${SLUG}/${SLUG}.xlsx`]) {
      const { texts, formulas } = await xlsxCells(path.join(dist, file));
      expect(formulas, file).toBe(0);
      expect(texts.some((t) => t.includes(MARK)), file).toBe(true);
      expect(texts, file).toContain(FORMULAS[1]);
      expect(texts, file).toContain(FORMULAS[3]);
    }
    // The dataset's data cells: every formula of the corpus, as the source has it (trimmed by the pipeline), no apostrophe added.
    const { texts } = await xlsxCells(path.join(dist, `data/${SLUG}/${SLUG}.xlsx`));
    for (const formula of FORMULAS) expect(texts).toContain(formula.trim());
  });
});

describe('hostile Markdown (officers\' PPID pages, the editor\'s Markdown fields)', () => {
  const markdown = [
    ...PAYLOADS,
    '[klik](javascript:window.__xss=10)',
    '[klik](//evil.example/phish/)',
    '<img src="x" onerror="window.__xss=11">',
    '<iframe src="javascript:window.__xss=12"></iframe>',
    '<a href="data:text/html,<script>parent.__xss=13</script>">klik</a>',
    '<form action="https://evil.example"><input name="x"><button>kirim</button></form>',
    '<details open ontoggle="window.__xss=14"><summary>x</summary></details>',
    '<object data="javascript:window.__xss=15"></object>',
  ].join('\n\n');

  test('the sanitising renderer\'s output runs nothing in Chromium without any CSP, and keeps the text', async () => {
    const html = renderMarkdown(markdown);
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(`<!doctype html><html lang="id"><body><main>${html}</main></body></html>`, { waitUntil: 'load' });
    await page.locator('a').first().click({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(200);
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      scripts: document.querySelectorAll('script').length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      badUrls: [...document.querySelectorAll('[href], [src], [action], [data]')].filter((el) =>
        ['href', 'src', 'action', 'data'].some((a) => /^(javascript|data):|^\/\//i.test(el.getAttribute(a) ?? '')),
      ).length,
      frames: document.querySelectorAll('iframe, object, embed, form').length,
      text: document.querySelector('main')?.textContent ?? '',
    }));
    expect({ ...state, text: undefined, dialogs }).toEqual({ xss: null, scripts: 0, handlers: 0, badUrls: 0, frames: 0, text: undefined, dialogs: [] });
    expect(state.text).toContain('klik');
    await context.close();
  });
});
