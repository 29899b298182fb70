import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/** Kecamatan and kelurahan of Kota Binjai (Kemendagri codes), for the editor's check of an uploaded table. */
export const GET: APIRoute = async () => {
  const entry = await getEntry('wilayah', 'wilayah');
  return new Response(`${JSON.stringify(entry?.data.areas ?? [])}\n`, { headers: { 'Content-Type': 'application/json' } });
};
