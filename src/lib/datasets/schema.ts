import { z } from 'zod';
import { TOPIC_IDS } from './topics.ts';
import { NonEmpty, SlugSchema, IsoDateSchema, Text, TEXT_LIMIT, tooLong, labelled } from '../core/common-schema.ts';
import { ChartSpecSchema } from './chart-schema.ts';
import { checkUrl } from '../core/links.ts';
import { ChangeSummarySchema as ChangeSummarySchemaRef, EditionRefSchema, SeriesRefSchema, SeriesSchema, VersionRecordSchema, VersionRefSchema } from './versions-schema.ts';

/**
 * Dataset metadata, as written by people in data/datasets/<slug>.yml.
 * Scripts, the content config, pages and tests import this one module.
 */

export const ExplorerSchema = z.strictObject(labelled({
  url: z
    .string()
    .regex(/^\//, { error: 'explorer.url harus alamat di situs ini, contoh "/anggaran/"' })
    .superRefine((url, ctx) => {
      const bad = checkUrl(url);
      if (bad) ctx.addIssue({ code: 'custom', message: bad.message, params: { hint: bad.hint } });
    }),
  /** Link text, e.g. "Penjelajah anggaran 2023". */
  title: NonEmpty('teks tautan ke halaman penjelajah'),
}, {
  url: { title: 'Alamat halaman penjelajah', description: 'Halaman portal ini, misalnya /anggaran/.' },
  title: { title: 'Teks tautan', description: 'Misalnya "Penjelajah anggaran 2023".' },
}));

/** Parsers that turn a whole source text into a dataset's rows (implemented in scripts/data/derived.ts). */
export const PARSER_IDS = ['lkpj-2023-lampiran-i'] as const;

export const FIELD_TYPES = ['string', 'integer', 'number', 'year', 'kecamatan', 'kelurahan'] as const;

export const FieldSchema = z.strictObject(labelled({
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
}, {
  name: { title: 'Nama kolom', description: 'Sama dengan judul kolom di baris pertama CSV: huruf kecil, angka, garis bawah, misalnya "laki_laki".' },
  title: { title: 'Judul kolom', description: 'Judul yang dibaca warga, misalnya "Laki-laki".' },
  type: { title: 'Jenis isi', description: 'string (teks), integer (bilangan bulat), number (desimal), year (tahun), kecamatan atau kelurahan (nama wilayah yang dikenal).' },
  unit: { title: 'Satuan', description: 'Misalnya "jiwa", "persen", "rupiah".' },
  description: { title: 'Penjelasan kolom', description: 'Untuk kamus data: apa isi kolom ini.' },
  number_format: { title: 'Format angka kolom ini', description: 'Hanya bila berbeda dari format angka dataset: en = 1,234.5; id = 1.234,5.' },
  publish: { title: 'Diterbitkan', description: 'Matikan untuk kolom yang hanya ada di salinan tabel (misalnya nomor urut "No").' },
  unit_field: { title: 'Kolom satuan', description: 'Nama kolom tabel ini yang memuat satuan tiap baris, bila satuannya berbeda-beda.' },
}));
export type FieldMeta = z.output<typeof FieldSchema>;

const FieldRef = z.string().regex(/^[a-z][a-z0-9_]*$/);
const OtherRef = z.strictObject(labelled({ dataset: SlugSchema, field: FieldRef }, {
  dataset: { title: 'Dataset lain', description: 'Slug dataset pembanding.' },
  field: { title: 'Kolom di dataset itu' },
}));

/** Labels of the check rules' fields (one record: a field means the same in every rule). */
const CHECK_LABELS = {
  rule: { title: 'Aturan' },
  fields: { title: 'Kolom yang dijumlahkan', description: 'Jumlah setiap kolom ini harus sama dengan baris jumlah.' },
  parts: { title: 'Kolom bagian', description: 'Kolom yang dijumlahkan pada setiap baris.' },
  minus: { title: 'Kolom pengurang', description: 'Kolom yang dikurangkan, misalnya realisasi - anggaran = selisih.' },
  total: { title: 'Kolom total baris' },
  code: { title: 'Kolom kode', description: 'Kode berjenjang seperti 4, 4.1, 4.1.01: anak dari kode c adalah c.<segmen>.' },
  field: { title: 'Kolom yang diperiksa' },
  of: { title: 'Persentase dari kolom' },
  numerator: { title: 'Kolom pembilang' },
  denominator: { title: 'Kolom penyebut', description: 'Nama kolom di tabel ini, atau kolom dataset lain.' },
  scale: { title: 'Pengali', description: 'Misalnya 100 untuk persen.' },
  other: { title: 'Kolom pembanding di dataset lain' },
  expect: { title: 'Hasil yang diharapkan', description: 'pass: harus cocok; fail: sumbernya memang tidak konsisten (wajib ada catatan).' },
  note: { title: 'Catatan', description: 'Wajib bila hasilnya fail: jelaskan ketidakcocokan di sumber (paling sedikit 20 karakter).' },
  tolerance: { title: 'Toleransi', description: 'Selisih yang masih diterima; bawaan: setengah satuan desimal tercetak.' },
} as const;
const checkLabels = <K extends keyof typeof CHECK_LABELS>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, CHECK_LABELS[k]])) as { [P in K]: (typeof CHECK_LABELS)[P] };
const BASE_KEYS = ['expect', 'note', 'tolerance'] as const;

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
      z.strictObject(labelled({ rule: z.literal('sum'), fields: z.array(FieldRef).min(1), ...CheckBase }, checkLabels('rule', 'fields', ...BASE_KEYS))),
      z.strictObject(
        labelled(
          {
            rule: z.literal('row_sum'),
            parts: z.array(FieldRef).min(1),
            /** Subtracted parts, e.g. realisasi - anggaran = selisih. */
            minus: z.array(FieldRef).default([]),
            total: FieldRef,
            ...CheckBase,
          },
          checkLabels('rule', 'parts', 'minus', 'total', ...BASE_KEYS),
        ),
      ),
      z.strictObject(
        labelled(
          {
            rule: z.literal('tree_sum'),
            /** Column holding hierarchical codes such as 4, 4.1, 4.1.01; children of c are c.<segment>. */
            code: FieldRef,
            fields: z.array(FieldRef).min(1),
            ...CheckBase,
          },
          checkLabels('rule', 'code', 'fields', ...BASE_KEYS),
        ),
      ),
      z.strictObject(labelled({ rule: z.literal('share'), field: FieldRef, of: FieldRef, ...CheckBase }, checkLabels('rule', 'field', 'of', ...BASE_KEYS))),
      z.strictObject(
        labelled(
          {
            rule: z.literal('ratio'),
            field: FieldRef,
            numerator: FieldRef,
            denominator: z.union([FieldRef, OtherRef]),
            /** Multiplier, e.g. 100 for a percentage. */
            scale: z.number().default(1),
            ...CheckBase,
          },
          checkLabels('rule', 'field', 'numerator', 'denominator', 'scale', ...BASE_KEYS),
        ),
      ),
      z.strictObject(labelled({ rule: z.literal('equals'), field: FieldRef, other: OtherRef, ...CheckBase }, checkLabels('rule', 'field', 'other', ...BASE_KEYS))),
    ],
    { error: 'aturan pemeriksaan harus salah satu dari: sum, row_sum, tree_sum, share, ratio, equals' },
  )
  .refine((c) => c.expect === 'pass' || (c.note !== undefined && c.note.trim().length >= 20), {
    error: 'pemeriksaan dengan expect: fail wajib punya "note" yang menjelaskan mengapa sumber tidak konsisten',
    path: ['note'],
  });
export type CheckMeta = z.output<typeof CheckSchema>;

export const SourceSchema = z.strictObject(labelled({
  document: SlugSchema,
  /** The table or chart label as printed, e.g. "Tabel I.3", "Gambar I.6". */
  table: NonEmpty('label tabel/gambar seperti tercetak, contoh "Tabel I.3"'),
  /** First and last line of the table in the source text file (1-based, inclusive). */
  lines: z
    .tuple([z.int().positive(), z.int().positive()], { error: 'lines harus berupa [baris_awal, baris_akhir]' })
    .refine(([a, b]) => a <= b, { error: 'baris_awal harus ≤ baris_akhir' }),
  /** The table's own "Sumber:" note, as printed. */
  note: Text(TEXT_LIMIT.short).optional(),
}, {
  document: { title: 'Dokumen sumber', description: 'Dokumen resmi tempat tabel ini tercetak (daftar di data/documents.yml).' },
  table: { title: 'Tabel atau gambar', description: 'Label seperti tercetak, misalnya "Tabel I.3".' },
  lines: { title: 'Baris di teks sumber', description: 'Baris pertama dan terakhir tabel di berkas teks dokumen (data/sources/).' },
  note: { title: 'Catatan "Sumber:" tabel', description: 'Seperti tercetak di bawah tabel.' },
}));

export const DatasetMetaSchema = z.strictObject(labelled({
  slug: SlugSchema,
  title: NonEmpty('judul dataset', TEXT_LIMIT.title),
  description: z
    .string({ error: 'wajib diisi: penjelasan untuk warga (apa yang diukur, cara membaca, catatan)' })
    .trim()
    .min(60, { error: 'terlalu singkat: jelaskan apa yang diukur, wilayah dan periode, dan cara membacanya (min. 60 karakter)' })
    .max(TEXT_LIMIT.long, tooLong(TEXT_LIMIT.long)),
  topic: z.enum(TOPIC_IDS, { error: `topik harus salah satu dari: ${TOPIC_IDS.join(', ')}` }),
  publisher: SlugSchema,
  /** Publication through which the figures reached the source, e.g. "Kota Binjai Dalam Angka 2024". */
  publisher_via: Text(TEXT_LIMIT.short).optional(),
  source: SourceSchema,
  temporal: z
    .strictObject(labelled({ start: z.int().min(1900).max(2100), end: z.int().min(1900).max(2100) }, { start: { title: 'Tahun awal' }, end: { title: 'Tahun akhir' } }))
    .refine((t) => t.start <= t.end, { error: 'temporal.start harus ≤ temporal.end' }),
  spatial: z.enum(['kota', 'kecamatan', 'kelurahan'], { error: 'spatial harus kota, kecamatan, atau kelurahan' }),
  license: z.literal('CC-BY-4.0', { error: 'lisensi portal ini adalah CC-BY-4.0' }).default('CC-BY-4.0'),
  keywords: z.array(Text(80)).max(40, { error: 'kata kunci terlalu banyak: paling banyak 40' }).default([]),
  /**
   * Raw file name under data/raw/<document>/ (defaults to <slug>.csv), or the path of a table uploaded
   * in the browser editor, /data/raw/unggahan/<name>.csv.
   */
  raw: z
    .string()
    .regex(/^(?:[a-z0-9-]+|\/data\/raw\/unggahan\/[A-Za-z0-9][A-Za-z0-9._-]*)\.csv$/, {
      error: 'raw adalah nama berkas CSV di data/raw/<dokumen>/ (contoh "tabel-i-3.csv") atau tabel unggahan editor (/data/raw/unggahan/<nama>.csv)',
    })
    .optional(),
  /**
   * Rows parsed from the source text by a parser of scripts/data/derived.ts
   * (e.g. the LKPJ budget appendix, 18,000 lines) instead of a raw CSV.
   */
  parser: z.enum(PARSER_IDS, { error: `parser harus salah satu dari: ${PARSER_IDS.join(', ')}` }).optional(),
  /** Page of this site where a long table can be explored further (the dataset page shows only its first rows). */
  explorer: ExplorerSchema.optional(),
  number_format: z.enum(['en', 'id']).default('en'),
  /** Rows whose `field` equals `label` are the printed total row. */
  total_row: z
    .strictObject(labelled({ field: FieldRef, label: Text(TEXT_LIMIT.title) }, { field: { title: 'Kolom', description: 'Kolom yang memuat tulisan baris jumlah.' }, label: { title: 'Tulisan baris jumlah', description: 'Seperti tercetak, misalnya "Jumlah".' } }))
    .optional(),
  fields: z.array(FieldSchema).min(1, { error: 'dataset harus punya minimal satu kolom' }),
  checks: z.array(CheckSchema).default([]),
  /** Data-quality notes: prose-versus-table conflicts, rebuilt tables, caveats. */
  notes: z.array(z.string().min(10).max(TEXT_LIMIT.long, tooLong(TEXT_LIMIT.long))).default([]),
  /** Whether every numeric cell must appear verbatim in the cited source lines. */
  verify_tokens: z.boolean().default(true),
  modified: IsoDateSchema.optional(),
  /** Charts for the dataset page; omitted = chosen from the table's shape, [] = no chart. */
  charts: z.array(ChartSpecSchema).optional(),
  /** The series (data/series.yml) this dataset is an edition of, and the edition's label. */
  series: SlugSchema.optional(),
  edition: Text(40).optional(),
}, {
  slug: { title: 'Slug (alamat)', description: 'Alamat halaman /data/<slug>/ dan nama berkas: huruf kecil dan tanda hubung, misalnya "penduduk-kecamatan-2023". Jangan diubah sesudah terbit.' },
  title: { title: 'Judul dataset' },
  description: { title: 'Penjelasan untuk warga', description: 'Apa yang diukur, wilayah dan periode, cara membacanya (paling sedikit 60 karakter).' },
  topic: { title: 'Topik' },
  publisher: { title: 'Penerbit data', description: 'Perangkat daerah yang menerbitkan angka ini.' },
  publisher_via: { title: 'Diterbitkan melalui', description: 'Publikasi perantara, misalnya "Kota Binjai Dalam Angka 2024".' },
  source: { title: 'Sumber' },
  temporal: { title: 'Periode', description: 'Tahun awal dan tahun akhir data.' },
  spatial: { title: 'Wilayah', description: 'kota, kecamatan, atau kelurahan.' },
  license: { title: 'Lisensi' },
  keywords: { title: 'Kata kunci', description: 'Kata yang dipakai warga untuk mencari, misalnya "warga", "jiwa".' },
  raw: { title: 'Tabel CSV', description: 'Unggah tabelnya (CSV UTF-8), atau nama berkas di data/raw/<dokumen>/.' },
  parser: { title: 'Pengurai khusus', description: 'Hanya untuk tabel yang diurai dari teks sumber oleh skrip (pengembang).' },
  explorer: { title: 'Halaman penjelajah' },
  number_format: { title: 'Format angka', description: 'Seperti tercetak di tabel: en = 1,234.5 (tabel); id = 1.234,5 (teks).' },
  total_row: { title: 'Baris jumlah', description: 'Baris total seperti tercetak, misalnya kolom "kecamatan" berisi "Jumlah".' },
  fields: { title: 'Kolom', description: 'Satu entri untuk setiap kolom CSV, urut seperti di CSV.' },
  checks: { title: 'Pemeriksaan hitungan', description: 'Jumlah, persentase, dan rasio yang harus cocok dengan tabel.' },
  notes: { title: 'Catatan kualitas data', description: 'Misalnya angka di teks yang berbeda dengan tabel.' },
  verify_tokens: { title: 'Cocokkan setiap angka dengan teks sumber' },
  modified: { title: 'Tanggal diubah' },
  charts: { title: 'Grafik', description: 'Kosongkan agar grafik dipilih otomatis dari bentuk tabel.' },
  series: { title: 'Seri', description: 'Bila dataset ini satu edisi dari seri tahunan (data/series.yml), misalnya "penduduk-kecamatan".' },
  edition: { title: 'Edisi', description: 'Label edisi dalam seri, biasanya tahun dokumen sumbernya, misalnya "2024".' },
})).refine((d) => (d.series === undefined) === (d.edition === undefined), {
  error: 'series dan edition diisi berdua: seri yang diikuti dan label edisinya (misalnya series: penduduk-kecamatan, edition: "2024")',
  path: ['edition'],
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
  /** Edition of a series (DCAT 3 dcat:inSeries), when the dataset is one. */
  series: SeriesRefSchema.optional(),
  edition: z.string().optional(),
  /** Release metadata, added by the build and not part of a version's content (versions-schema.ts). */
  editions: z.array(EditionRefSchema).optional(),
  /** The frozen version equal to this content, when there is one (else the content has unreleased changes). */
  version: z.string().optional(),
  versions: z.array(VersionRefSchema).optional(),
  /** Changes since the latest version, when the content differs from it. */
  pending: ChangeSummarySchemaRef.optional(),
});
export type BuiltDataset = z.output<typeof BuiltDatasetSchema>;

/** One frozen version, as its pages read it (data/build/versions.json; scripts/data/versions.ts). */
export const BuiltVersionSchema = z.object({
  slug: z.string(),
  record: VersionRecordSchema,
  ref: VersionRefSchema,
  dataset: BuiltDatasetSchema,
});
export type BuiltVersion = z.output<typeof BuiltVersionSchema>;

/** A series of editions with its combined table (data/build/series.json). */
export const BuiltSeriesSchema = SeriesSchema.extend({
  url: z.string(),
  editions: z.array(EditionRefSchema),
  fields: z.array(PublishedFieldSchema),
  rows: BuiltDatasetSchema.shape.rows,
});
export type BuiltSeries = z.output<typeof BuiltSeriesSchema>;
