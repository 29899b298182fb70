import { z } from 'zod';
import { NonEmpty, SlugSchema, Text, TEXT_LIMIT, labelled } from '../core/common-schema.ts';

/** A source document (an official report) the portal extracts data from and republishes. */
export const DocumentSchema = z.strictObject({
  id: SlugSchema,
  title: NonEmpty('judul dokumen', TEXT_LIMIT.title),
  short_title: NonEmpty('judul singkat'),
  publisher: SlugSchema.describe('agency slug from data/agencies.yml'),
  year: z.int().min(1990).max(2100),
  fiscal_year: z.int().min(1990).max(2100).optional(),
  type: z.enum(['lkpj', 'renja', 'lkjip', 'laporan-kinerja', 'lainnya']),
  file: z.string().regex(/^[a-z0-9-]+\.txt$/, { error: 'nama berkas teks di data/sources/ (huruf kecil, angka, tanda hubung, diakhiri .txt; bukan PDF), contoh "lkpj-2023.txt"' }),
  description: NonEmpty('ringkasan dokumen', TEXT_LIMIT.text),
});
export type DocumentMeta = z.output<typeof DocumentSchema>;

export const AgencySchema = z.strictObject(labelled({
  slug: SlugSchema,
  name: NonEmpty('nama instansi'),
  short: NonEmpty('singkatan'),
  kind: z.enum(['opd', 'bps', 'pemda', 'lainnya']),
  description: Text(TEXT_LIMIT.text).optional(),
}, {
  slug: { title: 'Slug (alamat)', description: 'Alamat halaman /opd/<slug>/: huruf kecil dan tanda hubung, misalnya "diskominfo". Jangan diubah sesudah terbit.' },
  name: { title: 'Nama instansi', description: 'Nama lengkap, misalnya "Dinas Komunikasi dan Informatika Kota Binjai".' },
  short: { title: 'Singkatan', description: 'Misalnya "Diskominfo".' },
  kind: { title: 'Jenis', description: 'opd (perangkat daerah), bps, pemda (pemerintah kota), atau lainnya.' },
  description: { title: 'Keterangan' },
}));
export type Agency = z.output<typeof AgencySchema>;
