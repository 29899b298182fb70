/** The fixed list of topics. Ids are URL slugs (/topik/<id>/) and never change. */
export const TOPICS = [
  { id: 'kependudukan', title: 'Kependudukan', summary: 'Jumlah, sebaran, dan struktur penduduk.' },
  { id: 'geografi', title: 'Geografi dan Wilayah', summary: 'Luas wilayah, kecamatan, kelurahan, iklim.' },
  { id: 'ekonomi', title: 'Ekonomi', summary: 'PDRB, pertumbuhan ekonomi, inflasi, harga.' },
  { id: 'kemiskinan', title: 'Kemiskinan dan Ketimpangan', summary: 'Penduduk miskin, garis kemiskinan, Gini.' },
  { id: 'ketenagakerjaan', title: 'Ketenagakerjaan', summary: 'Angkatan kerja, pengangguran, upah minimum.' },
  { id: 'pembangunan-manusia', title: 'Pembangunan Manusia', summary: 'IPM dan komponennya.' },
  { id: 'pendidikan', title: 'Pendidikan', summary: 'Sekolah, murid, angka partisipasi.' },
  { id: 'kesehatan', title: 'Kesehatan', summary: 'Layanan kesehatan, SPM kesehatan, gizi.' },
  { id: 'sosial', title: 'Sosial', summary: 'Perlindungan sosial, bantuan pangan, kesejahteraan.' },
  { id: 'keuangan-daerah', title: 'Keuangan Daerah', summary: 'APBD, pendapatan, belanja, pembiayaan.' },
  { id: 'pemerintahan', title: 'Pemerintahan', summary: 'Kinerja urusan, kepegawaian, regulasi daerah.' },
  { id: 'infrastruktur', title: 'Infrastruktur dan Lingkungan', summary: 'Jalan, air minum, sanitasi, perumahan, lingkungan.' },
  { id: 'pertanian-pangan', title: 'Pertanian dan Pangan', summary: 'Produksi pangan, ketahanan pangan.' },
  { id: 'perdagangan-industri', title: 'Perdagangan dan Industri', summary: 'Pasar, industri, metrologi, UMKM.' },
  { id: 'komunikasi-informatika', title: 'Komunikasi dan Informatika', summary: 'SPBE, aplikasi, layanan informasi publik.' },
  { id: 'administrasi-kependudukan', title: 'Administrasi Kependudukan', summary: 'KTP-el, KIA, akta kelahiran.' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = TOPICS.map((t) => t.id) as unknown as readonly [TopicId, ...TopicId[]];

export function topicTitle(id: string): string {
  return TOPICS.find((t) => t.id === id)?.title ?? id;
}
