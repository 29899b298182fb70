import type { APIRoute } from 'astro';
import { getDatasets } from '../../../data/catalog.ts';
import { datasetMetadata, json } from '../../../lib/api.ts';

export const GET: APIRoute = async () => {
  const datasets = await getDatasets();
  return new Response(json({ datasets: datasets.map(datasetMetadata) }), { headers: { 'Content-Type': 'application/json' } });
};
