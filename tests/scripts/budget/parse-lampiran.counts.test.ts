/**
 * Row counts. Per-section counts were verified by reading the source text
 * (listing the code lines of each block by hand, line ranges below).
 */
import { describe, expect, it } from 'vitest';
import { ROWS, SUBS } from './helpers.ts';

describe('row counts', () => {
  it('parses at least 1,000 sub-kegiatan rows (exactly 1,012)', () => {
    expect(SUBS.length).toBeGreaterThanOrEqual(1000);
    expect(SUBS.length).toBe(1012);
  });

  it('counts rows per level', () => {
    const byLevel: Record<string, number> = {};
    for (const r of ROWS) byLevel[r.level] = (byLevel[r.level] ?? 0) + 1;
    expect(byLevel).toEqual({ urusan: 52, bidang: 53, program: 154, kegiatan: 390, subkegiatan: 1012 });
    expect(ROWS.length).toBe(1661);
  });

  it('finds 53 sections (agency blocks) with unique ids, in source order', () => {
    const ids = [...new Set(ROWS.map((r) => r.section.id))];
    expect(ids.length).toBe(53);
    expect(ids[0]).toBe('01-dinas-pendidikan');
    expect(ids.at(-1)).toBe('53-badan-kesatuan-bangsa-dan-politik');
    const kecamatan = ids.filter((id) => id.includes('kecamatan'));
    expect(kecamatan).toEqual([
      '48-kecamatan-binjai-utara',
      '49-kecamatan-binjai-timur',
      '50-kecamatan-binjai-kota',
      '51-kecamatan-binjai-selatan',
      '52-kecamatan-binjai-barat',
    ]);
    const bagian = ids.filter((id) => /-bagian-/.test(id));
    expect(bagian.length).toBe(9);
  });

  // [section id, sub-kegiatan, kegiatan, program] counted by hand in the source.
  const HAND_COUNTED: Array<[string, number, number, number, string]> = [
    ['07-satpol-pp', 15, 7, 2, 'lines 14153–14399: programmes 14177, 14366; kegiatan 14181 14224 14246 14298 14308 14332 14370'],
    ['12-dinas-perumahan-dan-kawasan-permukiman', 1, 1, 1, 'lines 16317–16386 (bidang 2 10 Pertanahan): 16347 / 16353 / 16359'],
    ['22-dinas-komunikasi-dan-informatika', 2, 1, 1, 'lines 19989–20058 (Statistik): 20015 / 20019 / 20023 20039'],
    ['23-dinas-komunikasi-dan-informatika', 2, 1, 1, 'lines 20059–20130 (Persandian): 20091 / 20097 / 20101 20109'],
    ['24-dinas-pariwisata', 2, 2, 2, 'lines 20131–20212 (Kebudayaan): 20159 20183 / 20163 20187 / 20169 20191'],
    ['26-dinas-perpustakaan', 3, 3, 2, 'lines 20623–20738 (Kearsipan): 3 sub-kegiatan under 2 24 02 and 2 24 04'],
    ['27-dinas-ketahanan-pangan-dan-pertanian', 3, 2, 1, 'lines 20739–20826 (Perikanan): 20765 / 20773 20805 / 20775 20789 20807'],
    ['45-badan-kepegawaian-daerah', 2, 2, 1, 'lines 25737–25857 (Diklat): 25767 / 25771 25805 / 25773 25826'],
    ['46-bappeda', 2, 2, 1, 'lines 25858–25925 (Litbang): 25884 / 25888 25906 / 25894 25912'],
    ['53-badan-kesatuan-bangsa-dan-politik', 20, 9, 6, 'lines 28010–28597: programmes 8 01 01 … 8 01 06'],
  ];

  for (const [id, subs, keg, prog, where] of HAND_COUNTED) {
    it(`counts ${id} (${where})`, () => {
      const rows = ROWS.filter((r) => r.section.id === id);
      expect({
        subkegiatan: rows.filter((r) => r.level === 'subkegiatan').length,
        kegiatan: rows.filter((r) => r.level === 'kegiatan').length,
        program: rows.filter((r) => r.level === 'program').length,
      }).toEqual({ subkegiatan: subs, kegiatan: keg, program: prog });
    });
  }

  it('keeps the sub-kegiatan count per section stable (full table)', () => {
    const per: Record<string, number> = {};
    for (const r of SUBS) per[r.section.id] = (per[r.section.id] ?? 0) + 1;
    expect(per).toMatchInlineSnapshot(`
      {
        "01-dinas-pendidikan": 55,
        "02-dinas-kesehatan": 54,
        "03-rsud-dr-rm-djoelham": 29,
        "04-dinas-pekerjaan-umum-dan-penataan-ruang": 38,
        "05-dinas-perumahan-dan-kawasan-permukiman": 19,
        "06-badan-penanggulangan-bencana-daerah": 20,
        "07-satpol-pp": 15,
        "08-dinas-sosial": 23,
        "09-dinas-tenaga-kerja-dan-perindustrian-perdagangan": 29,
        "10-dinas-pemberdayaan-perempuan-perlindungan-anak-dan-masyarakat": 27,
        "11-dinas-ketahanan-pangan-dan-pertanian": 18,
        "12-dinas-perumahan-dan-kawasan-permukiman": 1,
        "13-dinas-lingkungan-hidup": 23,
        "14-dinas-kependudukan-dan-pencatatan-sipil": 17,
        "15-dinas-pemberdayaan-perempuan-perlindungan-anak-dan-masyarakat": 4,
        "16-dinas-pengendalian-penduduk-dan-keluarga-berencana": 33,
        "17-dinas-perhubungan": 22,
        "18-dinas-komunikasi-dan-informatika": 24,
        "19-dinas-koperasi-usaha-kecil-dan-menengah": 19,
        "20-dinas-penananman-modal-dan-pelayanan-perizinan-terpadu-satu-pintu": 18,
        "21-dinas-kepemudaan-dan-olah-raga": 20,
        "22-dinas-komunikasi-dan-informatika": 2,
        "23-dinas-komunikasi-dan-informatika": 2,
        "24-dinas-pariwisata": 2,
        "25-dinas-perpustakaan": 22,
        "26-dinas-perpustakaan": 3,
        "27-dinas-ketahanan-pangan-dan-pertanian": 3,
        "28-dinas-pariwisata": 16,
        "29-dinas-ketahanan-pangan-dan-pertanian": 6,
        "30-dinas-tenaga-kerja-dan-perindustrian-perdagangan": 10,
        "31-dinas-tenaga-kerja-dan-perindustrian-perdagangan": 3,
        "32-bagian-umum": 28,
        "33-bagian-hukum": 14,
        "34-bagian-pemerintahan": 16,
        "35-bagian-administrasi-pembangunan": 16,
        "36-bagian-organisasi": 13,
        "37-bagian-perekonomian-dan-sumber-daya-alam": 17,
        "38-bagian-kesejahteraan": 14,
        "39-bagian-pengadaan-barang-dan-jasa": 17,
        "40-bagian-protokol-dan-komunikasi-pimpinan-daerah": 12,
        "41-sekretariat-dprd": 24,
        "42-bappeda": 34,
        "43-badan-pengelolaan-keuangan-pendapatan-dan-aset-daerah": 47,
        "44-badan-kepegawaian-daerah": 24,
        "45-badan-kepegawaian-daerah": 2,
        "46-bappeda": 2,
        "47-inspektorat": 29,
        "48-kecamatan-binjai-utara": 21,
        "49-kecamatan-binjai-timur": 21,
        "50-kecamatan-binjai-kota": 20,
        "51-kecamatan-binjai-selatan": 22,
        "52-kecamatan-binjai-barat": 22,
        "53-badan-kesatuan-bangsa-dan-politik": 20,
      }
    `);
  });
});
