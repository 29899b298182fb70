import type { APIRoute } from 'astro';
import { getDatasets } from '../../../data/catalog.ts';
import { datasetMetadata, json } from '../../../lib/datasets/api.ts';
import { distributionsFor } from '../../../lib/datasets/distributions.ts';

export const GET: APIRoute = async () => {
  const datasets = await getDatasets();
  const metadata = await Promise.all(datasets.map(async (d) => datasetMetadata(d, await distributionsFor(d))));
  return new Response(json({ datasets: metadata }), { headers: { 'Content-Type': 'application/json' } });
};
