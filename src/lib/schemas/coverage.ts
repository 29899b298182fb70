import { z } from 'zod';
import { SlugSchema } from './common.ts';

/**
 * The coverage register: every table and chart of each source document, with
 * the dataset(s) that publish it or the reason it is not published.
 * Files: data/coverage/<name>.yml, each a list of entries.
 */
export const CoverageEntrySchema = z
  .strictObject({
    document: SlugSchema,
    /** Caption label as printed: "Tabel III.13", "Gambar I.6". */
    label: z.string().min(3),
    title: z.string().min(3),
    lines: z.tuple([z.int().positive(), z.int().positive()]),
    datasets: z.array(SlugSchema).default([]),
    /** Required when no dataset publishes the item, e.g. "Gambar tanpa angka di teks (peta)". */
    reason: z.string().optional(),
  })
  .refine((e) => e.datasets.length > 0 || (e.reason !== undefined && e.reason.trim().length >= 10), {
    error: 'entri tanpa dataset wajib punya "reason" yang menjelaskan mengapa tidak diterbitkan',
    path: ['reason'],
  });
export type CoverageEntry = z.output<typeof CoverageEntrySchema>;
