/** Reads src/pages/ and public/ for the route list periksa checks internal links against (src/lib/core/routes.ts). */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { siteRoutes, type SiteRoutes } from '../../src/lib/core/routes.ts';
import type { PipelineOutput } from '../data/pipeline.ts';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The names that make up addresses: dataset slugs, document ids, agency slugs. */
export interface RouteNames {
  datasets: Iterable<string>;
  documents: Iterable<string>;
  agencies: Iterable<string>;
}

function routesOf(root: string, names: RouteNames): SiteRoutes {
  const pages = filesUnder(path.join(root, 'src/pages')).map((f) => `src/pages/${f}`);
  const datasets = new Set(names.datasets);
  const documents = new Set(names.documents);
  const known = new Map<string, ReadonlySet<string>>([
    ['/data/[slug]/', datasets],
    ['/data/[slug]/[file]', datasets],
    ['/embed/[slug]/', datasets],
    ['/api/v1/datasets/[slug].json', datasets],
    ['/dokumen/[id]/', documents],
    ['/dokumen/[id]/[file]', documents],
    ['/dokumen/[id]/bagian/[part]/', documents],
    ['/opd/[slug]/', new Set(names.agencies)],
  ]);
  return siteRoutes(pages, filesUnder(path.join(root, 'public')), known);
}

/** Datasets and documents that failed validation count as known: their own error is enough. */
export function loadRoutes(root: string, data: Pick<PipelineOutput, 'datasets' | 'documents' | 'agencies' | 'failed'>): SiteRoutes {
  return routesOf(root, {
    datasets: [...data.datasets.map((d) => d.slug), ...data.failed.datasets],
    documents: [...data.documents.map((d) => d.id), ...data.failed.documents],
    agencies: data.agencies.map((a) => a.slug),
  });
}

/**
 * The same routes read straight from the files (a dataset's slug is its file name), without the
 * data pipeline: quick enough for checking a link while an officer types it (npm run ppid:baru).
 */
export function routesFromFiles(root: string): SiteRoutes {
  const list = (file: string, key: string): string[] => {
    const full = path.join(root, file);
    const items = existsSync(full) ? (parse(readFileSync(full, 'utf8')) as unknown) : [];
    return Array.isArray(items) ? items.map((i) => String((i as Record<string, unknown>)?.[key] ?? '')).filter(Boolean) : [];
  };
  const datasetDir = path.join(root, 'data/datasets');
  return routesOf(root, {
    datasets: existsSync(datasetDir) ? readdirSync(datasetDir).filter((f) => f.endsWith('.yml')).map((f) => f.slice(0, -4)) : [],
    documents: list('data/documents.yml', 'id'),
    agencies: list('data/agencies.yml', 'slug'),
  });
}
