import type { APIRoute } from 'astro';
import { getDocuments } from '../../../data/catalog.ts';
import { getCoverage, getDocumentView } from '../../../data/documents.ts';
import { json } from '../../../lib/datasets/api.ts';
import { coverageApiEntry, CoverageApiSchema } from '../../../lib/documents/api.ts';

export const GET: APIRoute = async () => {
  const known = new Set((await getDocuments()).map((d) => d.id));
  const entries = await getCoverage();
  const coverage = [];
  for (const e of entries) {
    if (!known.has(e.document)) throw new Error(`Register cakupan: dokumen "${e.document}" (${e.label}) tidak ada di data/documents.yml.`);
    coverage.push(coverageApiEntry(e, await getDocumentView(e.document)));
  }
  const body = CoverageApiSchema.parse({ coverage });
  return new Response(json(body), { headers: { 'Content-Type': 'application/json' } });
};
