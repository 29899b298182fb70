/** A tiny appendix in the shape of LKPJ 2023 Lampiran I (header, one agency, four levels, a page break). */
export const APPENDIX = [
  'Teks sebelum lampiran',
  'LAMPIRAN I',
  'CAPAIAN PELAKSANAAN PROGRAM DAN KEGIATAN TAHUN 2023',
  'No Urusan Pemerintahan',
  'DINAS KESEHATAN',
  '1 02 URUSAN PEMERINTAHAN BIDANG KESEHATAN',
  '1 02 02 PROGRAM PEMENUHAN UPAYA KESEHATAN',
  '1 02 02 2.01 Penyediaan Fasilitas',
  '1 02 02 2.01 01 Pengadaan Obat',
  'Keluaran/Output : Jumlah Obat 12 paket 1,000,000.00 12 paket 900,000.00',
  'Meningkatkan mutu layanan kesehatan',
  'Page 1',
  '1 02 02 2.01 02 Pelatihan Tenaga',
  'Keluaran/Output : Jumlah Orang 20 orang 2,000,000.00 90% 1,800,000.00',
  'LAMPIRAN II',
];
