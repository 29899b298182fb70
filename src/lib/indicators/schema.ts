import { z } from 'zod';
import { NonEmpty, SlugSchema } from '../core/common-schema.ts';

/**
 * Headline indicators (data/indicators.yml). Each names where its numbers
 * live — dataset, column, and which rows — never the numbers themselves, so
 * the home page and /api/v1/indicators.json always agree with the datasets.
 */
const FieldRef = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'nama kolom hanya huruf kecil, angka, dan garis bawah, contoh "realisasi"' });

/** Rows whose column equals the value (text or number as published). */
export const RowSelectorSchema = z.strictObject({ field: FieldRef, equals: z.union([z.string(), z.number()]) });

export const IndicatorSourceSchema = z.strictObject({
  dataset: SlugSchema,
  field: FieldRef,
  /** Year column: one row per year gives a series (change, sparkline). */
  year_field: FieldRef.optional(),
  /** Which row(s) to read, e.g. { field: kode_rekening, equals: "4" }. */
  row: RowSelectorSchema.optional(),
});

export const IndicatorSchema = z.strictObject({
  id: SlugSchema,
  title: NonEmpty('nama indikator'),
  /** One sentence for readers: what the number means. */
  description: NonEmpty('penjelasan singkat indikator'),
  ...IndicatorSourceSchema.shape,
  /** Display unit; defaults to the column's unit. */
  unit: z.string().optional(),
  /** Direction of improvement: decides "target tercapai" and the colour of the change. */
  better: z.enum(['higher', 'lower', 'neutral'], { error: 'better harus higher, lower, atau neutral' }).default('higher'),
  /** RPJMD target for the same year (same rows in another dataset or column). */
  target: IndicatorSourceSchema.optional(),
  /** Shown as a card on the home page. */
  headline: z.boolean().default(false),
});
export type IndicatorMeta = z.output<typeof IndicatorSchema>;

export const IndicatorListSchema = z.array(IndicatorSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${item.id}" sudah dipakai indikator lain` });
    seen.add(item.id);
  });
});

/* ---------- Resolved: what pages and the API publish ---------- */

export const IndicatorPointSchema = z.object({ year: z.int(), value: z.number().nullable() });

export const ResolvedIndicatorSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  dataset: z.string(),
  dataset_title: z.string(),
  field: z.string(),
  unit: z.string().nullable(),
  decimals: z.int().nullable(),
  better: z.enum(['higher', 'lower', 'neutral']),
  headline: z.boolean(),
  year: z.int(),
  value: z.number().nullable(),
  previous: IndicatorPointSchema.nullable(),
  /** value − previous.value, in the indicator's unit. */
  change: z.number().nullable(),
  series: z.array(IndicatorPointSchema),
  target: z
    .object({ dataset: z.string(), field: z.string(), value: z.number().nullable(), met: z.boolean().nullable() })
    .nullable(),
  topic: z.string(),
  publisher: z.string(),
  source: z.object({ document: z.string(), document_title: z.string(), table: z.string() }),
});
export type ResolvedIndicator = z.output<typeof ResolvedIndicatorSchema>;
