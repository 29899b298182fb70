import { createHash } from 'node:crypto';
import { toCsv } from './csv.ts';
import type { BuiltDataset } from './schemas/dataset.ts';

/**
 * Downloadable files of a dataset. Contents are computed from the dataset
 * (pure and deterministic) so pages, endpoints and the API agree on size and
 * SHA-256 without reading dist/.
 */
export interface Distribution {
  format: 'CSV' | 'JSON';
  media_type: string;
  title: string;
  url: string;
  bytes: number;
  sha256: string;
}

export function datasetUrl(slug: string): string {
  return `/data/${slug}/`;
}

export function fileUrl(slug: string, ext: 'csv' | 'json'): string {
  return `/data/${slug}/${slug}.${ext}`;
}

export function apiUrl(slug: string): string {
  return `/api/v1/datasets/${slug}.json`;
}

/** The JSON download: the data with enough metadata to be cited on its own. */
export function jsonDownload(d: BuiltDataset): string {
  const body = {
    slug: d.slug,
    title: d.title,
    publisher: d.publisher_name,
    source: { document: d.source.document, table: d.source.table, lines: d.source.lines },
    license: d.license,
    fields: d.fields.map((f) => ({ name: f.name, title: f.title, type: f.type, ...(f.unit ? { unit: f.unit } : {}) })),
    rows: d.rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function csvDownload(d: BuiltDataset): string {
  return toCsv(
    d.fields.map((f) => f.name),
    d.rows,
  );
}

const cache = new Map<string, { csv: string; json: string; distributions: Distribution[] }>();

export function describe(format: Distribution['format'], url: string, content: string): Distribution {
  const bytes = Buffer.byteLength(content, 'utf8');
  return {
    format,
    media_type: format === 'CSV' ? 'text/csv' : 'application/json',
    title: format === 'CSV' ? 'Data (CSV, UTF-8)' : 'Data (JSON)',
    url,
    bytes,
    sha256: createHash('sha256').update(content, 'utf8').digest('hex'),
  };
}

export function filesFor(d: BuiltDataset): { csv: string; json: string; distributions: Distribution[] } {
  let hit = cache.get(d.slug);
  if (!hit) {
    const csv = csvDownload(d);
    const json = jsonDownload(d);
    hit = {
      csv,
      json,
      distributions: [describe('CSV', fileUrl(d.slug, 'csv'), csv), describe('JSON', fileUrl(d.slug, 'json'), json)],
    };
    cache.set(d.slug, hit);
  }
  return hit;
}
