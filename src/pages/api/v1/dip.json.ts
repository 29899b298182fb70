import type { APIRoute } from 'astro';
import { getDip } from '../../../data/ppid.ts';
import { dipApi } from '../../../lib/ppid/dip.ts';
import { json } from '../../../lib/datasets/api.ts';
import { SITE } from '../../../config.ts';

/** Every DIP entry under its Perki 1/2021 field names (a stable contract: add fields, never rename). */
export const GET: APIRoute = async () =>
  new Response(json(dipApi(await getDip(), SITE.url, SITE.release)), { headers: { 'Content-Type': 'application/json' } });
