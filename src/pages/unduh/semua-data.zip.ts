import type { APIRoute } from 'astro';
import { getDatasetFiles } from '../../data/files.ts';
import { filesFor } from '../../lib/distributions.ts';
import { bulkReadme, bulkZip } from '../../lib/standards/bulk.ts';
import { portalPackage } from '../../lib/standards/datapackage.ts';
import { serialiseJson } from '../../lib/standards/common.ts';

/** "Unduh semua": every CSV plus the portal datapackage.json in one ZIP. */
export const GET: APIRoute = async () => {
  const items = await getDatasetFiles();
  const zip = bulkZip(
    items.map(({ dataset }) => ({ slug: dataset.slug, csv: filesFor(dataset).csv })),
    serialiseJson(portalPackage(items)),
    bulkReadme(items.length),
  );
  return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
