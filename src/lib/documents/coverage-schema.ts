import { z } from 'zod';
import { SlugSchema } from '../core/common-schema.ts';

/**
 * The coverage register: every table and chart of each source document, with
 * the dataset(s) that publish it or the reason it is not published.
 * Files: data/coverage/<name>.yml, each a list of entries. The data build
 * validates them (scripts/data/coverage.ts) and writes data/build/coverage.json.
 */
export const CoverageEntrySchema = z
  .strictObject({
    document: SlugSchema,
    /** Caption label as printed: "Tabel III.13", "Gambar I.6". */
    label: z.string().trim().min(3, { error: 'label terlalu singkat: tulis label seperti tercetak, contoh "Tabel I.3"' }),
    title: z.string().trim().min(3, { error: 'judul terlalu singkat: salin judul tabel/gambar seperti tercetak' }),
    /** First and last line of the item in data/sources/<file> (1-based, inclusive). */
    lines: z
      .tuple([z.int().positive(), z.int().positive()], { error: 'lines harus berupa [baris_awal, baris_akhir]' })
      .refine(([a, b]) => a <= b, {
        error: 'baris_awal harus ≤ baris_akhir',
        params: { hint: 'Tulis nomor baris awal lebih dulu, contoh lines: [793, 816].' },
      }),
    datasets: z.array(SlugSchema).default([]),
    /** Required when no dataset publishes the item, e.g. "Gambar tanpa angka di teks (peta)". */
    reason: z.string().optional(),
  })
  .refine((e) => e.datasets.length > 0 || (e.reason !== undefined && e.reason.trim().length >= 10), {
    error: 'entri tanpa dataset wajib punya "reason" yang menjelaskan mengapa tidak diterbitkan',
    path: ['reason'],
    params: {
      hint: 'Isi "datasets" dengan slug dataset yang memuat tabel ini, atau tulis "reason" (min. 10 karakter), contoh: "Peta tanpa angka di teks."',
    },
  });
export type CoverageEntry = z.output<typeof CoverageEntrySchema>;

/** data/build/coverage.json: every entry of every register, sorted by document, then position in the text. */
export const BuiltCoverageSchema = z.array(CoverageEntrySchema);
export type BuiltCoverage = z.output<typeof BuiltCoverageSchema>;
