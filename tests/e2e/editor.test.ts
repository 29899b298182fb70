/**
 * The browser editor (/admin/) in real Chromium, as an officer uses it on their own machine:
 * decap-server (the local proxy) on a throwaway copy of the project, the built site served with the
 * deployed headers (the editor's own policy under /admin/). An entry made through the form is
 * written as YAML, with the document the officer uploaded, and the pipeline's own command
 * (`npm run ci:deploy -- folder <dir>`, as the workflow files run it) checks, builds and publishes
 * it; a broken entry and hostile Markdown are refused with the build's own Indonesian message, and
 * nothing is written; an entry only the build can refuse leaves the published site untouched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, removeCopy, runInCopy } from '../../scripts/check/project-copy.ts';
import { headersFor } from '../../src/lib/core/security.ts';
import { axeViolations, launch } from '../support/browser.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';

let repo: string;
let proxy: ChildProcess;
let server: StaticServer;
let browser: Browser;
let admin: string;

beforeAll(async () => {
  repo = copyProject('portal-editor-');
  proxy = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    cwd: repo,
    env: { ...process.env, PORT: '8081', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  server = await serveDist((p) => Object.fromEntries(headersFor(p)));
  // Decap uses the local proxy only when the editor itself is served from localhost.
  admin = `${server.url.replace('127.0.0.1', 'localhost')}/admin/`;
  browser = await launch();
  await waitForProxy();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  proxy?.kill();
  if (repo) removeCopy(repo);
});

async function waitForProxy(): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const ok = await fetch('http://localhost:8081/api/v1', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('decap-server tidak menjawab di port 8081');
}

async function openEditor(hash = ''): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(admin);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('heading', { name: /Koleksi/ }).or(page.getByText('Daftar Informasi Publik').first()).first().waitFor();
  if (hash) await page.goto(`${admin}#${hash}`);
  return page;
}

async function fillDip(page: Page, values: { judul: string; waktu: string }): Promise<void> {
  const fill = (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await fill('Judul informasi', values.judul);
  await fill('Ringkasan isi', 'Dokumen rencana strategis Dinas Komunikasi dan Informatika Kota Binjai untuk lima tahun.');
  await fill('Pejabat/unit yang menguasai informasi', 'Dinas Komunikasi dan Informatika Kota Binjai');
  await fill('Penanggung jawab pembuatan/penerbitan', 'Kepala Dinas Komunikasi dan Informatika Kota Binjai');
  await fill('Waktu pembuatan', values.waktu);
  await fill('Tempat pembuatan', 'Binjai');
  await fill('Jangka waktu penyimpanan', 'Selama berlaku');
  await fill('Subkategori', 'Rencana strategis');
  for (const [label, value] of [
    ['Bentuk informasi', 'softcopy'],
    ['Media tempat informasi tersedia', 'situs-web'],
    ['Kategori', 'berkala'],
    ['Instansi', 'Dinas Komunikasi'],
  ] as const) {
    const select = page.getByLabel(label, { exact: true });
    await select.click();
    await select.fill(value);
    await page.keyboard.press('Enter');
  }
  for (const label of ['Tanggal penetapan', 'Tanggal pembaruan']) {
    const date = page.getByLabel(label, { exact: true });
    await date.fill('2026-12-01');
    await date.press('Tab');
  }
}

/** A document attached through the file widget and Decap's media library (the upload dialog). */
async function attach(page: Page, judul: string, file: string): Promise<void> {
  await page.getByRole('button', { name: /Tambah lampiran/i }).click();
  await page.getByLabel('Judul berkas', { exact: true }).fill(judul);
  await page.getByRole('button', { name: 'Pilih berkas' }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByText(path.basename(file)).first().waitFor();
  await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
  await page.getByText(`/berkas/${path.basename(file)}`).waitFor();
}

/** Every file under `dir`, relative, with its bytes' SHA-256: two trees compared whole. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await page.getByText('Terbitkan sekarang').click();
}

describe('the browser editor', () => {
  test('an officer adds a DIP entry with its PDF through the form; ci:deploy checks, builds and publishes it', { timeout: 400_000 }, async () => {
    const pdf = path.join(mkdtempSync(path.join(tmpdir(), 'portal-unggah-')), 'renstra-diskominfo-2021-2026.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const page = await openEditor('/collections/dip/new');
    await fillDip(page, { judul: 'Rencana Strategis Diskominfo 2021-2026', waktu: '2021' });
    await attach(page, 'Dokumen Renstra (PDF)', pdf);
    await publish(page);
    const file = path.join(repo, 'content/dip/rencana-strategis-diskominfo-2021-2026.yml');
    await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('judul: Rencana Strategis Diskominfo 2021-2026');
    expect(yaml).toContain('instansi: diskominfo');
    expect(yaml).toContain('tanggal_penetapan: 2026-12-01');
    expect(yaml).toContain('  - judul: Dokumen Renstra (PDF)\n    berkas: /berkas/renstra-diskominfo-2021-2026.pdf');
    const stored = path.join(repo, 'public/berkas/renstra-diskominfo-2021-2026.pdf');
    expect(readFileSync(stored)).toEqual(readFileSync(pdf));
    await page.close();

    const check = await runInCopy(repo, 'scripts/periksa.ts');
    expect(check.ok, check.output).toBe(true);
    expect(check.output).toContain('14 entri DIP tulisan petugas');

    // What the workflows run on a push to main, with a local folder as the web server.
    const site = path.join(repo, '.situs');
    const deploy = await runInCopy(repo, 'scripts/ci/deploy.ts', ['folder', site]);
    expect(deploy.ok, deploy.output.slice(-3000)).toBe(true);
    expect(deploy.output).toContain('✓ Semua berkas lolos pemeriksaan.');
    expect(deploy.output).toContain(`✓ Situs diterbitkan ke ${site}`);
    const dip = readFileSync(path.join(site, 'ppid/dip/index.html'), 'utf8');
    expect(dip).toContain('Rencana Strategis Diskominfo 2021-2026');
    const sha = createHash('sha256').update(readFileSync(pdf)).digest('hex');
    expect(dip).toContain('href="/berkas/renstra-diskominfo-2021-2026.pdf"');
    expect(dip).toContain(`SHA-256 <code>${sha.slice(0, 12)}…</code>`);
    expect(readFileSync(path.join(site, 'berkas/renstra-diskominfo-2021-2026.pdf'))).toEqual(readFileSync(pdf));
    expect(tree(site)).toEqual(tree(path.join(repo, 'dist')));
    const api = JSON.parse(readFileSync(path.join(site, 'api/v1/dip.json'), 'utf8')) as { entri: Array<{ judul: string; lampiran: unknown[] }> };
    expect(api.entri.find((e) => e.judul === 'Rencana Strategis Diskominfo 2021-2026')?.lampiran).toEqual([
      { judul: 'Dokumen Renstra (PDF)', url: '/berkas/renstra-diskominfo-2021-2026.pdf', bytes: statSync(pdf).size, sha256: sha, media_type: 'application/pdf' },
    ]);

    // An entry only the build can refuse (its file was never uploaded): reported, nothing published.
    const before = tree(site);
    writeFileSync(
      path.join(repo, 'content/dip/tanpa-berkas.yml'),
      yaml.replace('Rencana Strategis Diskominfo 2021-2026', 'Entri Tanpa Berkas').replace('/berkas/renstra-diskominfo-2021-2026.pdf', '/berkas/renstra-yang-lupa-diunggah.pdf'),
    );
    const refused = await runInCopy(repo, 'scripts/ci/deploy.ts', ['folder', site]);
    expect(refused.ok).toBe(false);
    expect(refused.output).toContain('GALAT content/dip/tanpa-berkas.yml');
    expect(refused.output).toContain('/berkas/renstra-yang-lupa-diunggah.pdf');
    expect(refused.output).toContain('✗ ada kesalahan di berkas data atau konten (lihat di atas); tidak ada yang diterbitkan.');
    expect(tree(site)).toEqual(before);
  });

  test('a broken entry is refused in the form with the build\'s Indonesian message, and no file is written', { timeout: 120_000 }, async () => {
    const page = await openEditor('/collections/dip/new');
    await fillDip(page, { judul: 'Entri Dengan Tanggal Salah', waktu: '2024-02-31' });
    await publish(page);
    const toast = page.getByText(/Entri tidak disimpan:/);
    await toast.waitFor({ timeout: 20_000 });
    const message = await toast.textContent();
    expect(message).toContain('perbaiki dulu, lalu simpan lagi.');
    expect(message).toContain('GALAT content/dip/entri-dengan-tanggal-salah.yml');
    expect(message).toContain('isian "waktu_pembuatan": tanggal 2024-02-31 tidak ada di kalender');
    expect(existsSync(path.join(repo, 'content/dip/entri-dengan-tanggal-salah.yml'))).toBe(false);
    await page.close();
  });

  test('hostile Markdown in a PPID page is refused before saving, and its preview runs nothing', { timeout: 120_000 }, async () => {
    const before = readFileSync(path.join(repo, 'content/ppid/profil.md'), 'utf8');
    const page = await openEditor('/collections/ppid/entries/profil');
    const body = page.getByRole('textbox').last();
    await body.waitFor();
    // Markdown mode: the corpus typed as the officer would paste it.
    await page.getByRole('button', { name: /Markdown/ }).first().click({ timeout: 2000 }).catch(() => undefined);
    const editor = page.locator('[data-slate-editor], textarea, .cm-content').last();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n<img src="x" onerror="window.__xss=1"> [klik](javascript:window.__xss=2) <script>window.__xss=3</script>\n');
    await page.waitForTimeout(500);
    const frame = page.frameLocator('iframe').first();
    const previewXss = await frame.locator('body').evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null).catch(() => null);
    expect(previewXss).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
    await publish(page);
    const toast = page.getByText(/Entri tidak disimpan:/);
    await toast.waitFor({ timeout: 20_000 });
    expect(await toast.textContent()).toMatch(/tidak diizinkan/);
    expect(readFileSync(path.join(repo, 'content/ppid/profil.md'), 'utf8')).toBe(before);
    await page.close();
  });

  test('the editor passes axe-core (login and the entry form)', { timeout: 120_000 }, async () => {
    const login = await (await browser.newContext()).newPage();
    await login.goto(admin);
    await login.getByRole('button', { name: 'Masuk' }).waitFor();
    expect(await axeViolations(login)).toEqual([]);
    await login.context().close();
    const form = await openEditor('/collections/dip/new');
    await form.getByLabel('Judul informasi', { exact: true }).waitFor();
    expect(await axeViolations(form)).toEqual([]);
    await form.context().close();
  });
});
