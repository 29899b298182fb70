import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkDistributions, checkLinks, checkSitemaps, splitPending } from '../../../scripts/check/links.ts';
import { checkInlineCode } from '../../../scripts/check/inline-code.ts';
import { checkHtmlValidity } from '../../../scripts/check/html-validity.ts';
import { BUDGETS, checkBudgets, KB } from '../../../scripts/check/budgets.ts';
import { pageTypes } from '../../../scripts/check/site.ts';

/**
 * The post-build checks on a tiny site written to a temporary directory: first a
 * sound one (no problems), then one deliberate regression at a time, each of which
 * must be reported (issue 8: "a deliberate regression makes them fail, shown by a test").
 */
const page = (title: string, body: string, head = '') =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/_astro/site.css">${head}</head><body><main id="isi">${body}</main></body></html>`;

const CSV = 'kecamatan,penduduk\nBinjai Kota,32452\n';
const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

function soundSite(): Record<string, string | Buffer> {
  return {
    'index.html': page('Beranda', '<h1>Beranda</h1><p><a href="/data/">Data</a> <a href="#isi">isi</a></p>'),
    'data/index.html': page('Data', '<h1>Data</h1><p><a href="/data/penduduk/#unduh">Unduh penduduk</a></p>'),
    'data/penduduk/index.html': page(
      'Penduduk',
      '<h1>Penduduk</h1><h2 id="unduh">Unduh</h2><p><a href="/data/penduduk/penduduk.csv" download>CSV</a> <img src="/logo.svg" srcset="/logo.svg 1x, /logo.svg 2x" alt="Logo"></p>',
      '<script type="module" src="/_astro/app.js"></script><script type="application/ld+json">{"@type":"Dataset"}</script>',
    ),
    'data/penduduk/penduduk.csv': CSV,
    'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '_astro/site.css': 'body{margin:0}',
    '_astro/app.js': 'import"./chunk.js";document.documentElement.classList.add("js");',
    '_astro/chunk.js': 'export const x=1;',
    'api/v1/datasets.json': JSON.stringify({
      datasets: [
        {
          slug: 'penduduk',
          distributions: [{ format: 'CSV', url: 'https://data.binjaikota.go.id/data/penduduk/penduduk.csv', bytes: Buffer.byteLength(CSV), sha256: sha(CSV) }],
        },
      ],
    }),
    'sitemap-0.xml': '<?xml version="1.0"?><urlset><url><loc>https://data.binjaikota.go.id/data/penduduk/</loc></url></urlset>',
  };
}

let dir: string | undefined;
function write(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'portal-site-'));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const problemsOf = (list: Array<{ page: string; problem: string }>) => list.map((p) => `${p.page}: ${p.problem}`);

describe('a sound site passes every check', () => {
  test('links, sitemap, distributions, inline code, HTML validity and budgets', async () => {
    const site = write(soundSite());
    expect(checkLinks(site)).toEqual([]);
    expect(checkSitemaps(site)).toEqual([]);
    expect(checkDistributions(site)).toEqual([]);
    expect(checkInlineCode(site)).toEqual([]);
    expect(await checkHtmlValidity(site)).toEqual([]);
    const { weights, problems } = checkBudgets(site);
    expect(problems).toEqual([]);
    // The module script and the chunk it imports are both counted.
    expect(weights.find((w) => w.page === '/data/penduduk/')!.files).toEqual(['/_astro/app.js', '/_astro/chunk.js', '/_astro/site.css']);
  });
});

describe('each deliberate regression is reported', () => {
  test('a broken link', () => {
    const files = soundSite();
    files['index.html'] = page('Beranda', '<h1>Beranda</h1><a href="/data/hilang/">x</a>');
    expect(problemsOf(checkLinks(write(files)))).toEqual(['/: "/data/hilang/": halaman tidak ada']);
  });

  test('a missing #fragment on another page, and a link without its trailing slash', () => {
    const files = soundSite();
    files['index.html'] = page('Beranda', '<h1>Beranda</h1><a href="/data/penduduk/#tidak-ada">x</a> <a href="/data">y</a>');
    expect(problemsOf(checkLinks(write(files)))).toEqual([
      '/: "/data/penduduk/#tidak-ada": tidak ada elemen dengan id "tidak-ada" di /data/penduduk/',
      '/: "/data": tanpa garis miring akhir; tulis "/data/"',
    ]);
  });

  test('a missing asset in srcset and a missing stylesheet', () => {
    const files = soundSite();
    delete files['logo.svg'];
    delete files['_astro/site.css'];
    const problems = problemsOf(checkLinks(write(files)));
    expect(problems).toContain('/data/penduduk/: "/logo.svg": berkas tidak ada');
    expect(problems.filter((p) => p.includes('/_astro/site.css'))).toHaveLength(3);
  });

  test('links into a section still being built are pending only while the section has no page', () => {
    const files = soundSite();
    files['index.html'] = page('Beranda', '<h1>Beranda</h1><a href="/dokumen/lkpj/">x</a>');
    const site = write(files);
    expect(splitPending(site, checkLinks(site), ['/dokumen/']).real).toEqual([]);
    mkdirSync(path.join(site, 'dokumen'));
    writeFileSync(path.join(site, 'dokumen/index.html'), page('Dokumen', '<h1>Dokumen</h1>'));
    expect(problemsOf(splitPending(site, checkLinks(site), ['/dokumen/']).real)).toEqual(['/: "/dokumen/lkpj/": halaman tidak ada']);
  });

  test('a wrong checksum and a wrong size', () => {
    const files = soundSite();
    files['data/penduduk/penduduk.csv'] = CSV.replace('32452', '32453');
    expect(problemsOf(checkDistributions(write(files)))).toEqual([
      `/api/v1/datasets.json (penduduk, CSV): /data/penduduk/penduduk.csv: SHA-256 ${sha(CSV.replace('32452', '32453'))}, API menyebut ${sha(CSV)}`,
    ]);
    files['data/penduduk/penduduk.csv'] = `${CSV}\n`;
    expect(problemsOf(checkDistributions(write(files)))[0]).toContain(`ukuran ${Buffer.byteLength(CSV) + 1} bita, API menyebut ${Buffer.byteLength(CSV)}`);
  });

  test('a sitemap entry without a page', () => {
    const files = soundSite();
    files['sitemap-0.xml'] = '<urlset><url><loc>https://data.binjaikota.go.id/hilang/</loc></url></urlset>';
    expect(problemsOf(checkSitemaps(write(files)))).toEqual(['/sitemap-0.xml: "https://data.binjaikota.go.id/hilang/": halaman tidak ada']);
  });

  test('an inline script, an event handler, an inline style and a javascript: URL', () => {
    const files = soundSite();
    files['index.html'] = page(
      'Beranda',
      '<h1 style="color:red">Beranda</h1><button type="button" onclick="go()">x</button><a href="javascript:go()">y</a><script>go()</script>',
    );
    expect(problemsOf(checkInlineCode(write(files)))).toEqual([
      '/: <script> sebaris (inline) dilarang CSP: "go()"; pindahkan ke berkas .ts yang diimpor',
      '/: atribut style="color:red" pada <h1> dilarang CSP; pakai kelas CSS',
      '/: atribut onclick="…" pada <button> dilarang CSP; pakai addEventListener di skrip',
      '/: href="javascript:go()" pada <a>: URL javascript: dilarang',
    ]);
    expect(problemsOf(checkLinks(dir!))).toContain('/: tautan javascript: "javascript:go()" dilarang (CSP dan keamanan)');
  });

  test('invalid HTML', async () => {
    const files = soundSite();
    files['index.html'] = page('Beranda', '<h1>Beranda</h1><p><div>blok di dalam paragraf</div></p><img src="/logo.svg">');
    const problems = problemsOf(await checkHtmlValidity(write(files)));
    expect(problems.some((p) => p.includes('[wcag/h37]'))).toBe(true);
    expect(problems.length).toBeGreaterThan(1);
  });

  test('a dataset page over its budget and a page with too much JavaScript', () => {
    const files = soundSite();
    // Incompressible bytes: random-looking hex digests, about 2 bytes per gzipped byte.
    const noise = Array.from({ length: 4000 }, (_, i) => sha(String(i))).join(' ');
    files['data/penduduk/index.html'] = page('Penduduk', `<h1>Penduduk</h1><p>${noise}</p><p id="unduh"><a href="/data/penduduk/penduduk.csv">CSV</a></p>`, '<script type="module" src="/_astro/app.js"></script>');
    files['_astro/app.js'] = `import"./chunk.js";const s=${JSON.stringify(noise.slice(0, 60_000))};`;
    const { problems } = checkBudgets(write(files));
    const messages = problemsOf(problems);
    expect(messages.some((m) => m.startsWith('/data/penduduk/: berat halaman') && m.includes(`anggaran ${(BUDGETS.dataset.total / KB).toFixed(1)} KB`))).toBe(true);
    expect(messages.some((m) => m.startsWith('/data/penduduk/: JavaScript') && m.includes(`anggaran ${(BUDGETS.javascript / KB).toFixed(1)} KB`))).toBe(true);
  });
});

test('page types: collections collapse to one pattern, single pages stay their own type', () => {
  const urls = ['/', '/api/', '/cari/', '/data/', ...['a', 'b', 'c', 'd', 'e'].map((s) => `/data/${s}/`), '/ppid/', '/ppid/dip/', ...['1', '2', '3', '4', '5', '6'].map((n) => `/ppid/dip/${n}/`)];
  expect([...pageTypes(urls).keys()]).toEqual(['/', '/api/', '/cari/', '/data/', '/data/*/', '/ppid/', '/ppid/dip/', '/ppid/dip/*/']);
  expect(pageTypes(urls).get('/data/*/')).toEqual(['/data/a/', '/data/b/', '/data/c/', '/data/d/', '/data/e/']);
});
