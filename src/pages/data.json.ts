import type { APIRoute } from 'astro';
import { getDatasetFiles } from '../data/files.ts';
import { dataJson } from '../lib/standards/data-json.ts';
import { serialiseJson } from '../lib/standards/common.ts';

/** DCAT-US 1.1 catalogue (Project Open Data data.json). */
export const GET: APIRoute = async () =>
  new Response(serialiseJson(dataJson(await getDatasetFiles())), { headers: { 'Content-Type': 'application/json' } });
