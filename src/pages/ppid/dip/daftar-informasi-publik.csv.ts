import type { APIRoute } from 'astro';
import { getDip } from '../../../data/ppid.ts';
import { dipCsv } from '../../../lib/ppid/dip.ts';
import { SITE } from '../../../config.ts';

export const GET: APIRoute = async () =>
  new Response(dipCsv(await getDip(), SITE.url), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
