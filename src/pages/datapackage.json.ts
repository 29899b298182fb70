import type { APIRoute } from 'astro';
import { getDatasetFiles } from '../data/files.ts';
import { portalPackage } from '../lib/standards/datapackage.ts';
import { serialiseJson } from '../lib/standards/common.ts';

/** Frictionless Data Package of the whole portal; the same file sits at the root of /unduh/semua-data.zip. */
export const GET: APIRoute = async () =>
  new Response(serialiseJson(portalPackage(await getDatasetFiles())), { headers: { 'Content-Type': 'application/json' } });
