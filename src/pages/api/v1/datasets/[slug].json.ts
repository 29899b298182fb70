import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../../data/catalog.ts';
import { datasetDetail, json } from '../../../../lib/datasets/api.ts';
import { distributionsFor } from '../../../../lib/datasets/distributions.ts';
import type { BuiltDataset } from '../../../../lib/datasets/schema.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((d) => ({ params: { slug: d.slug }, props: { dataset: d } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const d = props['dataset'] as BuiltDataset;
  return new Response(json(datasetDetail(d, await distributionsFor(d))), { headers: { 'Content-Type': 'application/json' } });
};
