/** Reads src/pages/ and public/ for the route list periksa checks internal links against (src/lib/core/routes.ts). */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { siteRoutes, type SiteRoutes } from '../../src/lib/core/routes.ts';
import type { PipelineOutput } from '../data/pipeline.ts';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Datasets and documents that failed validation count as known: their own error is enough. */
export function loadRoutes(root: string, data: Pick<PipelineOutput, 'datasets' | 'documents' | 'agencies' | 'failed'>): SiteRoutes {
  const pages = filesUnder(path.join(root, 'src/pages')).map((f) => `src/pages/${f}`);
  const datasets = new Set([...data.datasets.map((d) => d.slug), ...data.failed.datasets]);
  const documents = new Set([...data.documents.map((d) => d.id), ...data.failed.documents]);
  const known = new Map<string, ReadonlySet<string>>([
    ['/data/[slug]/', datasets],
    ['/data/[slug]/[file]', datasets],
    ['/embed/[slug]/', datasets],
    ['/api/v1/datasets/[slug].json', datasets],
    ['/dokumen/[id]/', documents],
    ['/dokumen/[id]/[file]', documents],
    ['/dokumen/[id]/bagian/[part]/', documents],
    ['/opd/[slug]/', new Set(data.agencies.map((a) => a.slug))],
  ]);
  return siteRoutes(pages, filesUnder(path.join(root, 'public')), known);
}
