import { getDatasets } from './catalog.ts';
import { distributionsFor } from '../lib/distributions.ts';
import type { DatasetFiles } from '../lib/standards/common.ts';

/** Every dataset with all its downloads (CSV, JSON, XLSX), sorted by slug. */
export async function getDatasetFiles(): Promise<DatasetFiles[]> {
  const datasets = await getDatasets();
  return Promise.all(datasets.map(async (dataset) => ({ dataset, distributions: await distributionsFor(dataset) })));
}
