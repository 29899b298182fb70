import type { BuiltDataset } from './schema.ts';
import { filesFor, type Distribution } from './distributions.ts';
import { datasetUrl, apiUrl } from './urls.ts';
import { SITE } from '../../config.ts';

/**
 * The static API contract (/api/v1/…). Fields may be added, never renamed or
 * removed: journalists and harvesters depend on them.
 */
/**
 * `distributions` defaults to the synchronous CSV and JSON files; the API
 * endpoints pass `await distributionsFor(d)` so XLSX is listed too.
 */
export function datasetMetadata(d: BuiltDataset, distributions: Distribution[] = filesFor(d).distributions) {
  return {
    slug: d.slug,
    title: d.title,
    description: d.description,
    topic: d.topic,
    publisher: d.publisher_name,
    publisher_id: d.publisher,
    ...(d.publisher_via ? { publisher_via: d.publisher_via } : {}),
    source: {
      document: d.source.document,
      document_title: d.source.document_title,
      table: d.source.table,
      lines: d.source.lines,
      ...(d.source.note ? { note: d.source.note } : {}),
      ...(d.source.parser ? { parser: d.source.parser } : {}),
    },
    temporal: d.temporal,
    spatial: d.spatial,
    license: d.license,
    license_url: SITE.license.url,
    keywords: d.keywords,
    modified: d.modified,
    fields: d.fields,
    checks: d.checks,
    notes: d.notes,
    distributions: distributions.map((x) => ({ ...x, url: `${SITE.url}${x.url}` })),
    landing_page: `${SITE.url}${datasetUrl(d.slug)}`,
    api_url: `${SITE.url}${apiUrl(d.slug)}`,
    row_count: d.rows.length,
    ...(d.explorer ? { explorer_url: `${SITE.url}${d.explorer.url}` } : {}),
    // Versions (frozen, citable) and editions (a series across source documents): added fields.
    version: d.version ?? null,
    unreleased_changes: d.pending !== undefined,
    versions: (d.versions ?? []).map((v) => ({
      id: v.id,
      released: v.released,
      reason: v.reason,
      previous: v.previous,
      url: `${SITE.url}${v.url}`,
      sha256: v.sha256,
      distributions: v.distributions.map((x) => ({ ...x, url: `${SITE.url}${x.url}` })),
      changes: v.changes,
    })),
    series: d.series ? { ...d.series, url: `${SITE.url}${d.series.url}` } : null,
    edition: d.edition ?? null,
    editions: (d.editions ?? []).map((e) => ({ ...e, url: `${SITE.url}${e.url}` })),
  };
}

export function datasetDetail(d: BuiltDataset, distributions?: Distribution[]) {
  return { ...datasetMetadata(d, distributions), rows: d.rows, missing: d.missing };
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
