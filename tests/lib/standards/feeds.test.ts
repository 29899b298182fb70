import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { atomXml, buildFeed } from '../../../src/lib/standards/feed.ts';
import { buildSitemap, pagePath, robotsTxt, sitemapXml } from '../../../src/lib/standards/sitemap.ts';
import { bulkReadme, bulkZip } from '../../../src/lib/standards/bulk.ts';
import { HOSTILE, INJECTION, POPULATION } from '../../fixtures/standards/datasets.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'url', 'link', 'category'].includes(name) });

describe('Atom feed', () => {
  test('newest first, dated from the data, with escaped text', () => {
    const feed = buildFeed([HOSTILE, POPULATION]);
    expect(feed.updated).toBe('2026-11-22T00:00:00Z');
    expect(feed.entries.map((e) => e.updated)).toEqual(['2026-11-22T00:00:00Z', '2025-03-31T00:00:00Z']);
    const xml = atomXml(feed);
    expect(xml).not.toContain('</script>');
    const doc = parser.parse(xml) as { feed: { '@_xmlns': string; id: string; title: string; entry: Array<Record<string, unknown>> } };
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.id).toBe('https://data.binjaikota.go.id/feed.xml');
    expect(doc.feed.entry).toHaveLength(2);
    for (const e of doc.feed.entry) expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'title', 'updated', 'link', 'summary', 'author']));
    expect(String(doc.feed.entry[1]!['title'])).toContain('</script>');
    expect(doc.feed.entry[0]!['link']).toEqual([{ '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/' }]);
  });

  test('extra entries (for example DIP entries) are merged by date', () => {
    const feed = buildFeed([HOSTILE], [
      { id: 'https://data.binjaikota.go.id/ppid/dip/x/', title: 'Entri DIP', updated: '2025-06-01T00:00:00Z', link: 'https://data.binjaikota.go.id/ppid/dip/x/', summary: 'Ringkasan.', author: 'PPID', categories: ['informasi publik'] },
    ]);
    expect(feed.entries.map((e) => e.title)).toEqual(['Entri DIP', HOSTILE.title]);
  });
});

describe('sitemap.xml and robots.txt', () => {
  test.each([
    ['/index.html', '/'],
    ['/data/x/index.html', '/data/x/'],
    ['/404.html', null],
    ['/pagefind/x.html', null],
    ['/data.json', null],
  ])('%s → %s', (file, expected) => {
    expect(pagePath(file)).toBe(expected);
  });

  test('absolute, sorted, de-duplicated URLs in the sitemaps.org namespace', () => {
    const xml = sitemapXml(buildSitemap(['/data/index.html', '/index.html', '/404.html', '/data/index.html']));
    const doc = parser.parse(xml) as { urlset: { '@_xmlns': string; url: Array<{ loc: string }> } };
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset.url.map((u) => u.loc)).toEqual(['https://data.binjaikota.go.id/', 'https://data.binjaikota.go.id/data/']);
  });

  test('robots.txt points to the sitemap', () => {
    expect(robotsTxt()).toContain('Sitemap: https://data.binjaikota.go.id/sitemap.xml\n');
    expect(robotsTxt()).toMatch(/^User-agent: \*\nAllow: \//);
  });
});

describe('bulk ZIP', () => {
  test('every CSV under data/<slug>/, the datapackage.json at the root, identical bytes each time', () => {
    const csvs = [
      { slug: 'b-data', csv: 'x\r\n2\r\n' },
      { slug: 'a-data', csv: `x\r\n${INJECTION}\r\n` },
    ];
    const zip = bulkZip(csvs, '{"name":"p"}\n', bulkReadme(2));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['BACA-SAYA.txt', 'datapackage.json', 'data/a-data/a-data.csv', 'data/b-data/b-data.csv']);
    expect(strFromU8(files['data/a-data/a-data.csv']!)).toBe(csvs[1]!.csv);
    expect(Buffer.from(bulkZip(csvs, '{"name":"p"}\n', bulkReadme(2))).equals(Buffer.from(zip))).toBe(true);
  });
});
