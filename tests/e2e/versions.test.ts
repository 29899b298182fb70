/**
 * Editions and frozen versions on a project copy with the fictitious "LKPJ 2099"
 * (tests/fixtures/edisi/): a release, a correction released as a second version, the first version
 * kept byte for byte, the changes shown on the pages, in the API and the feeds; an edition added to
 * a series; and a frozen version that was altered fails the build with an Indonesian message.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, removeCopy, runInCopy } from '../../scripts/check/project-copy.ts';
import { applyEditionFixture, correctFixture } from '../support/edition-fixture.ts';
import { axeViolations, launch } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';
import { headersFor } from '../../src/lib/core/security.ts';

let repo: string;
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const dist = (p: string) => path.join(repo, 'dist', p);
const json = <T>(p: string): T => JSON.parse(readFileSync(dist(p), 'utf8')) as T;

interface ApiVersion {
  id: string;
  released: string;
  reason: string;
  url: string;
  distributions: Array<{ format: string; url: string; bytes: number; sha256: string }>;
  changes: { cells: Array<{ row: string; field: string; old: unknown; new: unknown }>; cells_count: number } | null;
}
interface ApiDataset {
  version: string | null;
  versions: ApiVersion[];
  edition: string | null;
  series: { id: string; url: string } | null;
  editions: Array<{ edition: string; slug: string; latest: boolean }>;
}

let firstRelease: { id: string; files: Record<string, string> };

beforeAll(async () => {
  repo = copyProject('portal-versi-');
  applyEditionFixture(repo);
}, 120_000);
afterAll(() => {
  if (repo) removeCopy(repo);
});

describe('a dataset released, corrected and released again', () => {
  test('npm run rilis refuses a changed dataset without a reason, in Indonesian, and writes nothing', async () => {
    const run = await runInCopy(repo, 'scripts/rilis.ts', ['--tanggal', '2099-01-15']);
    expect(run.ok).toBe(false);
    expect(run.output).toContain('✗ 1 dataset berubah sejak versi terakhirnya (penduduk-kecamatan-2023). Tulis alasannya, misalnya: npm run rilis -- --alasan');
  });

  test('the first release freezes the new edition, and a new version of the 2023 edition that joined the series', async () => {
    const run = await runInCopy(repo, 'scripts/rilis.ts', ['--tanggal', '2099-01-15', '--alasan', 'Seri penduduk menurut kecamatan: edisi 2099 (contoh fiktif)']);
    expect(run.ok, run.output).toBe(true);
    expect(run.output).toMatch(/✓ penduduk-kecamatan-2023 → versi 2099-01-15-[0-9a-f]{8}: Angka tidak berubah; metadata diubah: edisi\./);
    expect(run.output).toMatch(/✓ penduduk-kecamatan-2099 → versi 2099-01-15-[0-9a-f]{8}: Rilis pertama\./);
    expect(run.output).toContain('✓ 2 versi baru ditulis ke data/versi/.');
    const build = await runInCopy(repo);
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    expect(build.output).toContain('✓ Periksa versi beku — 160 versi, setiap unduhan sama persis dengan saat dirilis');
    const api = json<ApiDataset>('api/v1/datasets/penduduk-kecamatan-2099.json');
    expect(api.versions).toHaveLength(1);
    const v = api.versions[0]!;
    expect(api.version).toBe(v.id);
    firstRelease = { id: v.id, files: Object.fromEntries(v.distributions.map((d) => [d.format, sha(dist(new URL(d.url).pathname))])) };
    for (const d of v.distributions) expect(firstRelease.files[d.format], d.url).toBe(d.sha256);
  }, 300_000);

  test('a correction becomes a second version; the first stays byte-identical; the change is shown old → new', async () => {
    correctFixture(repo, '40,000', '40,123');
    correctFixture(repo, '305,000', '305,123');
    const check = await runInCopy(repo, 'scripts/periksa.ts');
    expect(check.output).toContain('isi dataset berubah sejak versi terakhir');
    const run = await runInCopy(repo, 'scripts/rilis.ts', ['--tanggal', '2099-02-01', '--alasan', 'Koreksi penduduk Binjai Kota dari ralat dokumen (contoh fiktif)']);
    expect(run.ok, run.output).toBe(true);
    expect(run.output).toMatch(/✓ penduduk-kecamatan-2099 → versi 2099-02-01-[0-9a-f]{8}: 2 sel berubah\./);
    const build = await runInCopy(repo);
    expect(build.ok, build.output.slice(-3000)).toBe(true);

    const api = json<ApiDataset>('api/v1/datasets/penduduk-kecamatan-2099.json');
    expect(api.versions.map((v) => v.reason)).toEqual(['Seri penduduk menurut kecamatan: edisi 2099 (contoh fiktif)', 'Koreksi penduduk Binjai Kota dari ralat dokumen (contoh fiktif)']);
    const [first, second] = api.versions as [ApiVersion, ApiVersion];
    expect(first.id).toBe(firstRelease.id);
    for (const d of first.distributions) expect(sha(dist(new URL(d.url).pathname)), d.url).toBe(firstRelease.files[d.format]);
    expect(second.changes?.cells).toEqual([
      { row: 'Binjai Kota', field: 'penduduk', old: 40000, new: 40123 },
      { row: 'Kota Binjai', field: 'penduduk', old: 305000, new: 305123 },
    ]);
    expect(api.version).toBe(second.id);

    // The old version's CSV still holds the old number; the new one the corrected number.
    const rows = (url: string) => Papa.parse<Record<string, string>>(readFileSync(dist(new URL(url).pathname), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows(first.distributions.find((d) => d.format === 'CSV')!.url).find((r) => r['kecamatan'] === 'Binjai Kota')?.['penduduk']).toBe('40000');
    expect(rows(second.distributions.find((d) => d.format === 'CSV')!.url).find((r) => r['kecamatan'] === 'Binjai Kota')?.['penduduk']).toBe('40123');
    const versionJson = json<{ version: { id: string; url: string } }>(new URL(second.distributions.find((d) => d.format === 'JSON')!.url).pathname);
    expect(versionJson.version).toMatchObject({ id: second.id, url: `/data/penduduk-kecamatan-2099/versi/${second.id}/` });

    const page = readFileSync(dist(`data/penduduk-kecamatan-2099/versi/${second.id}/index.html`), 'utf8');
    expect(page).toContain('Koreksi penduduk Binjai Kota dari ralat dokumen (contoh fiktif)');
    expect(page).toMatch(/<th scope="row">Binjai Kota<\/th><td><code>penduduk<\/code><\/td><td class="num"><del>40\.000<\/del><\/td><td class="num"><ins>40\.123<\/ins><\/td>/);
    expect(page).toContain(`diakses dari versi ${second.id}`);
    const oldPage = readFileSync(dist(`data/penduduk-kecamatan-2099/versi/${first.id}/index.html`), 'utf8');
    expect(oldPage).toContain(`Sudah ada versi yang lebih baru: <a href="/data/penduduk-kecamatan-2099/versi/${second.id}/"><code>${second.id}</code></a>`);

    const living = readFileSync(dist('data/penduduk-kecamatan-2099/index.html'), 'utf8');
    expect(living).toContain(`Isi halaman ini sama dengan versi <a href="/data/penduduk-kecamatan-2099/versi/${second.id}/"><code>${second.id}</code></a>`);
  }, 400_000);

  test('the changes appear on /perubahan/ and in the site-wide and per-dataset Atom feeds', () => {
    const api = json<ApiDataset>('api/v1/datasets/penduduk-kecamatan-2099.json');
    const second = api.versions[1]!;
    expect(readFileSync(dist('perubahan/index.html'), 'utf8')).toContain('Koreksi penduduk Binjai Kota dari ralat dokumen (contoh fiktif)');
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'category' });
    type Feed = { feed: { id: string; updated: string; entry: Array<{ id: string; title: string; updated: string; summary: string }> } };
    const one = parser.parse(readFileSync(dist('data/penduduk-kecamatan-2099/perubahan.xml'), 'utf8')) as Feed;
    expect(one.feed.entry.map((e) => e.title)).toEqual([`Jumlah Penduduk Menurut Kecamatan 2099 (CONTOH FIKTIF): versi ${second.id}`, `Jumlah Penduduk Menurut Kecamatan 2099 (CONTOH FIKTIF): versi ${api.versions[0]!.id}`]);
    expect(one.feed.entry[0]).toMatchObject({ updated: '2099-02-01T00:00:00Z', summary: 'Koreksi penduduk Binjai Kota dari ralat dokumen (contoh fiktif) — 2 sel berubah.' });
    expect(one.feed.updated).toBe('2099-02-01T00:00:00Z');
    const all = parser.parse(readFileSync(dist('perubahan.xml'), 'utf8')) as Feed;
    expect(all.feed.entry[0]!.id).toBe(`https://data.binjaikota.go.id/data/penduduk-kecamatan-2099/versi/${second.id}/`);
  });
});

describe('an edition added from another document', () => {
  test('both editions list each other; the series page, API and downloads hold both', () => {
    const latest = json<ApiDataset>('api/v1/datasets/penduduk-kecamatan-2099.json');
    const older = json<ApiDataset>('api/v1/datasets/penduduk-kecamatan-2023.json');
    expect(latest.series?.url).toBe('https://data.binjaikota.go.id/seri/penduduk-kecamatan/');
    for (const d of [latest, older])
      expect(d.editions.map((e) => [e.edition, e.slug, e.latest])).toEqual([
        ['2023', 'penduduk-kecamatan-2023', false],
        ['2099', 'penduduk-kecamatan-2099', true],
      ]);
    expect(older.edition).toBe('2023');
    expect(readFileSync(dist('data/penduduk-kecamatan-2023/index.html'), 'utf8')).toContain('<strong>Ada edisi yang lebih baru:</strong> <a href="/data/penduduk-kecamatan-2099/">edisi 2099</a>');
    const csv = Papa.parse<Record<string, string>>(readFileSync(dist('seri/penduduk-kecamatan/penduduk-kecamatan.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual(['edisi', 'kecamatan', 'penduduk', 'persentase', 'kepadatan']);
    expect(csv.data.filter((r) => r['kecamatan'] === 'Binjai Kota').map((r) => [r['edisi'], r['penduduk']])).toEqual([
      ['2023', '32452'],
      ['2099', '40123'],
    ]);
    const page = readFileSync(dist('seri/penduduk-kecamatan/index.html'), 'utf8');
    expect(page).toContain('<strong>Edisi terbaru:</strong> <a href="/data/penduduk-kecamatan-2099/">');
    const catalog = JSON.parse(readFileSync(dist('catalog.jsonld'), 'utf8')) as { 'dcat:dataset': Array<Record<string, unknown>> };
    const node = catalog['dcat:dataset'].find((d) => d['dct:identifier'] === 'penduduk-kecamatan-2099')!;
    expect(node['dcat:inSeries']).toMatchObject({ '@id': 'https://data.binjaikota.go.id/seri/penduduk-kecamatan/', '@type': 'dcat:DatasetSeries' });
    expect((node['dcat:hasVersion'] as unknown[]).length).toBe(2);
  });
});

describe('the new pages in Chromium', () => {
  test('series page, an edition with a newer one, and a version with changes pass axe-core with no CSP violation', { timeout: 120_000 }, async () => {
    const second = json<ApiDataset>('api/v1/datasets/penduduk-kecamatan-2099.json').versions[1]!;
    const server = await serveDist((p) => Object.fromEntries(headersFor(p)), path.join(repo, 'dist'));
    const browser = await launch();
    try {
      for (const url of ['/seri/penduduk-kecamatan/', '/data/penduduk-kecamatan-2023/', `/data/penduduk-kecamatan-2099/versi/${second.id}/`]) {
        const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
        const csp: string[] = [];
        page.on('console', (m) => void (/Content Security Policy/i.test(m.text()) && csp.push(m.text())));
        expect((await page.goto(`${server.url}${url}`))?.status(), url).toBe(200);
        expect(await axeViolations(page), url).toEqual([]);
        expect(csp, url).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${url}: lebar 320 px`).toBe(true);
        await page.context().close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('a published version cannot change', () => {
  test('altering a frozen file fails the build with an Indonesian message, and dist/ is left as it was', async () => {
    const api = json<ApiDataset>('api/v1/datasets/penduduk-kecamatan-2099.json');
    const first = api.versions[0]!;
    const frozen = path.join(repo, `data/versi/penduduk-kecamatan-2099/${first.id}.json`);
    const before = sha(dist('api/v1/datasets/penduduk-kecamatan-2099.json'));
    writeFileSync(frozen, readFileSync(frozen, 'utf8').replace('40000', '40001'));
    const build = await runInCopy(repo);
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`GALAT data/versi/penduduk-kecamatan-2099/${first.id}.json`);
    expect(build.output).toContain(`Masalah: isi versi "${first.id}" dataset "penduduk-kecamatan-2099" telah diubah sesudah dirilis`);
    expect(build.output).toContain('Perbaikan: Versi yang sudah terbit tidak boleh diubah atau dihapus');
    expect(sha(dist('api/v1/datasets/penduduk-kecamatan-2099.json'))).toBe(before);
  }, 300_000);
});
