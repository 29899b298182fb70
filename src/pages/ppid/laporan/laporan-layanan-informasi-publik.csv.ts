import type { APIRoute } from 'astro';
import { getLaporan } from '../_dip.ts';
import { toCsv } from '../../../lib/csv.ts';
import { LAPORAN_FIELDS } from '../../../lib/schemas/dip.ts';

/** The service report as published: validated rows re-serialised (formula-safe), header first. */
export const GET: APIRoute = async () =>
  new Response(toCsv(LAPORAN_FIELDS, await getLaporan()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
