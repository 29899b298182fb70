import type { APIRoute, GetStaticPaths } from 'astro';
import { getDocuments } from '../../../data/catalog.ts';
import { getSourceText } from '../../../data/documents.ts';

/** The source text exactly as stored in data/sources/ (provenance line numbers refer to it). */
export const getStaticPaths = (async () =>
  (await getDocuments()).map((d) => ({ params: { id: d.id, file: `${d.id}.txt` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await getSourceText(String(params['id']));
  return new Response(Buffer.from(text, 'utf8'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
