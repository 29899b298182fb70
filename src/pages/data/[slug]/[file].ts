import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasets } from '../../../data/catalog.ts';
import { distributionsFor, filesFor, MEDIA_TYPE, xlsxFor } from '../../../lib/datasets/distributions.ts';
import { CITATION_FILES, citationFile, type CitationFile } from '../../../lib/datasets/citation.ts';
import { datasetPackage } from '../../../lib/standards/datapackage.ts';
import { serialiseJson } from '../../../lib/standards/common.ts';
import type { BuiltDataset } from '../../../lib/datasets/schema.ts';

/**
 * /data/<slug>/<slug>.csv, .json and .xlsx (the files whose size and SHA-256
 * the API states), plus datapackage.json and the citation files .bib, .ris, .csl.json.
 * Bodies are made when each file is written, not in getStaticPaths: props live for the
 * whole build, and holding every file of thousands of datasets slowed it down.
 */
type Kind = 'csv' | 'json' | 'xlsx' | 'datapackage' | CitationFile['ext'];

export const getStaticPaths = (async () => {
  const datasets = await getDatasets();
  return datasets.flatMap((d) => {
    const files: Array<[string, Kind]> = [
      [`${d.slug}.csv`, 'csv'],
      [`${d.slug}.json`, 'json'],
      [`${d.slug}.xlsx`, 'xlsx'],
      ['datapackage.json', 'datapackage'],
      ...CITATION_FILES.map((c): [string, Kind] => [`${d.slug}.${c.ext}`, c.ext]),
    ];
    return files.map(([file, kind]) => ({ params: { slug: d.slug, file }, props: { dataset: d, kind } }));
  });
}) satisfies GetStaticPaths;

async function body(d: BuiltDataset, kind: Kind): Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string }> {
  switch (kind) {
    case 'csv':
      return { body: filesFor(d).csv, type: 'text/csv; charset=utf-8' };
    case 'json':
      return { body: filesFor(d).json, type: 'application/json' };
    case 'xlsx':
      return { body: (await xlsxFor(d)) as Uint8Array<ArrayBuffer>, type: MEDIA_TYPE.XLSX };
    case 'datapackage':
      return { body: serialiseJson(datasetPackage({ dataset: d, distributions: await distributionsFor(d) })), type: 'application/json' };
    default: {
      const c = CITATION_FILES.find((x) => x.ext === kind)!;
      return { body: citationFile(d, c.ext), type: c.media_type };
    }
  }
}

export const GET: APIRoute = async ({ props }) => {
  const { body: content, type } = await body(props['dataset'] as BuiltDataset, props['kind'] as Kind);
  return new Response(content, { headers: { 'Content-Type': type } });
};
