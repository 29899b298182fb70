import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST, distExists, readDist, readDistJson, ROOT } from '../support/dist.ts';

interface DatasetMeta { slug: string; title: string; source: { document: string; table: string; lines: [number, number] } }
interface DocumentEntry {
  id: string; title: string; short_title: string; publisher: string; publisher_id: string; year: number; type: string; type_label: string;
  url: string; text_url: string; text_bytes: number; text_sha256: string; line_count: number;
  parts: Array<{ number: number; title: string; lines: [number, number]; url: string }>;
  caption_count: number; datasets: string[]; coverage: { entries: number; published: number; not_published: number };
}
interface CoverageEntry {
  document: string; label: string; title: string; lines: [number, number]; anchor: string; url: string;
  status: 'published' | 'not_published'; datasets: string[]; dataset_urls: string[]; reason?: string;
}

const SITE = 'https://data.binjaikota.go.id';
let datasets: DatasetMeta[];
let documents: DocumentEntry[];
let coverage: CoverageEntry[];
const idCache = new Map<string, Set<string>>();

/** Element ids of a built page (by URL path). */
function idsOf(urlPath: string): Set<string> {
  let ids = idCache.get(urlPath);
  if (!ids) {
    ids = new Set([...readDist(urlPath).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    idCache.set(urlPath, ids);
  }
  return ids;
}

/** Asserts a same-site link with a fragment lands on an existing element; returns the page path. */
function expectTarget(href: string, context: string): string {
  const url = new URL(href, SITE);
  const id = decodeURIComponent(url.hash.slice(1));
  expect(id.length, `${context}: ${href} has no fragment`).toBeGreaterThan(0);
  expect(distExists(url.pathname), `${context}: page ${url.pathname} missing`).toBe(true);
  expect(idsOf(url.pathname).has(id), `${context}: #${id} missing on ${url.pathname}`).toBe(true);
  return url.pathname;
}

beforeAll(() => {
  assertBuilt();
  datasets = readDistJson<{ datasets: DatasetMeta[] }>('/api/v1/datasets.json').datasets;
  documents = readDistJson<{ documents: DocumentEntry[] }>('/api/v1/documents.json').documents;
  coverage = readDistJson<{ coverage: CoverageEntry[] }>('/api/v1/coverage.json').coverage;
});

describe('dataset provenance links land on the document page', () => {
  test('the table link and the line link of every dataset page point to an existing element id', () => {
    expect(datasets.length).toBeGreaterThan(100);
    for (const d of datasets) {
      const html = readDist(`/data/${d.slug}/`);
      const table = /<a href="([^"]+)" data-provenance="table">/.exec(html)?.[1];
      const lines = /<a href="([^"]+)" data-provenance="lines">/.exec(html)?.[1];
      expect(table, `${d.slug}: no table link`).toBeDefined();
      expect(lines, `${d.slug}: no line link`).toMatch(new RegExp(`#L${d.source.lines[0]}$`));
      const page = expectTarget(table!, d.slug);
      expect(page.startsWith(`/dokumen/${d.source.document}/`)).toBe(true);
      expectTarget(lines!, d.slug);
    }
  });

  test('known anchors: Tabel I.3 of the LKPJ, the SPBE table "TABEL. 3.5" and LAMPIRAN II', () => {
    const href = (slug: string) => /<a href="([^"]+)" data-provenance="table">/.exec(readDist(`/data/${slug}/`))?.[1];
    expect(href('penduduk-kecamatan-2023')).toBe('/dokumen/lkpj-2023/bagian/1/#tabel-i-3');
    expect(href('indeks-spbe-kota-binjai-2023-2024')).toBe('/dokumen/lkj-diskominfo-2024/#tabel-3-5');
    expect(href('kebijakan-strategis-2023')).toBe('/dokumen/lkpj-2023/bagian/8/#lampiran-ii');
  });

  test('each dataset is linked back from the element its provenance points to', () => {
    for (const d of datasets) {
      const table = /<a href="([^"]+)" data-provenance="table">/.exec(readDist(`/data/${d.slug}/`))![1]!;
      const url = new URL(table, SITE);
      const html = readDist(url.pathname);
      const at = html.indexOf(` id="${url.hash.slice(1)}"`);
      // The dataset list follows the caption (or the table block) before the next caption.
      const rest = html.slice(at + 1);
      const next = rest.search(/<p id="[^"]+" class="doc-caption/);
      const section = next === -1 ? rest : rest.slice(0, next);
      expect(section, `${d.slug} not linked from ${table}`).toContain(`href="/data/${d.slug}/"`);
    }
  });
});

describe('source text downloads', () => {
  test('every /dokumen/<id>/<id>.txt is byte-identical to data/sources and matches documents.json', () => {
    expect(documents.map((d) => d.id).sort()).toEqual(['lkj-diskominfo-2024', 'lkjip-disnaker-2021', 'lkpj-2023', 'renja-bkpsdm-2025']);
    for (const d of documents) {
      const served = readFileSync(path.join(DIST, new URL(d.text_url).pathname));
      const original = readFileSync(path.join(ROOT, 'data/sources', `${d.id}.txt`));
      expect(served.equals(original), d.id).toBe(true);
      expect(served.length).toBe(d.text_bytes);
      expect(createHash('sha256').update(served).digest('hex')).toBe(d.text_sha256);
    }
  });
});

describe('/api/v1/documents.json', () => {
  test('each document has its urls, parts and the slugs of its datasets', () => {
    const lkpj = documents.find((d) => d.id === 'lkpj-2023')!;
    expect(lkpj).toMatchObject({
      short_title: 'LKPJ Wali Kota Binjai 2023', publisher_id: 'pemkot-binjai', year: 2024, type: 'lkpj',
      url: `${SITE}/dokumen/lkpj-2023/`, text_url: `${SITE}/dokumen/lkpj-2023/lkpj-2023.txt`, caption_count: 141,
    });
    expect(lkpj.parts.length).toBeGreaterThan(1);
    expect(lkpj.datasets).toContain('penduduk-kecamatan-2023');
    for (const d of documents) {
      for (const p of d.parts) expect(distExists(new URL(p.url).pathname), p.url).toBe(true);
      expect(distExists(new URL(d.url).pathname)).toBe(true);
      expect(d.datasets).toEqual(datasets.filter((x) => x.source.document === d.id).map((x) => x.slug).sort());
      expect(d.coverage.published + d.coverage.not_published).toBe(d.coverage.entries);
      expect(d.coverage.entries).toBe(coverage.filter((c) => c.document === d.id).length);
    }
    expect(documents.flatMap((d) => d.datasets).length).toBe(datasets.length);
  });
});

describe('/api/v1/coverage.json', () => {
  test('every entry points to an existing element and names existing datasets or a reason', () => {
    const slugs = new Set(datasets.map((d) => d.slug));
    expect(coverage.length).toBeGreaterThan(200);
    for (const c of coverage) {
      expectTarget(c.url, `${c.document} ${c.label}`);
      expect(new URL(c.url).hash).toBe(`#${c.anchor}`);
      for (const s of c.datasets) expect(slugs.has(s), `${c.label}: ${s}`).toBe(true);
      expect(c.dataset_urls).toEqual(c.datasets.map((s) => `${SITE}/data/${s}/`));
      if (c.status === 'not_published') {
        expect(c.datasets).toEqual([]);
        expect(c.reason?.length ?? 0).toBeGreaterThanOrEqual(10);
      } else expect(c.datasets.length).toBeGreaterThan(0);
    }
  });

  test('Tabel I.3 is published as penduduk-kecamatan-2023; Gambar I.2 is a map without numbers', () => {
    expect(coverage.find((c) => c.document === 'lkpj-2023' && c.label === 'Tabel I.3')).toMatchObject({
      status: 'published', anchor: 'tabel-i-3', datasets: ['penduduk-kecamatan-2023'],
    });
    expect(coverage.find((c) => c.document === 'lkpj-2023' && c.label === 'Gambar I.2')?.reason).toMatch(/^Peta tanpa angka/);
  });
});

describe('document pages', () => {
  const pages = () => documents.flatMap((d) => [new URL(d.url).pathname, ...d.parts.map((p) => new URL(p.url).pathname)]);

  test('are indexed for search as "dokumen" and stay light (≤ 150 KB gzipped each)', () => {
    for (const p of pages()) {
      const html = readDist(p);
      expect(html, p).toContain('data-pagefind-body');
      expect(html, p).toContain('data-pagefind-filter="jenis:dokumen"');
      expect(gzipSync(html).length, p).toBeLessThan(150 * 1024);
    }
  });

  test('the LKPJ text is complete: the "jalan mantap" passage and Tabel III.13 are on a part page', () => {
    const lkpj = documents.find((d) => d.id === 'lkpj-2023')!;
    const all = lkpj.parts.map((p) => readDist(new URL(p.url).pathname)).join('\n');
    expect(all).toMatch(/jalan mantap/i);
    expect(all).toContain('id="tabel-iii-13"');
  });

  test('/dokumen/ lists the four documents with publisher, year, type and download', () => {
    const html = readDist('/dokumen/');
    for (const d of documents) {
      expect(html).toContain(`href="/dokumen/${d.id}/"`);
      expect(html).toContain(`href="/dokumen/${d.id}/${d.id}.txt"`);
      expect(html).toContain(d.type_label);
    }
    expect(html).toContain('Dinas Komunikasi dan Informatika');
  });
});

describe('/kualitas-data/', () => {
  test('shows every failed check and note, and every register entry', () => {
    const html = readDist('/kualitas-data/');
    const full = datasets.map((d) => readDistJson<{ slug: string; notes: string[]; checks: Array<{ status: string; note?: string }> }>(`/api/v1/datasets/${d.slug}.json`));
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    let flagged = 0;
    for (const d of full) {
      const fails = d.checks.filter((c) => c.status === 'fail');
      if (fails.length === 0 && d.notes.length === 0) continue;
      flagged++;
      expect(html, d.slug).toContain(`href="/data/${d.slug}/"`);
      for (const n of d.notes) expect(html, `${d.slug} note`).toContain(escape(n));
      for (const c of fails) if (c.note) expect(html, `${d.slug} check note`).toContain(escape(c.note));
    }
    expect(flagged).toBeGreaterThan(5);
    // Known contradictions from the issue.
    expect(html).toMatch(/3\.092|3,092/);
    expect(html).toMatch(/308\.589|308,589/);
    expect((html.match(/<tr>\s*<th scope="row" class="label">/g) ?? []).length).toBe(coverage.length);
  });
});
