import { z } from 'zod';

/** Atom 1.0 (RFC 4287) feed and sitemaps.org sitemap, as typed objects before XML serialisation. */
const DateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, { error: 'tanggal-waktu RFC 3339 dalam UTC' });

export const AtomEntrySchema = z.object({
  id: z.url(),
  title: z.string().min(1),
  updated: DateTime,
  link: z.url(),
  summary: z.string().min(1),
  author: z.string().min(1),
  /** Content type facet, e.g. "dataset", "informasi publik". */
  categories: z.array(z.string().min(1)),
});
export type AtomEntry = z.output<typeof AtomEntrySchema>;

export const AtomFeedSchema = z.object({
  id: z.url(),
  title: z.string().min(1),
  subtitle: z.string().min(1),
  updated: DateTime,
  self: z.url(),
  alternate: z.url(),
  author: z.object({ name: z.string().min(1), email: z.email() }),
  rights: z.string().min(1),
  entries: z.array(AtomEntrySchema),
});
export type AtomFeed = z.output<typeof AtomFeedSchema>;

export const SitemapSchema = z.array(z.object({ loc: z.url(), lastmod: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }));
export type Sitemap = z.output<typeof SitemapSchema>;
