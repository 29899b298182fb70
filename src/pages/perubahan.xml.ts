import type { APIRoute } from 'astro';
import { getVersions } from '../data/catalog.ts';
import { atomXml, changesFeed } from '../lib/standards/feed.ts';

/** Atom feed of every released version of every dataset, newest first. */
export const GET: APIRoute = async () => new Response(atomXml(changesFeed(await getVersions(), null)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
