import type { APIRoute } from 'astro';
import { getDip } from '../../../data/ppid.ts';
import { dipXlsx } from '../../../lib/ppid/dip-xlsx.ts';
import { SITE } from '../../../config.ts';

export const GET: APIRoute = async () => {
  const bytes = await dipXlsx(await getDip(), SITE.url, SITE.release, SITE.contact.name);
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
