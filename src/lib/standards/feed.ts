import { SITE } from '../../config.ts';
import { datasetUrl } from '../datasets/urls.ts';
import type { BuiltDataset } from '../datasets/schema.ts';
import { AtomFeedSchema, type AtomEntry, type AtomFeed } from './feed-schema.ts';
import { summary } from '../datasets/view.ts';
import { absolute, byModifiedDesc } from './common.ts';
import { toXml } from './xml.ts';
import type { BuiltVersion } from '../datasets/schema.ts';
import { changeSentence } from '../datasets/diff.ts';

/**
 * /feed.xml: an Atom feed of new and updated items (datasets now; DIP entries
 * and documents can pass their own entries), newest first. Dates come from the
 * data (`modified`), never from the clock.
 */

export const FEED_LIMIT = 100;

function dateTime(isoDate: string): string {
  return `${isoDate.slice(0, 10)}T00:00:00Z`;
}

export function datasetEntry(d: BuiltDataset): AtomEntry {
  return {
    id: absolute(datasetUrl(d.slug)),
    title: d.title,
    updated: dateTime(d.modified),
    link: absolute(datasetUrl(d.slug)),
    summary: summary(d.description, 400),
    author: d.publisher_name,
    categories: ['dataset'],
  };
}

export function buildFeed(datasets: readonly BuiltDataset[], extra: readonly AtomEntry[] = []): AtomFeed {
  const entries = [...byModifiedDesc(datasets).map(datasetEntry), ...extra]
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, FEED_LIMIT);
  return AtomFeedSchema.parse({
    id: absolute('/feed.xml'),
    title: `${SITE.name}: data baru dan diperbarui`,
    subtitle: 'Dataset dan informasi publik Kota Binjai yang baru terbit atau diperbarui.',
    updated: entries[0]?.updated ?? dateTime(SITE.release),
    self: absolute('/feed.xml'),
    alternate: absolute('/data/'),
    author: { name: SITE.contact.name, email: SITE.contact.email },
    rights: `Lisensi ${SITE.license.title}`,
    entries,
  });
}

export function atomXml(feed: AtomFeed): string {
  return toXml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'id',
      id: feed.id,
      title: feed.title,
      subtitle: feed.subtitle,
      updated: feed.updated,
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.self },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.alternate },
      ],
      author: { name: feed.author.name, email: feed.author.email },
      rights: feed.rights,
      entry: feed.entries.map((e) => ({
        id: e.id,
        title: e.title,
        updated: e.updated,
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.link },
        summary: e.summary,
        author: { name: e.author },
        category: e.categories.map((term) => ({ '@_term': term })),
      })),
    },
  });
}

/** One released version, as an entry of a changes feed. */
export function versionEntry(v: BuiltVersion): AtomEntry {
  return {
    id: absolute(v.ref.url),
    title: `${v.dataset.title}: versi ${v.record.id}`,
    updated: dateTime(v.record.released),
    link: absolute(v.ref.url),
    summary: `${v.record.reason} — ${changeSentence(v.ref.changes)}`,
    author: v.dataset.publisher_name,
    categories: ['versi', v.ref.changes ? 'perubahan' : 'rilis pertama'],
  };
}

/**
 * Atom feed of released versions: the whole portal (/perubahan.xml) or one dataset
 * (/data/<slug>/perubahan.xml), newest first, so a reader can follow the changes of one dataset.
 */
export function changesFeed(versions: readonly BuiltVersion[], scope: { slug: string; title: string } | null): AtomFeed {
  const self = scope ? `/data/${scope.slug}/perubahan.xml` : '/perubahan.xml';
  const entries = versions
    .map(versionEntry)
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
    .slice(0, scope ? undefined : FEED_LIMIT);
  return AtomFeedSchema.parse({
    id: absolute(self),
    title: scope ? `${SITE.name}: perubahan ${scope.title}` : `${SITE.name}: perubahan data`,
    subtitle: scope ? `Setiap versi baru dataset ${scope.title}, dengan alasan dan perubahannya.` : 'Setiap versi baru dataset portal, dengan alasan dan perubahannya.',
    updated: entries[0]?.updated ?? dateTime(SITE.release),
    self: absolute(self),
    alternate: absolute(scope ? `/data/${scope.slug}/versi/` : '/perubahan/'),
    author: { name: SITE.contact.name, email: SITE.contact.email },
    rights: `Lisensi ${SITE.license.title}`,
    entries,
  });
}
