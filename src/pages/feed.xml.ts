import type { APIRoute } from 'astro';
import { getDatasets } from '../data/catalog.ts';
import { atomXml, buildFeed } from '../lib/standards/feed.ts';

/** Atom feed of new and updated datasets. */
export const GET: APIRoute = async () =>
  new Response(atomXml(buildFeed(await getDatasets())), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
