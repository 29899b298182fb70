import { getDatasets } from './catalog.ts';
import { distributionsFor, filesFor } from '../lib/datasets/distributions.ts';
import type { DatasetFiles } from '../lib/standards/common.ts';
import { serialiseJson } from '../lib/standards/common.ts';
import { bulkReadme, bulkZip } from '../lib/standards/bulk.ts';
import { portalPackage } from '../lib/standards/datapackage.ts';

/** Every dataset with all its downloads (CSV, JSON, XLSX), sorted by slug. */
export async function getDatasetFiles(): Promise<DatasetFiles[]> {
  const datasets = await getDatasets();
  return Promise.all(datasets.map(async (dataset) => ({ dataset, distributions: await distributionsFor(dataset) })));
}

let zip: Promise<Uint8Array> | undefined;

/** The bytes of /unduh/semua-data.zip, built once per build for the endpoint and the /api/ page (size, SHA-256). */
export function getBulkZip(): Promise<Uint8Array> {
  zip ??= getDatasetFiles().then((items) =>
    bulkZip(
      items.map(({ dataset }) => ({ slug: dataset.slug, csv: filesFor(dataset).csv })),
      serialiseJson(portalPackage(items)),
      bulkReadme(items.length),
    ),
  );
  return zip;
}
