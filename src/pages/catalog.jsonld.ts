import type { APIRoute } from 'astro';
import { getDatasetFiles } from '../data/files.ts';
import { dcatApCatalog } from '../lib/standards/dcat-ap.ts';
import { serialiseJson } from '../lib/standards/common.ts';

/** DCAT-AP 3 catalogue as JSON-LD. */
export const GET: APIRoute = async () =>
  new Response(serialiseJson(dcatApCatalog(await getDatasetFiles())), { headers: { 'Content-Type': 'application/ld+json' } });
