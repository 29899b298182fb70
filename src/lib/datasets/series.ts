import type { BuiltDataset, BuiltSeries } from './schema.ts';
import { csvDownload } from './distributions.ts';

/**
 * A series of editions (data/series.yml) as a table: the columns every edition shares, one row per
 * row of each edition, the edition first. Shaped as a dataset so the table, CSV and JSON writers
 * of datasets serve it too.
 */
export function seriesTable(s: BuiltSeries): BuiltDataset {
  const latest = s.editions.find((e) => e.latest);
  return {
    slug: s.id,
    title: s.title,
    description: s.description,
    topic: '',
    publisher: '',
    publisher_name: '',
    source: { document: '', document_title: s.editions.map((e) => e.document).join('; '), table: '', lines: [1, 1], raw_file: '' },
    temporal: { start: 0, end: 0 },
    spatial: '',
    license: 'CC-BY-4.0',
    keywords: [],
    fields: s.fields,
    checks: [],
    notes: [],
    modified: latest?.edition ?? '',
    rows: s.rows,
    missing: [],
  };
}

export function seriesFileUrl(id: string, ext: 'csv' | 'json'): string {
  return `/seri/${id}/${id}.${ext}`;
}

export function seriesFiles(s: BuiltSeries): { csv: string; json: string } {
  const table = seriesTable(s);
  const json = {
    id: s.id,
    title: s.title,
    description: s.description,
    editions: s.editions.map((e) => ({ edition: e.edition, dataset: e.slug, title: e.title, url: e.url, document: e.document, latest: e.latest })),
    fields: s.fields.map((f) => ({ name: f.name, title: f.title, type: f.type, ...(f.unit ? { unit: f.unit } : {}) })),
    rows: s.rows,
  };
  return { csv: csvDownload(table), json: `${JSON.stringify(json, null, 2)}\n` };
}
