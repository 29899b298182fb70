import { createHash } from 'node:crypto';
import { toCsv } from '../core/csv.ts';
import type { BuiltDataset } from './schema.ts';
import { fileUrl } from './urls.ts';
import { xlsxDownload } from './xlsx.ts';

/**
 * Downloadable files of a dataset. Contents are computed from the dataset
 * (pure and deterministic) so pages, endpoints and the API agree on size and
 * SHA-256 without reading dist/.
 */
export interface Distribution {
  format: 'CSV' | 'JSON' | 'XLSX';
  media_type: string;
  title: string;
  url: string;
  bytes: number;
  sha256: string;
}

/** The JSON download: the data with enough metadata to be cited on its own. */
export function jsonDownload(d: BuiltDataset): string {
  const body = {
    slug: d.slug,
    title: d.title,
    publisher: d.publisher_name,
    source: { document: d.source.document, table: d.source.table, lines: d.source.lines },
    license: d.license,
    fields: d.fields.map((f) => ({
      name: f.name,
      title: f.title,
      type: f.type,
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.unit_field ? { unit_field: f.unit_field } : {}),
    })),
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

export const MEDIA_TYPE: Record<Distribution['format'], string> = {
  CSV: 'text/csv',
  JSON: 'application/json',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const TITLE: Record<Distribution['format'], string> = {
  CSV: 'Data (CSV, UTF-8)',
  JSON: 'Data (JSON)',
  XLSX: 'Data, keterangan, dan kamus data (Excel XLSX)',
};

export function describe(format: Distribution['format'], url: string, content: string | Uint8Array): Distribution {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return {
    format,
    media_type: MEDIA_TYPE[format],
    title: TITLE[format],
    url,
    bytes: buffer.byteLength,
    sha256: createHash('sha256').update(buffer).digest('hex'),
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

const xlsxCache = new Map<string, Promise<Uint8Array>>();

/** The XLSX bytes of a dataset (async: the workbook writer is). Cached per slug for one build. */
export function xlsxFor(d: BuiltDataset): Promise<Uint8Array> {
  let hit = xlsxCache.get(d.slug);
  if (!hit) {
    hit = xlsxDownload(d);
    xlsxCache.set(d.slug, hit);
  }
  return hit;
}

/** Every download of a dataset — CSV, JSON and XLSX — with size and SHA-256 of the exact bytes served. */
export async function distributionsFor(d: BuiltDataset): Promise<Distribution[]> {
  return [...filesFor(d).distributions, describe('XLSX', fileUrl(d.slug, 'xlsx'), await xlsxFor(d))];
}
