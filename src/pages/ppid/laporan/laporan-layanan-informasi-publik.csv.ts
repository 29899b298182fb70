import type { APIRoute } from 'astro';
import { getLaporan } from '../../../data/ppid.ts';
import { toCsv } from '../../../lib/core/csv.ts';
import { LAPORAN_FIELDS } from '../../../lib/ppid/schema.ts';

/** The service report as published: validated rows re-serialised (formula-safe), header first. */
export const GET: APIRoute = async () =>
  new Response(toCsv(LAPORAN_FIELDS, await getLaporan()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
