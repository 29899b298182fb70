import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { buildSitemap, pagePath, robotsTxt, sitemapXml } from '../../../src/lib/standards/sitemap.ts';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'url', 'link', 'category'].includes(name) });

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
