import { z } from 'zod';
import { IsoDateSchema, NonEmpty, SlugSchema, TEXT_LIMIT, labelled } from '../core/common-schema.ts';

/**
 * Frozen versions and editions of datasets.
 *
 * A *version* is a published state of one dataset, frozen by `npm run rilis`: its content is kept
 * in data/versi/<slug>/<id>.json (the dataset as published, rows included) and recorded, append
 * only, in data/versi/<slug>.yml with the SHA-256 of that file and of each download. The build
 * refuses a frozen file or a record that changed, and a download whose bytes differ from the record.
 *
 * An *edition* is one of several datasets of a series (DCAT 3 dcat:DatasetSeries), each from its
 * own source document: "penduduk menurut kecamatan" 2023 from LKPJ 2023, 2024 from LKPJ 2024.
 */

export const VERSION_ID = /^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/;
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'sidik SHA-256 harus 64 huruf heksadesimal' });

export const VERSION_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type VersionFormat = (typeof VERSION_FORMATS)[number];

const RecordedFile = z.strictObject({ bytes: z.int().nonnegative(), sha256: Sha256 });

/** One entry of data/versi/<slug>.yml, written by npm run rilis and never edited afterwards. */
export const VersionRecordSchema = z.strictObject(
  labelled(
    {
      id: z.string().regex(VERSION_ID, { error: 'id versi ditulis TTTT-BB-HH-<8 huruf sidik>, contoh 2026-12-08-1a2b3c4d' }),
      released: IsoDateSchema,
      reason: NonEmpty('alasan rilis, contoh "Koreksi angka Kecamatan Binjai Kota dari ralat LKPJ"', TEXT_LIMIT.text),
      previous: z.string().regex(VERSION_ID).nullable(),
      sha256: Sha256,
      files: z.strictObject({ csv: RecordedFile, json: RecordedFile, xlsx: RecordedFile }),
    },
    {
      id: { title: 'Pengenal versi', description: 'Tanggal rilis dan 8 huruf pertama sidik isinya.' },
      released: { title: 'Tanggal rilis' },
      reason: { title: 'Alasan', description: 'Mengapa versi ini dibuat: rilis pertama, data baru, atau koreksi.' },
      previous: { title: 'Versi sebelumnya' },
      sha256: { title: 'SHA-256 isi versi', description: 'Sidik berkas data/versi/<slug>/<id>.json.' },
      files: { title: 'Unduhan', description: 'Ukuran dan SHA-256 setiap unduhan versi ini.' },
    },
  ),
);
export type VersionRecord = z.output<typeof VersionRecordSchema>;

/** What changed between two states of a dataset, for the changelog (pages, API, feeds). */
export const ChangeSummarySchema = z.object({
  /** Fields identifying a row (e.g. kecamatan), or [] when rows are matched by position. */
  key: z.array(z.string()),
  rows_added: z.array(z.string()),
  rows_removed: z.array(z.string()),
  rows_added_count: z.int().nonnegative(),
  rows_removed_count: z.int().nonnegative(),
  cells: z.array(z.object({ row: z.string(), field: z.string(), old: z.union([z.string(), z.number(), z.boolean(), z.null()]), new: z.union([z.string(), z.number(), z.boolean(), z.null()]) })),
  cells_count: z.int().nonnegative(),
  fields_added: z.array(z.string()),
  fields_removed: z.array(z.string()),
  metadata: z.array(z.object({ field: z.string(), old: z.string(), new: z.string() })),
});
export type ChangeSummary = z.output<typeof ChangeSummarySchema>;

/** A download of a version, as the API and pages list it. */
export const VersionDistributionSchema = z.object({
  format: z.enum(['CSV', 'JSON', 'XLSX']),
  media_type: z.string(),
  title: z.string(),
  url: z.string(),
  bytes: z.int(),
  sha256: z.string(),
});

/** A version as pages and the API see it (data/build/datasets.json, `versions`). */
export const VersionRefSchema = z.object({
  id: z.string(),
  released: z.string(),
  reason: z.string(),
  previous: z.string().nullable(),
  sha256: z.string(),
  url: z.string(),
  distributions: z.array(VersionDistributionSchema),
  /** Against the previous version; null for the first. */
  changes: ChangeSummarySchema.nullable(),
});
export type VersionRef = z.output<typeof VersionRefSchema>;

/** One series of editions (data/series.yml). */
export const SeriesSchema = z.strictObject(
  labelled(
    {
      id: SlugSchema,
      title: NonEmpty('judul seri, contoh "Penduduk menurut kecamatan"', TEXT_LIMIT.title),
      description: NonEmpty('penjelasan seri untuk warga', TEXT_LIMIT.long),
    },
    {
      id: { title: 'Slug seri', description: 'Alamat /seri/<slug>/: huruf kecil dan tanda hubung.' },
      title: { title: 'Judul seri' },
      description: { title: 'Penjelasan' },
    },
  ),
);
export type SeriesMeta = z.output<typeof SeriesSchema>;

export const EditionRefSchema = z.object({
  edition: z.string(),
  slug: z.string(),
  title: z.string(),
  url: z.string(),
  document: z.string(),
  latest: z.boolean(),
});
export type EditionRef = z.output<typeof EditionRefSchema>;

/** The series a dataset belongs to, on the dataset (its `editions` list the series' members, oldest first). */
export const SeriesRefSchema = z.object({ id: z.string(), title: z.string(), url: z.string() });
