import type { APIRoute } from 'astro';
import { getAgencies, getDocuments } from '../../../data/catalog.ts';
import { getDocumentPageData } from '../../../data/documents.ts';
import { json } from '../../../lib/datasets/api.ts';
import { documentApiEntry, DocumentsApiSchema } from '../../../lib/documents/api.ts';

export const GET: APIRoute = async () => {
  const agencies = await getAgencies();
  const documents = await Promise.all(
    (await getDocuments()).map(async (meta) => {
      const data = await getDocumentPageData(meta);
      return documentApiEntry({
        meta,
        publisherName: agencies.find((a) => a.slug === meta.publisher)?.name ?? meta.publisher,
        text: data.text,
        view: data.view,
        datasets: data.datasets.map((d) => d.slug),
        coverage: data.coverage,
      });
    }),
  );
  const body = DocumentsApiSchema.parse({ documents });
  return new Response(json(body), { headers: { 'Content-Type': 'application/json' } });
};
