import { z } from 'zod';

export const SlugSchema = z
  .string({ error: 'wajib diisi dengan slug (huruf kecil, angka, tanda hubung)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'slug hanya boleh huruf kecil a-z, angka, dan tanda hubung, contoh "penduduk-kecamatan-2023"',
  });

export const IsoDateSchema = z
  .string({ error: 'wajib diisi dengan tanggal TTTT-BB-HH' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'tanggal harus berformat TTTT-BB-HH, contoh 2024-03-31' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: 'tanggal tidak ada di kalender',
  });

export const NonEmpty = (what: string) =>
  z.string({ error: `wajib diisi (${what})` }).trim().min(1, { error: `tidak boleh kosong (${what})` });
