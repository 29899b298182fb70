import { siteRoutes } from '../../../src/lib/core/routes.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  buildDip,
  checkDipReferences,
  datasetRow,
  dipApi,
  dipCsv,
  dipFilters,
  filterRows,
  groupByKategori,
  parseDipFile,
  type ParsedDipFile,
} from '../../../src/lib/ppid/dip.ts';
import { formatProblem } from '../../../src/lib/core/problems.ts';
import type { BuiltDataset } from '../../../src/lib/datasets/schema.ts';
import type { Agency, DocumentMeta } from '../../../src/lib/documents/schema.ts';
import type { DipRow } from '../../../src/lib/ppid/schema.ts';

const VALID = readFileSync(new URL('../../fixtures/dip/valid.yml', import.meta.url), 'utf8');
const FILE = 'content/dip/contoh.yml';

/** The fixture with one line replaced (or removed when `to` is null). */
function variant(from: RegExp, to: string | null): string {
  const lines = VALID.split('\n');
  const i = lines.findIndex((l) => from.test(l));
  if (i < 0) throw new Error(`no line ${from}`);
  if (to === null) lines.splice(i, 1);
  else lines[i] = to;
  return lines.join('\n');
}

function messages(text: string, file = FILE): string[] {
  return parseDipFile({ path: file, text }).problems.map(formatProblem);
}

const agencies: Agency[] = [
  { slug: 'diskominfo', name: 'Dinas Komunikasi dan Informatika Kota Binjai', short: 'Diskominfo', kind: 'opd' },
  { slug: 'pemkot-binjai', name: 'Pemerintah Kota Binjai', short: 'Pemkot Binjai', kind: 'pemda' },
  { slug: 'bps-binjai', name: 'Badan Pusat Statistik Kota Binjai', short: 'BPS Kota Binjai', kind: 'bps' },
];
const documents: DocumentMeta[] = [
  {
    id: 'lkpj-2023',
    title: 'LKPJ Wali Kota Binjai 2023',
    short_title: 'LKPJ 2023',
    publisher: 'pemkot-binjai',
    year: 2024,
    fiscal_year: 2023,
    type: 'lkpj',
    file: 'lkpj-2023.txt',
    description: 'Laporan.',
  },
];

function dataset(slug: string, over: Partial<BuiltDataset> = {}): BuiltDataset {
  return {
    slug,
    title: `Judul ${slug}`,
    description: 'Deskripsi dataset yang cukup panjang untuk warga.',
    topic: 'kependudukan',
    publisher: 'bps-binjai',
    publisher_name: 'Badan Pusat Statistik Kota Binjai',
    source: { document: 'lkpj-2023', document_title: 'LKPJ', table: 'Tabel I.3', lines: [1, 2], raw_file: 'x.csv' },
    temporal: { start: 2023, end: 2023 },
    spatial: 'kecamatan',
    license: 'CC-BY-4.0',
    keywords: [],
    fields: [],
    checks: [],
    notes: [],
    modified: '2026-11-22',
    rows: [],
    missing: [],
    ...over,
  };
}

describe('parseDipFile: officers see Indonesian messages with file, line and fix', () => {
  test('a valid entry parses, tahun defaults to the year of waktu_pembuatan', () => {
    const { value, problems } = parseDipFile({ path: FILE, text: VALID });
    expect(problems).toEqual([]);
    expect(value?.id).toBe('contoh');
    expect(value?.entry.waktu_pembuatan).toBe('2024');
    const [row] = buildDip(value ? [value] : [], [], documents, agencies);
    expect(row?.tahun).toBe(2024);
    expect(row?.instansi_nama).toBe('Dinas Komunikasi dan Informatika Kota Binjai');
  });

  test.each([
    [
      'missing field',
      variant(/^retensi:/, null),
      'GALAT content/dip/contoh.yml, baris 1, kolom 1 (retensi)\n  Masalah: isian "retensi" wajib ada tetapi tidak ditemukan\n  Perbaikan: Tambahkan isian "retensi" (lihat contoh di docs/panduan-ppid.md).',
    ],
    [
      'unknown category',
      variant(/^kategori:/, 'kategori: rahasia'),
      'GALAT content/dip/contoh.yml, baris 10, kolom 11 (kategori)\n  Masalah: isian "kategori": kategori harus salah satu dari: berkala, serta-merta, setiap-saat, dikecualikan\n  Perbaikan: Tulis salah satu dari: berkala, serta-merta, setiap-saat, dikecualikan (huruf kecil, dengan tanda hubung).',
    ],
    [
      'date not in the calendar',
      variant(/^tanggal_penetapan:/, 'tanggal_penetapan: 2026-02-30'),
      'GALAT content/dip/contoh.yml, baris 16, kolom 20 (tanggal_penetapan)\n  Masalah: isian "tanggal_penetapan": tanggal 2026-02-30 tidak ada di kalender\n  Perbaikan: Tulis tanggal yang ada di kalender dengan format TTTT-BB-HH, contoh 2024-03-31.',
    ],
    [
      'date in the wrong format',
      variant(/^tanggal_pembaruan:/, 'tanggal_pembaruan: 22/11/2026'),
      'GALAT content/dip/contoh.yml, baris 17, kolom 20 (tanggal_pembaruan)\n  Masalah: isian "tanggal_pembaruan": tanggal harus berformat TTTT-BB-HH, contoh 2024-03-31\n  Perbaikan: Tulis tanggal yang ada di kalender dengan format TTTT-BB-HH, contoh 2024-03-31, tidak lebih awal dari tanggal_penetapan.',
    ],
    [
      'form not a list value',
      variant(/^bentuk_informasi:/, 'bentuk_informasi: [disket]'),
      'GALAT content/dip/contoh.yml, baris 7, kolom 20 (bentuk_informasi[0])\n  Masalah: isian "bentuk_informasi[0]": bentuk_informasi harus salah satu dari: softcopy, hardcopy\n  Perbaikan: Tulis sebagai daftar: [softcopy], [hardcopy], atau [softcopy, hardcopy].',
    ],
  ])('%s', (_name, text, expected) => {
    expect(messages(text)).toEqual([expected]);
  });

  test('dikecualikan needs the legal basis and the consequence test', () => {
    const text = variant(/^kategori:/, 'kategori: dikecualikan');
    expect(messages(text).map((m) => m.split('\n')[1])).toEqual([
      '  Masalah: isian "dasar_hukum_pengecualian": informasi dikecualikan wajib menyebut dasar hukumnya, contoh "UU 14/2008 Pasal 17 huruf h"',
      '  Masalah: isian "uji_konsekuensi": informasi dikecualikan wajib punya ringkasan uji konsekuensi (min. 40 karakter): akibat bila dibuka dan mengapa menutupnya lebih melindungi kepentingan yang lebih besar',
    ]);
  });

  test('exception fields on a public entry are rejected', () => {
    const text = `${VALID}dasar_hukum_pengecualian: UU 14/2008 Pasal 17\n`;
    expect(messages(text)[0]).toContain('isian "dasar_hukum_pengecualian" hanya untuk kategori dikecualikan');
  });

  test('update date before the determination date', () => {
    const text = variant(/^tanggal_pembaruan:/, 'tanggal_pembaruan: 2026-01-01');
    expect(messages(text)[0]).toContain('tanggal_pembaruan (2026-01-01) lebih awal dari tanggal_penetapan (2026-11-22)');
  });

  test.each([
    ['javascript:alert(1)', 'memakai skema "javascript:" yang tidak diizinkan'],
    ['JavaScript:alert(1)', 'memakai skema "javascript:" yang tidak diizinkan'],
    ['data:text/html,<script>alert(1)</script>', 'memakai skema "data:" yang tidak diizinkan'],
    ['http://contoh.invalid/', 'memakai http:// yang tidak terenkripsi'],
    ['//evil.example/phish/', 'diawali dua garis miring: alamat seperti ini membawa pembaca ke situs lain walau tampak seperti alamat portal'],
    ['/../../../etc/', 'memuat "..", "." atau "\\" yang keluar dari folder situs'],
    ['laporan/kinerja/', 'tidak diawali "/" atau "https://"'],
  ])('a link address that is neither "/…" on this site nor "https://…" is refused, with the fix: %s', (url, why) => {
    const text = variant(/^\s+url:/, `    url: "${url.replace(/"/g, '\\"')}"`);
    const [message] = messages(text);
    expect(message).toContain('(tautan[0].url)');
    expect(message).toContain(`Masalah: isian "tautan[0].url": alamat "${url}" ${why}`);
    expect(message).toMatch(/Perbaikan: .*(https:\/\/|garis miring|Ganti menjadi|akar situs)/);
  });

  test('a file name that cannot be an address', () => {
    expect(messages(VALID, 'content/dip/Laporan Kinerja.yml')[0]).toBe(
      'GALAT content/dip/Laporan Kinerja.yml\n  Masalah: nama berkas "Laporan Kinerja.yml" tidak bisa dipakai sebagai alamat entri\n  Perbaikan: Ganti nama berkas dengan huruf kecil, angka, dan tanda hubung saja, diakhiri .yml, contoh "profil-diskominfo.yml".',
    );
  });
});

describe('checkDipReferences', () => {
  const parsed = (text: string, file = FILE) => parseDipFile({ path: file, text }).value as ParsedDipFile;
  const datasetSlugs = new Set(['penduduk-kecamatan-2023']);
  const routes = siteRoutes(
    ['src/pages/data/[slug]/index.astro', 'src/pages/dokumen/[id]/index.astro', 'src/pages/ppid/dip/index.astro'],
    ['berkas/renstra-diskominfo-2021-2026.pdf'],
    new Map([
      ['/data/[slug]/', datasetSlugs],
      ['/dokumen/[id]/', new Set(documents.map((d) => d.id))],
    ]),
  );
  const uploads = new Map([
    ['/berkas/renstra-diskominfo-2021-2026.pdf', { bytes: 1_234_567, sha256: 'a'.repeat(64) }],
    ['/berkas/video-besar.pdf', { bytes: 25 * 1024 * 1024, sha256: 'b'.repeat(64) }],
  ]);
  const ctx = { agencies, datasets: [{ slug: 'penduduk-kecamatan-2023' }], routes, uploads };

  test('unknown agency, broken dataset and document links point at their lines', () => {
    const text = variant(/^instansi:/, 'instansi: dinas-rahasia').replace('/dokumen/lkj-diskominfo-2024/', '/data/tidak-ada/');
    expect(checkDipReferences([parsed(text)], ctx).map(formatProblem)).toEqual([
      expect.stringContaining('GALAT content/dip/contoh.yml, baris 12, kolom 11 (instansi)\n  Masalah: instansi "dinas-rahasia" tidak ada di data/agencies.yml'),
      'GALAT content/dip/contoh.yml, baris 15, kolom 10 (tautan[0].url)\n  Masalah: tautan "/data/tidak-ada/" menuju halaman atau berkas yang tidak ada: "tidak-ada" tidak dikenal untuk alamat /data/…/\n  Perbaikan: Salin alamat dari bilah alamat peramban saat membuka halaman itu di portal (tanpa nama situs), diakhiri garis miring "/".',
    ]);
  });

  test('a link to an uploaded file must name a file in public/berkas/, whatever its extension', () => {
    const withLink = (url: string) => parsed(VALID.replace('/dokumen/lkj-diskominfo-2024/', url));
    expect(checkDipReferences([withLink('/berkas/renstra-diskominfo-2021-2026.pdf')], ctx)).toEqual([]);
    expect(checkDipReferences([withLink('/berkas/renstra-2021.pdf')], ctx).map(formatProblem)).toEqual([
      'GALAT content/dip/contoh.yml, baris 15, kolom 10 (tautan[0].url)\n  Masalah: tautan "/berkas/renstra-2021.pdf" menuju halaman atau berkas yang tidak ada: berkas /berkas/renstra-2021.pdf tidak ada di public/berkas/renstra-2021.pdf\n  Perbaikan: Unggah berkasnya ke folder public/berkas/ dengan nama persis renstra-2021.pdf, atau perbaiki nama berkas di tautan ini.',
    ]);
    expect(checkDipReferences([withLink('/halaman-tidak-ada/')], ctx)[0]?.message).toBe('tautan "/halaman-tidak-ada/" menuju halaman atau berkas yang tidak ada: halaman atau berkas itu tidak ada di portal');
    expect(checkDipReferences([withLink('/ppid/dip')], ctx)[0]?.message).toBe('tautan "/ppid/dip" menuju halaman atau berkas yang tidak ada: alamat halaman harus diakhiri garis miring "/"');
  });

  test('an attachment must be an uploaded file within the size limit', () => {
    const withAttachment = (berkas: string) => parsed(`${VALID.replace('/dokumen/lkj-diskominfo-2024/', '/ppid/dip/')}lampiran:\n  - judul: Renstra (PDF)\n    berkas: ${berkas}\n`);
    expect(checkDipReferences([withAttachment('/berkas/renstra-diskominfo-2021-2026.pdf')], ctx)).toEqual([]);
    expect(checkDipReferences([withAttachment('/berkas/belum-diunggah.pdf')], ctx).map((p) => [p.field, p.message, p.hint])).toEqual([
      ['lampiran[0].berkas', 'berkas lampiran /berkas/belum-diunggah.pdf tidak ada di public/berkas/belum-diunggah.pdf', 'Unggah berkasnya lewat editor (/admin/), atau taruh di folder public/berkas/ dengan nama persis belum-diunggah.pdf.'],
    ]);
    expect(checkDipReferences([withAttachment('/berkas/video-besar.pdf')], ctx)[0]?.message).toBe('berkas lampiran /berkas/video-besar.pdf berukuran 25,0 MB, lebih dari batas 20 MB');
  });

  test('a file named like a dataset clashes with its generated row', () => {
    const problems = checkDipReferences([parsed(VALID.replace('/dokumen/lkj-diskominfo-2024/', '/dokumen/lkpj-2023/'), 'content/dip/penduduk-kecamatan-2023.yml')], ctx);
    expect(problems.map((p) => p.message)).toEqual([
      'nama berkas "penduduk-kecamatan-2023" sama dengan slug dataset; setiap dataset sudah otomatis menjadi entri DIP',
    ]);
  });
});

describe('datasets double as DIP rows', () => {
  test('every Perki field is filled from the dataset and its document', () => {
    const row = datasetRow(dataset('penduduk-kecamatan-2023'), documents, agencies);
    expect(row).toEqual({
      id: 'penduduk-kecamatan-2023',
      judul: 'Judul penduduk-kecamatan-2023',
      ringkasan: 'Deskripsi dataset yang cukup panjang untuk warga.',
      pejabat_penguasa: 'Badan Pusat Statistik Kota Binjai',
      penanggung_jawab: 'Pemerintah Kota Binjai',
      waktu_pembuatan: '2024',
      tempat_pembuatan: 'Binjai',
      bentuk_informasi: ['softcopy'],
      retensi: 'Selama portal data beroperasi',
      jenis_media: ['situs-web', 'dataset'],
      kategori: 'berkala',
      subkategori: 'Data statistik: Kependudukan',
      instansi: 'bps-binjai',
      instansi_nama: 'Badan Pusat Statistik Kota Binjai',
      tahun: 2023,
      lampiran: [],
      tautan: [
        { judul: 'Halaman dataset', url: '/data/penduduk-kecamatan-2023/' },
        { judul: 'Unduh CSV', url: '/data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.csv' },
        { judul: 'Dokumen sumber: LKPJ 2023', url: '/dokumen/lkpj-2023/' },
      ],
      tanggal_penetapan: '2026-11-22',
      tanggal_pembaruan: '2026-11-22',
      asal: 'dataset',
      berkas: 'data/datasets/penduduk-kecamatan-2023.yml',
    });
  });

  test('budget datasets are financial-report summaries', () => {
    expect(datasetRow(dataset('apbd', { topic: 'keuangan-daerah' }), documents, agencies).subkategori).toBe('Ringkasan laporan keuangan');
  });
});

describe('grouping, filters, downloads', () => {
  const manual = parseDipFile({ path: FILE, text: VALID }).value as ParsedDipFile;
  const rows: DipRow[] = buildDip(
    [manual],
    [dataset('b-2021', { temporal: { start: 2021, end: 2021 } }), dataset('a-2023', { title: '=HYPERLINK("http://x")' })],
    documents,
    agencies,
  );

  test('stable order: category, newest year first, then title', () => {
    expect(rows.map((r) => r.id)).toEqual(['contoh', 'a-2023', 'b-2021']);
  });

  test('all four categories are present, empty ones included', () => {
    expect(groupByKategori(rows).map((g) => [g.kategori, g.rows.length])).toEqual([
      ['berkala', 3],
      ['serta-merta', 0],
      ['setiap-saat', 0],
      ['dikecualikan', 0],
    ]);
  });

  test('filters by category, agency and year, with counts', () => {
    const f = dipFilters(rows).map((x) => `${x.kind}/${x.value}=${x.count}`);
    expect(f).toEqual([
      'kategori/berkala=3',
      'kategori/serta-merta=0',
      'kategori/setiap-saat=0',
      'kategori/dikecualikan=0',
      'instansi/bps-binjai=2',
      'instansi/diskominfo=1',
      'tahun/2024=1',
      'tahun/2023=1',
      'tahun/2021=1',
    ]);
    expect(filterRows(rows, 'tahun', '2021').map((r) => r.id)).toEqual(['b-2021']);
  });

  test('CSV: Perki field names as header, formulas neutralised, absolute links', () => {
    const csv = dipCsv(rows, 'https://data.example');
    const [header, , second] = csv.split('\r\n');
    expect(header).toBe(
      'id,kategori,subkategori,judul,ringkasan,pejabat_penguasa,penanggung_jawab,waktu_pembuatan,tempat_pembuatan,bentuk_informasi,retensi,jenis_media,instansi,tahun,tautan,dasar_hukum_pengecualian,uji_konsekuensi,jangka_waktu_pengecualian,tanggal_penetapan,tanggal_pembaruan,asal,lampiran',
    );
    expect(second).toContain(`a-2023,berkala,Data statistik: Kependudukan,"'=HYPERLINK(""http://x"")"`);
    expect(second).toContain('https://data.example/data/a-2023/; https://data.example/data/a-2023/a-2023.csv');
  });

  test('API: counts per category and absolute links', () => {
    const api = dipApi(rows, 'https://data.example', '2026-11-22');
    expect(api.jumlah).toBe(3);
    expect(api.kategori.map((k) => k.jumlah)).toEqual([3, 0, 0, 0]);
    expect(api.entri[0]?.tautan[0]?.url).toBe('https://data.example/dokumen/lkj-diskominfo-2024/');
  });
});
