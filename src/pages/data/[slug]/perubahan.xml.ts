import type { APIRoute, GetStaticPaths } from 'astro';
import { getVersions } from '../../../data/catalog.ts';
import { atomXml, changesFeed } from '../../../lib/standards/feed.ts';
import type { BuiltVersion } from '../../../lib/datasets/schema.ts';

/** /data/<slug>/perubahan.xml: the versions of one dataset, to subscribe to its changes. */
export const getStaticPaths = (async () => {
  const versions = await getVersions();
  return [...new Set(versions.map((v) => v.slug))].map((slug) => ({ params: { slug }, props: { versions: versions.filter((v) => v.slug === slug) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const versions = props['versions'] as BuiltVersion[];
  const latest = versions.at(-1)!;
  return new Response(atomXml(changesFeed(versions, { slug: latest.slug, title: latest.dataset.title })), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
