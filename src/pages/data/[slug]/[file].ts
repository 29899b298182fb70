import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../data/catalog.ts';
import { filesFor } from '../../../lib/distributions.ts';

/** /data/<slug>/<slug>.csv and .json: the files whose size and SHA-256 the API states. */
export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  return datasets.flatMap((d) => {
    const files = filesFor(d);
    return [
      { params: { slug: d.slug, file: `${d.slug}.csv` }, props: { body: files.csv, type: 'text/csv; charset=utf-8' } },
      { params: { slug: d.slug, file: `${d.slug}.json` }, props: { body: files.json, type: 'application/json' } },
    ];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['body'] as string, { headers: { 'Content-Type': props['type'] as string } });
