import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomXml, buildFeed } from '../../../src/lib/standards/feed.ts';
import { HOSTILE, POPULATION } from '../../fixtures/standards/datasets.ts';

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
