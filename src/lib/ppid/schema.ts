import { z } from 'zod';
import { checkUrl } from '../core/links.ts';
import { UPLOAD, UPLOADED_FILE } from '../core/uploads.ts';
import { IsoDateSchema, isCalendarDate, labelled, NonEmpty, SlugSchema, TEXT_LIMIT, tooLong } from '../core/common-schema.ts';

/**
 * One entry of the Daftar Informasi Publik (DIP), with the columns that
 * Peraturan Komisi Informasi No. 1 Tahun 2021 (Standar Layanan Informasi Publik)
 * asks for. Field names are Indonesian on purpose: PPID officers write them in
 * content/dip/<id>.yml, and /api/v1/dip.json publishes them under the same names.
 */

export const DIP_KATEGORI = ['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan'] as const;
export type DipKategori = (typeof DIP_KATEGORI)[number];

export const KATEGORI_LABEL: Record<DipKategori, string> = {
  berkala: 'Informasi wajib disediakan dan diumumkan secara berkala',
  'serta-merta': 'Informasi wajib diumumkan secara serta-merta',
  'setiap-saat': 'Informasi wajib tersedia setiap saat',
  dikecualikan: 'Informasi yang dikecualikan',
};

/** Short legal anchor per category (UU 14/2008), shown beside each section. */
export const KATEGORI_DASAR: Record<DipKategori, string> = {
  berkala: 'UU 14/2008 Pasal 9',
  'serta-merta': 'UU 14/2008 Pasal 10',
  'setiap-saat': 'UU 14/2008 Pasal 11',
  dikecualikan: 'UU 14/2008 Pasal 17',
};

export const BENTUK_INFORMASI = ['softcopy', 'hardcopy'] as const;

export const JENIS_MEDIA = ['situs-web', 'dataset', 'berkas-pdf', 'dokumen-cetak', 'papan-pengumuman', 'media-sosial'] as const;
export const JENIS_MEDIA_LABEL: Record<(typeof JENIS_MEDIA)[number], string> = {
  'situs-web': 'Situs web',
  dataset: 'Dataset (CSV/JSON)',
  'berkas-pdf': 'Berkas PDF',
  'dokumen-cetak': 'Dokumen cetak',
  'papan-pengumuman': 'Papan pengumuman',
  'media-sosial': 'Media sosial',
};

const list = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .array(z.enum(values, { error: `${what} harus salah satu dari: ${values.join(', ')}` }), {
      error: `${what} ditulis sebagai daftar, contoh: [${values[0]}]`,
    })
    .min(1, { error: `${what} minimal satu, contoh: [${values[0]}]` });

/** "2024", "2024-03" or "2024-03-31": officers often know only the year a document was made. */
export const WaktuSchema = z
  .union([z.int(), z.string()], { error: 'wajib diisi dengan tahun atau tanggal, contoh 2024 atau 2024-03-31' })
  .transform((v) => String(v))
  .pipe(
    z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
        error: 'waktu pembuatan harus tahun (2024), tahun-bulan (2024-03), atau tanggal (2024-03-31)',
      })
      .refine((v) => v.length < 10 || isCalendarDate(v), {
        error: (issue) => `tanggal ${String(issue.input)} tidak ada di kalender`,
        params: { hint: 'Periksa hari dan bulannya (Februari 28 atau 29 hari; April, Juni, September, November 30 hari), atau tulis tahun-bulan saja, misalnya 2024-02.' },
      }),
  );

/** Site path ("/data/x/", "/berkas/renstra.pdf") or an absolute https URL: the portal's one URL rule (core/links.ts). */
export const TautanSchema = z.strictObject(labelled({
  judul: NonEmpty('teks tautan'),
  url: z
    .string({ error: 'wajib diisi: alamat tautan, contoh /data/penduduk-kecamatan-2023/' })
    .trim()
    .superRefine((url, ctx) => {
      const bad = checkUrl(url);
      if (bad) ctx.addIssue({ code: 'custom', message: bad.message, params: { hint: bad.hint } });
    }),
}, {
  judul: { title: 'Teks tautan', description: 'Apa yang dibuka tautan ini, misalnya "Unduh PDF" atau "Halaman dataset".' },
  url: { title: 'Alamat', description: 'Halaman atau berkas portal ini diawali satu "/" (misalnya /berkas/renstra-2021-2026.pdf), situs lain diawali https://.' },
}));
export type Tautan = z.output<typeof TautanSchema>;

/** A document attached to an entry: uploaded to public/berkas/ (in the browser editor) and published with its size and SHA-256. */
export const LampiranSchema = z.strictObject(labelled({
  judul: NonEmpty('judul berkas, contoh "Renstra Diskominfo 2021–2026 (PDF)"'),
  berkas: z
    .string({ error: `wajib diisi: alamat berkas di ${UPLOAD.publicFolder}/, contoh ${UPLOAD.publicFolder}/renstra-2021-2026.pdf` })
    .regex(UPLOADED_FILE, {
      error: `berkas harus satu berkas ${UPLOAD.extensions.join('/')} langsung di ${UPLOAD.publicFolder}/, nama tanpa spasi, contoh ${UPLOAD.publicFolder}/renstra-2021-2026.pdf`,
    }),
}, {
  judul: { title: 'Judul berkas', description: 'Misalnya "Renstra Diskominfo 2021–2026 (PDF)".' },
  berkas: { title: 'Berkas', description: `Unggah PDF, XLSX, DOCX, ODT, ODS atau CSV, paling besar ${UPLOAD.maxMegabytes} MB.` },
}));
export type Lampiran = z.output<typeof LampiranSchema>;

/** Label and help text of every DIP field (Perki 1/2021), shown in the browser editor. */
export const DIP_LABELS = {
  judul: { title: 'Judul informasi', description: 'Seperti judul dokumennya, misalnya "Rencana Kerja BKPSDM Tahun 2025".' },
  ringkasan: { title: 'Ringkasan isi', description: 'Satu-dua kalimat tentang isi informasi (paling sedikit 30 karakter).' },
  pejabat_penguasa: { title: 'Pejabat/unit yang menguasai informasi', description: 'Misalnya "Sekretariat Daerah Kota Binjai".' },
  penanggung_jawab: { title: 'Penanggung jawab pembuatan/penerbitan', description: 'Misalnya "Kepala Dinas Komunikasi dan Informatika Kota Binjai".' },
  waktu_pembuatan: { title: 'Waktu pembuatan', description: 'Tahun (2024), tahun-bulan (2024-03), atau tanggal (2024-03-31).' },
  tempat_pembuatan: { title: 'Tempat pembuatan', description: 'Misalnya "Binjai".' },
  bentuk_informasi: { title: 'Bentuk informasi', description: 'softcopy (berkas digital) dan/atau hardcopy (cetak).' },
  retensi: { title: 'Jangka waktu penyimpanan', description: 'Misalnya "5 tahun", "Selama berlaku", "Permanen".' },
  jenis_media: { title: 'Media tempat informasi tersedia' },
  kategori: { title: 'Kategori', description: 'berkala (UU 14/2008 Pasal 9), serta-merta (Pasal 10), setiap-saat (Pasal 11), dikecualikan (Pasal 17).' },
  subkategori: { title: 'Subkategori', description: 'Jenis informasi dalam kategorinya, misalnya "Laporan kinerja".' },
  instansi: { title: 'Instansi', description: 'Perangkat daerah yang menguasai informasi; dipakai untuk saringan "Instansi".' },
  tahun: { title: 'Tahun yang dibahas', description: 'Untuk saringan "Tahun"; bila kosong dipakai tahun waktu pembuatan.' },
  tautan: { title: 'Tautan', description: 'Halaman portal atau situs lain yang memuat informasi (paling banyak 20).' },
  lampiran: { title: 'Lampiran', description: 'Dokumen informasinya sendiri (PDF, XLSX, DOCX …), diunggah lewat editor; paling banyak 20.' },
  dasar_hukum_pengecualian: { title: 'Dasar hukum pengecualian', description: 'Hanya untuk kategori dikecualikan, misalnya "UU 14/2008 Pasal 17 huruf h".' },
  uji_konsekuensi: { title: 'Uji konsekuensi', description: 'Hanya untuk kategori dikecualikan (paling sedikit 40 karakter): akibat bila dibuka dan mengapa menutupnya melindungi kepentingan yang lebih besar.' },
  jangka_waktu_pengecualian: { title: 'Jangka waktu pengecualian', description: 'Hanya untuk kategori dikecualikan.' },
  tanggal_penetapan: { title: 'Tanggal penetapan', description: 'Tanggal entri ditetapkan masuk DIP.' },
  tanggal_pembaruan: { title: 'Tanggal pembaruan', description: 'Tanggal entri terakhir diubah; tidak lebih awal dari tanggal penetapan.' },
} as const;

export const DipEntrySchema = z
  .strictObject(labelled({
    judul: NonEmpty('judul informasi', TEXT_LIMIT.title),
    ringkasan: z
      .string({ error: 'wajib diisi (ringkasan isi informasi)' })
      .trim()
      .min(30, { error: 'ringkasan terlalu singkat: jelaskan isi informasi dalam satu-dua kalimat (min. 30 karakter)' })
      .max(TEXT_LIMIT.text, tooLong(TEXT_LIMIT.text)),
    pejabat_penguasa: NonEmpty('pejabat atau unit yang menguasai informasi'),
    penanggung_jawab: NonEmpty('penanggung jawab pembuatan atau penerbitan informasi'),
    waktu_pembuatan: WaktuSchema,
    tempat_pembuatan: NonEmpty('tempat pembuatan, contoh Binjai'),
    bentuk_informasi: list(BENTUK_INFORMASI, 'bentuk_informasi'),
    retensi: NonEmpty('jangka waktu penyimpanan, contoh "5 tahun" atau "selama berlaku"'),
    jenis_media: list(JENIS_MEDIA, 'jenis_media'),
    kategori: z.enum(DIP_KATEGORI, { error: `kategori harus salah satu dari: ${DIP_KATEGORI.join(', ')}` }),
    subkategori: NonEmpty('subkategori, contoh "Laporan kinerja"'),
    /** Agency slug from data/agencies.yml: the filter "instansi" on /ppid/dip/. */
    instansi: SlugSchema,
    /** Year the information is about; defaults to the year of waktu_pembuatan. */
    tahun: z.int({ error: 'tahun harus bilangan bulat, contoh 2023' }).min(1945).max(2100).optional(),
    tautan: z.array(TautanSchema, { error: 'tautan ditulis sebagai daftar (- judul: …, url: …)' }).max(20, { error: 'tautan terlalu banyak: paling banyak 20' }).default([]),
    lampiran: z.array(LampiranSchema, { error: 'lampiran ditulis sebagai daftar (- judul: …, berkas: …)' }).max(20, { error: 'lampiran terlalu banyak: paling banyak 20' }).default([]),
    /** Only for kategori dikecualikan: article of UU 14/2008 Pasal 17 (or other law) relied on. */
    dasar_hukum_pengecualian: z.string().trim().min(1).max(TEXT_LIMIT.short, tooLong(TEXT_LIMIT.short)).optional(),
    /** Only for kategori dikecualikan: summary of the consequence test (uji konsekuensi). */
    uji_konsekuensi: z.string().trim().min(1).max(TEXT_LIMIT.long, tooLong(TEXT_LIMIT.long)).optional(),
    /** Only for kategori dikecualikan: how long the exception lasts. */
    jangka_waktu_pengecualian: z.string().trim().min(1).max(TEXT_LIMIT.short, tooLong(TEXT_LIMIT.short)).optional(),
    tanggal_penetapan: IsoDateSchema,
    tanggal_pembaruan: IsoDateSchema,
  }, DIP_LABELS))
  .superRefine((e, ctx) => {
    if (e.kategori === 'dikecualikan') {
      if (!e.dasar_hukum_pengecualian)
        ctx.addIssue({
          code: 'custom',
          path: ['dasar_hukum_pengecualian'],
          message: 'informasi dikecualikan wajib menyebut dasar hukumnya, contoh "UU 14/2008 Pasal 17 huruf h"',
        });
      if (!e.uji_konsekuensi || e.uji_konsekuensi.length < 40)
        ctx.addIssue({
          code: 'custom',
          path: ['uji_konsekuensi'],
          message: 'informasi dikecualikan wajib punya ringkasan uji konsekuensi (min. 40 karakter): akibat bila dibuka dan mengapa menutupnya lebih melindungi kepentingan yang lebih besar',
        });
    } else {
      for (const key of ['dasar_hukum_pengecualian', 'uji_konsekuensi', 'jangka_waktu_pengecualian'] as const)
        if (e[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `isian "${key}" hanya untuk kategori dikecualikan; hapus isian ini atau ubah kategorinya`,
          });
    }
    if (e.tanggal_pembaruan < e.tanggal_penetapan)
      ctx.addIssue({
        code: 'custom',
        path: ['tanggal_pembaruan'],
        message: `tanggal_pembaruan (${e.tanggal_pembaruan}) lebih awal dari tanggal_penetapan (${e.tanggal_penetapan})`,
      });
  });
export type DipEntryInput = z.input<typeof DipEntrySchema>;
export type DipEntryFile = z.output<typeof DipEntrySchema>;

/** A published DIP row: a manual entry or one generated from a dataset. Used by pages and the API. */
export const DipRowSchema = z.strictObject({
  id: SlugSchema,
  judul: z.string(),
  ringkasan: z.string(),
  pejabat_penguasa: z.string(),
  penanggung_jawab: z.string(),
  waktu_pembuatan: z.string(),
  tempat_pembuatan: z.string(),
  bentuk_informasi: z.array(z.enum(BENTUK_INFORMASI)),
  retensi: z.string(),
  jenis_media: z.array(z.enum(JENIS_MEDIA)),
  kategori: z.enum(DIP_KATEGORI),
  subkategori: z.string(),
  instansi: z.string(),
  instansi_nama: z.string(),
  tahun: z.int(),
  tautan: z.array(TautanSchema),
  /** Uploaded documents, with the size and SHA-256 of the published file. */
  lampiran: z.array(z.strictObject({ judul: z.string(), url: z.string(), bytes: z.int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/), media_type: z.string() })),
  dasar_hukum_pengecualian: z.string().optional(),
  uji_konsekuensi: z.string().optional(),
  jangka_waktu_pengecualian: z.string().optional(),
  tanggal_penetapan: z.string(),
  tanggal_pembaruan: z.string(),
  /** Where the row comes from: a file in content/dip/ or a dataset. */
  asal: z.enum(['berkas', 'dataset']),
  /** Repository path of the file that defines the row. */
  berkas: z.string(),
});
export type DipRow = z.output<typeof DipRowSchema>;

/** What each field of a published DIP row (/api/v1/dip.json, CSV, XLSX) holds: the entry's labels, plus the fields the build adds. */
export const DIP_ROW_LABELS: Record<keyof DipRow, string> = {
  ...(Object.fromEntries(Object.entries(DIP_LABELS).map(([k, v]) => [k, v.title])) as Record<keyof typeof DIP_LABELS, string>),
  id: 'Pengenal entri (jangkar #dip-<id> di /ppid/dip/)',
  waktu_pembuatan: DIP_LABELS.waktu_pembuatan.title,
  instansi_nama: 'Nama instansi',
  tahun: 'Tahun yang dibahas (dari isian tahun atau waktu pembuatan)',
  lampiran: 'Lampiran: judul, url, bytes (ukuran), sha256, media_type',
  asal: 'Asal baris: berkas (tulisan petugas) atau dataset',
  berkas: 'Berkas di repositori yang mendefinisikan baris ini',
};

/** Front matter of the editable prose pages in content/ppid/*.md. */
export const PpidPageSchema = z.strictObject(labelled({
  judul: NonEmpty('judul halaman', TEXT_LIMIT.title),
  ringkasan: NonEmpty('ringkasan satu kalimat untuk mesin pencari'),
  // Astro's front-matter parser turns unquoted dates into Date objects; accept both.
  diperbarui: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), IsoDateSchema),
  /** Who may edit this file; shown on the page so readers know it is maintained text. */
  penyunting: NonEmpty('unit yang menyunting, contoh "PPID Utama Kota Binjai"'),
}, {
  judul: { title: 'Judul halaman' },
  ringkasan: { title: 'Ringkasan', description: 'Satu kalimat untuk mesin pencari dan hasil pencarian.' },
  diperbarui: { title: 'Tanggal diperbarui', description: 'Ganti dengan tanggal hari ini setiap kali teks diubah.' },
  penyunting: { title: 'Penyunting', description: 'Unit yang menyunting teks ini, misalnya "PPID Utama Kota Binjai".' },
}));
export type PpidPage = z.output<typeof PpidPageSchema>;

/** One period of the public-information service report (content/ppid/laporan-layanan.csv). */
/** The register's columns, in Indonesian: the page's table headings and the editor's labels. */
const LAPORAN_LABELS = {
  periode: { title: 'Periode', description: 'Tahun (2024), semester (2024-S1) atau triwulan (2024-T1).' },
  permohonan: { title: 'Permohonan masuk', description: 'Jumlah permohonan informasi yang diterima pada periode ini.' },
  dipenuhi_seluruhnya: { title: 'Dipenuhi seluruhnya' },
  dipenuhi_sebagian: { title: 'Dipenuhi sebagian' },
  ditolak: { title: 'Ditolak' },
  alasan_penolakan: { title: 'Alasan penolakan', description: 'Misalnya "informasi dikecualikan (Pasal 17 huruf h)"; kosongkan bila tidak ada yang ditolak.' },
  rata_rata_hari_kerja: { title: 'Rata-rata waktu layanan (hari kerja)', description: 'Kosongkan bila belum dihitung.' },
  keberatan: { title: 'Keberatan', description: 'Jumlah keberatan yang diajukan pemohon.' },
  sengketa_komisi_informasi: { title: 'Sengketa ke Komisi Informasi' },
  sumber: { title: 'Sumber angka', description: 'Misalnya "Buku register permohonan PPID 2024".' },
} as const;

export const LaporanRowSchema = z.strictObject(labelled({
  periode: z.string().regex(/^\d{4}(-S[12]|-T[1-4])?$/, { error: 'periode ditulis 2024, 2024-S1 (semester) atau 2024-T1 (triwulan)' }),
  permohonan: z.int().nonnegative(),
  dipenuhi_seluruhnya: z.int().nonnegative(),
  dipenuhi_sebagian: z.int().nonnegative(),
  ditolak: z.int().nonnegative(),
  alasan_penolakan: z.string(),
  rata_rata_hari_kerja: z.number().nonnegative().nullable(),
  keberatan: z.int().nonnegative(),
  sengketa_komisi_informasi: z.int().nonnegative(),
  sumber: z.string().min(1, { error: 'sebutkan sumber angka, misalnya "Buku register permohonan PPID 2024"' }),
}, LAPORAN_LABELS));
export type LaporanRow = z.output<typeof LaporanRowSchema>;
export const LAPORAN_FIELDS = Object.keys(LaporanRowSchema.shape) as Array<keyof LaporanRow>;

export const LAPORAN_LABEL = Object.fromEntries(LAPORAN_FIELDS.map((k) => [k, LAPORAN_LABELS[k].title])) as Record<keyof LaporanRow, string>;
