import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST, readDist, readDistJson } from '../support/dist.ts';

interface Listed {
  slug: string;
  version: string | null;
  unreleased_changes: boolean;
  versions: Array<{ id: string; released: string; reason: string; url: string; sha256: string; distributions: Array<{ format: string; url: string; bytes: number; sha256: string }>; changes: unknown }>;
  editions: unknown[];
  series: unknown;
  edition: unknown;
}

let datasets: Listed[];
beforeAll(() => {
  assertBuilt();
  datasets = readDistJson<{ datasets: Listed[] }>('/api/v1/datasets.json').datasets;
});

describe('every dataset has a frozen, citable version', () => {
  test('each is equal to its latest version, with nothing unreleased', () => {
    expect(datasets.length).toBeGreaterThan(150);
    for (const d of datasets) {
      expect(d.versions.length, d.slug).toBeGreaterThanOrEqual(1);
      expect(d.version, d.slug).toBe(d.versions.at(-1)!.id);
      expect(d.unreleased_changes, d.slug).toBe(false);
      expect(d.versions[0]!.changes, d.slug).toBeNull();
      expect(d.series).toBeNull();
      expect(d.editions).toEqual([]);
    }
  });

  test('every version download is served with the size and SHA-256 the API states', () => {
    for (const d of datasets)
      for (const v of d.versions) {
        expect(v.url).toBe(`https://data.binjaikota.go.id/data/${d.slug}/versi/${v.id}/`);
        expect(readDist(`/data/${d.slug}/versi/${v.id}/index.html`)).toContain(`versi <code>${v.id}</code>`);
        for (const x of v.distributions) {
          const bytes = readFileSync(path.join(DIST, new URL(x.url).pathname));
          expect(bytes.byteLength, x.url).toBe(x.bytes);
          expect(createHash('sha256').update(bytes).digest('hex'), x.url).toBe(x.sha256);
        }
      }
  });

  test('the dataset page, its citation and its JSON-LD name the version', () => {
    const d = datasets.find((x) => x.slug === 'penduduk-kecamatan-2023')!;
    const html = readDist('/data/penduduk-kecamatan-2023/');
    expect(html).toContain(`Versi <a href="/data/penduduk-kecamatan-2023/versi/${d.version}/"><code>${d.version}</code></a> (alamat tetap untuk dikutip)`);
    expect(html).toContain(`https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/versi/${d.version}/ (diakses dari versi ${d.version}; lisensi CC-BY-4.0)`);
    expect(html).toContain(`"version":"${d.version}"`);
    expect(readDist('/data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.bib')).toContain(`version = {${d.version}}`);
  });

  test('DCAT-AP lists every version (dcat:hasVersion) with its notes and checksummed downloads', () => {
    const catalog = readDistJson<{ 'dcat:dataset': Array<Record<string, unknown>> }>('/catalog.jsonld');
    for (const node of catalog['dcat:dataset']) {
      const listed = datasets.find((d) => d.slug === node['dct:identifier'])!;
      expect(node['dcat:version']).toBe(listed.version);
      const versions = node['dcat:hasVersion'] as Array<Record<string, unknown>>;
      expect(versions.map((v) => v['dcat:version'])).toEqual(listed.versions.map((v) => v.id));
      expect(versions[0]!['adms:versionNotes']).toEqual({ '@language': 'id', '@value': listed.versions[0]!.reason });
    }
  });
});

describe('following changes', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' || name === 'category' });
  type Feed = { feed: { '@_xmlns': string; id: string; title: string; updated: string; author: { name: string }; link: Array<{ '@_rel': string; '@_href': string }>; entry: Array<{ id: string; title: string; updated: string; summary: string; link: Array<{ '@_href': string }> }> } };

  test('/perubahan.xml and each dataset\'s perubahan.xml are Atom feeds of its versions (RFC 4287 required elements)', () => {
    for (const [file, expected] of [
      ['/perubahan.xml', Math.min(100, datasets.reduce((n, d) => n + d.versions.length, 0))],
      ['/data/penduduk-kecamatan-2023/perubahan.xml', datasets.find((d) => d.slug === 'penduduk-kecamatan-2023')!.versions.length],
    ] as const) {
      const { feed } = parser.parse(readDist(file)) as Feed;
      expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
      expect(feed.id).toBe(`https://data.binjaikota.go.id${file}`);
      expect(feed.title.length).toBeGreaterThan(0);
      expect(feed.author.name.length).toBeGreaterThan(0);
      expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`https://data.binjaikota.go.id${file}`);
      expect(feed.entry).toHaveLength(expected);
      expect(new Set(feed.entry.map((e) => e.id)).size).toBe(feed.entry.length);
      for (const e of feed.entry) {
        expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
        expect(e.link[0]!['@_href']).toBe(e.id);
        expect(e.summary.length).toBeGreaterThan(0);
      }
      expect(feed.updated).toBe(feed.entry[0]!.updated);
    }
  });

  test('/perubahan/ lists the releases and links the feed; every page links its own feed', () => {
    const html = readDist('/perubahan/');
    expect(html).toContain('<a href="/perubahan.xml">umpan Atom seluruh portal</a>');
    expect(html).toContain(`${datasets.length} dataset dirilis pertama kali`);
    expect(readDist('/data/penduduk-kecamatan-2023/')).toContain('<a href="/data/penduduk-kecamatan-2023/perubahan.xml">Langganan perubahan dataset ini (Atom)</a>');
  });
});
