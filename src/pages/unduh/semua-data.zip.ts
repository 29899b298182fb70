import type { APIRoute } from 'astro';
import { getBulkZip } from '../../data/files.ts';

/** "Unduh semua": every CSV plus the portal datapackage.json in one ZIP. */
export const GET: APIRoute = async () =>
  new Response((await getBulkZip()) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
