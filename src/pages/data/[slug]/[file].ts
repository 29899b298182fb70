import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../data/catalog.ts';
import { distributionsFor, filesFor, MEDIA_TYPE, xlsxFor } from '../../../lib/distributions.ts';
import { CITATION_FILES, citationFile } from '../../../lib/standards/citation.ts';
import { datasetPackage } from '../../../lib/standards/datapackage.ts';
import { serialiseJson } from '../../../lib/standards/common.ts';

/**
 * /data/<slug>/<slug>.csv, .json and .xlsx (the files whose size and SHA-256
 * the API states), plus datapackage.json and the citation files .bib, .ris, .csl.json.
 */
export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  const paths = await Promise.all(
    datasets.map(async (d) => {
      const files = filesFor(d);
      const distributions = await distributionsFor(d);
      return [
        { params: { slug: d.slug, file: `${d.slug}.csv` }, props: { body: files.csv, type: 'text/csv; charset=utf-8' } },
        { params: { slug: d.slug, file: `${d.slug}.json` }, props: { body: files.json, type: 'application/json' } },
        { params: { slug: d.slug, file: `${d.slug}.xlsx` }, props: { body: await xlsxFor(d), type: MEDIA_TYPE.XLSX } },
        {
          params: { slug: d.slug, file: 'datapackage.json' },
          props: { body: serialiseJson(datasetPackage({ dataset: d, distributions })), type: 'application/json' },
        },
        ...CITATION_FILES.map((c) => ({
          params: { slug: d.slug, file: `${d.slug}.${c.ext}` },
          props: { body: citationFile(d, c.ext), type: c.media_type },
        })),
      ];
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['body'] as string | Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': props['type'] as string } });
