import { z } from 'zod';

export const SlugSchema = z
  .string({ error: 'wajib diisi dengan slug (huruf kecil, angka, tanda hubung)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'slug hanya boleh huruf kecil a-z, angka, dan tanda hubung, contoh "penduduk-kecamatan-2023"',
  });

/** A date that exists in the calendar (2024-02-29 yes, 2023-02-29 and 2024-02-31 no). */
export function isCalendarDate(iso: string): boolean {
  return !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
}

export const IsoDateSchema = z
  .string({ error: 'wajib diisi dengan tanggal TTTT-BB-HH' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'tanggal harus berformat TTTT-BB-HH, contoh 2024-03-31' })
  .refine(isCalendarDate, {
    error: (issue) => `tanggal ${String(issue.input)} tidak ada di kalender`,
    params: { hint: 'Periksa bulan (01–12) dan harinya: Februari 28 hari (29 pada tahun kabisat); April, Juni, September, dan November 30 hari.' },
  });

/**
 * Longest text each kind of field may hold: a 100,000-character title is a mistake (or an attack)
 * and would break every page that shows it. The limit is named in the message.
 */
export const TEXT_LIMIT = { title: 200, short: 300, text: 2000, long: 6000 } as const;

export const tooLong = (max: number) => ({
  error: (issue: { input?: unknown }) =>
    `terlalu panjang: ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('id-ID') : '?'} karakter, paling banyak ${max.toLocaleString('id-ID')}`,
});

/** Free text with a length limit (default: one line of metadata). */
export const Text = (max: number = TEXT_LIMIT.short) => z.string().max(max, tooLong(max));

export const NonEmpty = (what: string, max: number = TEXT_LIMIT.short) =>
  z
    .string({ error: `wajib diisi (${what})` })
    .trim()
    .min(1, { error: `tidak boleh kosong (${what})` })
    .max(max, tooLong(max));

/** A field's label and help text, in Indonesian, for the browser editor and the guides (zod metadata). */
export interface FieldLabel {
  title: string;
  description?: string;
}

function metaOf(label: FieldLabel): { title: string; description?: string } {
  return label.description === undefined ? { title: label.title } : { title: label.title, description: label.description };
}

/**
 * Attaches labels to the fields of an object shape: one record beside the schema says what each
 * field is called, and the editor config (src/lib/editor/) reads it from the schema's JSON Schema.
 */
export function labelled<T extends z.ZodRawShape>(shape: T, labels: { [K in keyof T]: FieldLabel }): T {
  const entries = Object.entries(shape).map(([k, v]) => [k, (v as z.ZodType).meta(metaOf(labels[k as keyof T]))]);
  return Object.fromEntries(entries) as unknown as T;
}
