/**
 * The static API contract for documents and the coverage register
 * (/api/v1/documents.json, /api/v1/coverage.json). Built from typed objects
 * and validated with zod before serialising. Fields may be added, never
 * renamed or removed.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SITE } from '../../config.ts';
import type { CoverageEntry } from './coverage-schema.ts';
import type { DocumentMeta } from './schema.ts';
import { datasetUrl } from '../datasets/urls.ts';
import { documentPath, partPath, sourceTextPath, type DocumentView } from './view.ts';

export const DOCUMENT_TYPE_LABEL: Record<DocumentMeta['type'], string> = {
  lkpj: 'Laporan Keterangan Pertanggungjawaban (LKPJ)',
  renja: 'Rencana Kerja (Renja)',
  lkjip: 'Laporan Kinerja Instansi Pemerintah (LKjIP)',
  'laporan-kinerja': 'Laporan Kinerja',
  lainnya: 'Dokumen lain',
};

const Url = z.url();

export const CoverageApiEntrySchema = z.strictObject({
  document: z.string(),
  label: z.string(),
  title: z.string(),
  lines: z.tuple([z.int(), z.int()]),
  /** Element id on the document page. */
  anchor: z.string(),
  url: Url,
  status: z.enum(['published', 'not_published']),
  datasets: z.array(z.string()),
  dataset_urls: z.array(Url),
  reason: z.string().optional(),
});
export type CoverageApiEntry = z.output<typeof CoverageApiEntrySchema>;

export const DocumentApiEntrySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  short_title: z.string(),
  publisher: z.string(),
  publisher_id: z.string(),
  year: z.int(),
  fiscal_year: z.int().optional(),
  type: z.string(),
  type_label: z.string(),
  description: z.string(),
  url: Url,
  text_url: Url,
  text_bytes: z.int().nonnegative(),
  text_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  line_count: z.int().nonnegative(),
  parts: z.array(z.strictObject({ number: z.int().positive(), title: z.string(), lines: z.tuple([z.int(), z.int()]), url: Url })),
  caption_count: z.int().nonnegative(),
  datasets: z.array(z.string()),
  coverage: z.strictObject({ entries: z.int().nonnegative(), published: z.int().nonnegative(), not_published: z.int().nonnegative() }),
});
export type DocumentApiEntry = z.output<typeof DocumentApiEntrySchema>;

export const DocumentsApiSchema = z.strictObject({ documents: z.array(DocumentApiEntrySchema) });
export const CoverageApiSchema = z.strictObject({ coverage: z.array(CoverageApiEntrySchema) });

const abs = (path: string) => `${SITE.url}${path}`;

export function coverageApiEntry(entry: CoverageEntry, view: DocumentView): CoverageApiEntry {
  const target = view.resolve({ label: entry.label, lines: entry.lines });
  const datasets = [...entry.datasets];
  return {
    document: entry.document,
    label: entry.label,
    title: entry.title,
    lines: [entry.lines[0], entry.lines[1]],
    anchor: target.anchor,
    url: abs(target.href),
    status: datasets.length > 0 ? 'published' : 'not_published',
    datasets,
    dataset_urls: datasets.map((s) => abs(datasetUrl(s))),
    ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
  };
}

export interface DocumentApiInput {
  meta: DocumentMeta;
  publisherName: string;
  text: string;
  view: DocumentView;
  /** Slugs of datasets whose source is this document, sorted. */
  datasets: string[];
  coverage: CoverageEntry[];
}

export function documentApiEntry({ meta, publisherName, text, view, datasets, coverage }: DocumentApiInput): DocumentApiEntry {
  const bytes = Buffer.from(text, 'utf8');
  const published = coverage.filter((c) => c.datasets.length > 0).length;
  return {
    id: meta.id,
    title: meta.title,
    short_title: meta.short_title,
    publisher: publisherName,
    publisher_id: meta.publisher,
    year: meta.year,
    ...(meta.fiscal_year !== undefined ? { fiscal_year: meta.fiscal_year } : {}),
    type: meta.type,
    type_label: DOCUMENT_TYPE_LABEL[meta.type],
    description: meta.description,
    url: abs(documentPath(meta.id)),
    text_url: abs(sourceTextPath(meta.id)),
    text_bytes: bytes.length,
    text_sha256: createHash('sha256').update(bytes).digest('hex'),
    line_count: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
    parts: view.parts.map((p) => ({ number: p.number, title: p.title, lines: p.lines, url: abs(partPath(meta.id, view.parts.length, p.number)) })),
    caption_count: view.model.captions.length,
    datasets,
    coverage: { entries: coverage.length, published, not_published: coverage.length - published },
  };
}
