import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../../data/catalog.ts';
import { datasetDetail, json } from '../../../../lib/api.ts';
import type { BuiltDataset } from '../../../../lib/schemas/dataset.ts';

export const getStaticPaths = (async () =>
  (await getDatasets()).map((d) => ({ params: { slug: d.slug }, props: { dataset: d } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(json(datasetDetail(props['dataset'] as BuiltDataset)), { headers: { 'Content-Type': 'application/json' } });
