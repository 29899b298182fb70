/** The real datasets, built in memory by the data pipeline (no files written), shared by unit tests. */
import { loadAndRun } from '../../scripts/data/build.ts';
import type { BuiltDataset } from '../../src/lib/datasets/schema.ts';

let cached: Promise<BuiltDataset[]> | undefined;

export function realDatasets(): Promise<BuiltDataset[]> {
  cached ??= loadAndRun().then((out) => out.datasets);
  return cached;
}

export async function realDataset(slug: string): Promise<BuiltDataset> {
  const d = (await realDatasets()).find((x) => x.slug === slug);
  if (!d) throw new Error(`dataset ${slug} tidak ada`);
  return d;
}
