import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';
import { NonEmpty, SlugSchema, IsoDateSchema, Text, TEXT_LIMIT } from '../core/common-schema.ts';
import { ChartSpecSchema } from './chart-schema.ts';
import { checkUrl } from '../core/links.ts';

/**
 * Dataset metadata, as written by people in data/datasets/<slug>.yml.
 * Scripts, the content config, pages and tests import this one module.
 */

export const ExplorerSchema = z.strictObject({
  url: z
    .string()
    .regex(/^\//, { error: 'explorer.url harus alamat di situs ini, contoh "/anggaran/"' })
    .superRefine((url, ctx) => {
      const bad = checkUrl(url);
      if (bad) ctx.addIssue({ code: 'custom', message: bad.message, params: { hint: bad.hint } });
    }),
  /** Link text, e.g. "Penjelajah anggaran 2023". */
  title: NonEmpty('teks tautan ke halaman penjelajah'),
});

/** Parsers that turn a whole source text into a dataset's rows (implemented in scripts/data/derived.ts). */
export const PARSER_IDS = ['lkpj-2023-lampiran-i'] as const;

export const FIELD_TYPES = ['string', 'integer', 'number', 'year', 'kecamatan', 'kelurahan'] as const;

export const FieldSchema = z.strictObject({
  name: z
    .string({ error: 'wajib diisi: nama kolom (huruf kecil dan garis bawah)' })
    .regex(/^[a-z][a-z0-9_]*$/, { error: 'nama kolom hanya huruf kecil, angka, dan garis bawah, contoh "laki_laki"' }),
  title: NonEmpty('judul kolom dalam bahasa Indonesia', TEXT_LIMIT.title),
  type: z.enum(FIELD_TYPES, { error: `jenis kolom harus salah satu dari: ${FIELD_TYPES.join(', ')}` }),
  unit: Text(80).optional(),
  description: NonEmpty('penjelasan kolom untuk kamus data', TEXT_LIMIT.text),
  /** Overrides the dataset's number_format for this column. */
  number_format: z.enum(['en', 'id']).optional(),
  /** Kept in the raw transcription but not published (e.g. the printed row number "No"). */
  publish: z.boolean().default(true),
  /**
   * Column of this table that holds each row's unit as printed (e.g. "satuan"), for a numeric column whose
   * rows have different units. Without it, a column that mixes values printed with "%" and without gets
   * a generated companion column <name>_satuan holding the "%" of each cell.
   */
  unit_field: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, { error: 'unit_field adalah nama kolom satuan di tabel ini, contoh "satuan"' })
    .optional(),
});
export type FieldMeta = z.output<typeof FieldSchema>;

const FieldRef = z.string().regex(/^[a-z][a-z0-9_]*$/);
const OtherRef = z.strictObject({ dataset: SlugSchema, field: FieldRef });

const CheckBase = {
  /** Known failure in the source itself: published with the note instead of failing the build. */
  expect: z.enum(['pass', 'fail']).default('pass'),
  note: Text(TEXT_LIMIT.text).optional(),
  /** Absolute tolerance; by default half a unit of the printed decimals. */
  tolerance: z.number().nonnegative().optional(),
};

export const CheckSchema = z
  .discriminatedUnion(
    'rule',
    [
      z.strictObject({ rule: z.literal('sum'), fields: z.array(FieldRef).min(1), ...CheckBase }),
      z.strictObject({
        rule: z.literal('row_sum'),
        parts: z.array(FieldRef).min(1),
        /** Subtracted parts, e.g. realisasi - anggaran = selisih. */
        minus: z.array(FieldRef).default([]),
        total: FieldRef,
        ...CheckBase,
      }),
      z.strictObject({
        rule: z.literal('tree_sum'),
        /** Column holding hierarchical codes such as 4, 4.1, 4.1.01; children of c are c.<segment>. */
        code: FieldRef,
        fields: z.array(FieldRef).min(1),
        ...CheckBase,
      }),
      z.strictObject({ rule: z.literal('share'), field: FieldRef, of: FieldRef, ...CheckBase }),
      z.strictObject({
        rule: z.literal('ratio'),
        field: FieldRef,
        numerator: FieldRef,
        denominator: z.union([FieldRef, OtherRef]),
        /** Multiplier, e.g. 100 for a percentage. */
        scale: z.number().default(1),
        ...CheckBase,
      }),
      z.strictObject({ rule: z.literal('equals'), field: FieldRef, other: OtherRef, ...CheckBase }),
    ],
    { error: 'aturan pemeriksaan harus salah satu dari: sum, row_sum, tree_sum, share, ratio, equals' },
  )
  .refine((c) => c.expect === 'pass' || (c.note !== undefined && c.note.trim().length >= 20), {
    error: 'pemeriksaan dengan expect: fail wajib punya "note" yang menjelaskan mengapa sumber tidak konsisten',
    path: ['note'],
  });
export type CheckMeta = z.output<typeof CheckSchema>;

export const SourceSchema = z.strictObject({
  document: SlugSchema,
  /** The table or chart label as printed, e.g. "Tabel I.3", "Gambar I.6". */
  table: NonEmpty('label tabel/gambar seperti tercetak, contoh "Tabel I.3"'),
  /** First and last line of the table in the source text file (1-based, inclusive). */
  lines: z
    .tuple([z.int().positive(), z.int().positive()], { error: 'lines harus berupa [baris_awal, baris_akhir]' })
    .refine(([a, b]) => a <= b, { error: 'baris_awal harus ≤ baris_akhir' }),
  /** The table's own "Sumber:" note, as printed. */
  note: Text(TEXT_LIMIT.short).optional(),
});

export const DatasetMetaSchema = z.strictObject({
  slug: SlugSchema,
  title: NonEmpty('judul dataset', TEXT_LIMIT.title),
  description: z
    .string({ error: 'wajib diisi: penjelasan untuk warga (apa yang diukur, cara membaca, catatan)' })
    .trim()
    .min(60, { error: 'terlalu singkat: jelaskan apa yang diukur, wilayah dan periode, dan cara membacanya (min. 60 karakter)' })
    .pipe(Text(TEXT_LIMIT.long)),
  topic: z.enum(TOPIC_IDS, { error: `topik harus salah satu dari: ${TOPIC_IDS.join(', ')}` }),
  publisher: SlugSchema,
  /** Publication through which the figures reached the source, e.g. "Kota Binjai Dalam Angka 2024". */
  publisher_via: Text(TEXT_LIMIT.short).optional(),
  source: SourceSchema,
  temporal: z
    .strictObject({ start: z.int().min(1900).max(2100), end: z.int().min(1900).max(2100) })
    .refine((t) => t.start <= t.end, { error: 'temporal.start harus ≤ temporal.end' }),
  spatial: z.enum(['kota', 'kecamatan', 'kelurahan'], { error: 'spatial harus kota, kecamatan, atau kelurahan' }),
  license: z.literal('CC-BY-4.0', { error: 'lisensi portal ini adalah CC-BY-4.0' }).default('CC-BY-4.0'),
  keywords: z.array(Text(80)).max(40, { error: 'kata kunci terlalu banyak: paling banyak 40' }).default([]),
  /** Raw file name under data/raw/<document>/; defaults to <slug>.csv. */
  raw: z.string().regex(/^[a-z0-9-]+\.csv$/).optional(),
  /**
   * Rows parsed from the source text by a parser of scripts/data/derived.ts
   * (e.g. the LKPJ budget appendix, 18,000 lines) instead of a raw CSV.
   */
  parser: z.enum(PARSER_IDS, { error: `parser harus salah satu dari: ${PARSER_IDS.join(', ')}` }).optional(),
  /** Page of this site where a long table can be explored further (the dataset page shows only its first rows). */
  explorer: ExplorerSchema.optional(),
  number_format: z.enum(['en', 'id']).default('en'),
  /** Rows whose `field` equals `label` are the printed total row. */
  total_row: z.strictObject({ field: FieldRef, label: Text(TEXT_LIMIT.title) }).optional(),
  fields: z.array(FieldSchema).min(1, { error: 'dataset harus punya minimal satu kolom' }),
  checks: z.array(CheckSchema).default([]),
  /** Data-quality notes: prose-versus-table conflicts, rebuilt tables, caveats. */
  notes: z.array(z.string().min(10).pipe(Text(TEXT_LIMIT.long))).default([]),
  /** Whether every numeric cell must appear verbatim in the cited source lines. */
  verify_tokens: z.boolean().default(true),
  modified: IsoDateSchema.optional(),
  /** Charts for the dataset page; omitted = chosen from the table's shape, [] = no chart. */
  charts: z.array(ChartSpecSchema).optional(),
});
export type DatasetMeta = z.output<typeof DatasetMetaSchema>;
export type DatasetMetaInput = z.input<typeof DatasetMetaSchema>;

/* ---------- Build output: what scripts write and pages read ---------- */

export type { CellValue, Row } from '../core/cells.ts';

export const PublishedFieldSchema = z.object({
  name: z.string(),
  title: z.string(),
  type: z.enum([...FIELD_TYPES, 'boolean']),
  unit: z.string().optional(),
  description: z.string(),
  /** Decimals printed in the source (max over the column), for display. */
  decimals: z.int().optional(),
  generated: z.boolean().optional(),
  /**
   * Column holding each row's unit when the column mixes units (e.g. "85%" in one row, 12 dokumen in
   * another): a declared unit column such as "satuan", or the generated <name>_satuan ("%" or null).
   */
  unit_field: z.string().optional(),
});
export type PublishedField = z.output<typeof PublishedFieldSchema>;

export const CheckResultSchema = z.object({
  rule: z.string(),
  description: z.string(),
  status: z.enum(['pass', 'fail']),
  note: z.string().optional(),
  failures: z
    .array(z.object({ row: z.string(), field: z.string(), printed: z.number().nullable(), expected: z.number().nullable() }))
    .optional(),
});
export type CheckResult = z.output<typeof CheckResultSchema>;

export const MissingSchema = z.object({ row: z.int(), field: z.string(), reason: z.string() });

export const BuiltDatasetSchema = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  topic: z.string(),
  publisher: z.string(),
  publisher_name: z.string(),
  publisher_via: z.string().optional(),
  source: z.object({
    document: z.string(),
    document_title: z.string(),
    table: z.string(),
    lines: z.tuple([z.int(), z.int()]),
    note: z.string().optional(),
    raw_file: z.string(),
    /** Set when the rows were parsed from the source text instead of transcribed: the parser and its manual fixes. */
    parser: z.object({ id: z.string(), script: z.string(), fixes: z.string().optional() }).optional(),
  }),
  temporal: z.object({ start: z.int(), end: z.int() }),
  spatial: z.string(),
  license: z.string(),
  keywords: z.array(z.string()),
  fields: z.array(PublishedFieldSchema),
  checks: z.array(CheckResultSchema),
  notes: z.array(z.string()),
  modified: z.string(),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  missing: z.array(MissingSchema),
  charts: z.array(ChartSpecSchema).optional(),
  /** Page of this site for exploring the data further (e.g. /anggaran/). */
  explorer: z.object({ url: z.string(), title: z.string() }).optional(),
});
export type BuiltDataset = z.output<typeof BuiltDatasetSchema>;
