import { describe, expect, test } from 'vitest';
import { checkPpidPage, parseLaporanCsv } from '../../../src/lib/ppid/content.ts';
import { formatProblem } from '../../../src/lib/core/problems.ts';

const HEADER = 'periode,permohonan,dipenuhi_seluruhnya,dipenuhi_sebagian,ditolak,alasan_penolakan,rata_rata_hari_kerja,keberatan,sengketa_komisi_informasi,sumber';
const csv = (...lines: string[]) => ({ path: 'content/ppid/laporan-layanan.csv', text: [HEADER, ...lines].join('\r\n') });

describe('editable PPID pages (content/ppid/*.md)', () => {
  const page = (fm: string) => ({ path: 'content/ppid/maklumat.md', text: `---\n${fm}\n---\n\nIsi.\n` });

  test('valid front matter', () => {
    expect(checkPpidPage(page('judul: Maklumat\nringkasan: Janji layanan.\ndiperbarui: 2026-11-22\npenyunting: PPID Utama')).problems).toEqual([]);
  });

  test('a bad date is reported on its line in the file', () => {
    const { problems } = checkPpidPage(page('judul: Maklumat\nringkasan: Janji layanan.\ndiperbarui: 2026-13-01\npenyunting: PPID Utama'));
    expect(problems.map(formatProblem)).toEqual([
      'GALAT content/ppid/maklumat.md, baris 4, kolom 13 (diperbarui)\n  Masalah: isian "diperbarui": tanggal 2026-13-01 tidak ada di kalender\n  Perbaikan: Periksa bulan (01–12) dan harinya: Februari 28 hari (29 pada tahun kabisat); April, Juni, September, dan November 30 hari.',
    ]);
  });

  test('missing front matter', () => {
    expect(checkPpidPage({ path: 'content/ppid/x.md', text: '# Judul\n' }).problems[0]?.message).toBe(
      'berkas tidak diawali front matter (bagian di antara dua baris ---)',
    );
  });
});

describe('service report CSV', () => {
  test('an empty report (header only) is valid', () => {
    expect(parseLaporanCsv(csv())).toEqual({ rows: [], problems: [] });
  });

  test('a filled period becomes a typed row; decimal comma accepted', () => {
    const { rows, problems } = parseLaporanCsv(csv('2024-S1,12,9,2,1,informasi dikecualikan (Pasal 17 huruf h): 1,"6,5",1,0,Register permohonan PPID'));
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        periode: '2024-S1',
        permohonan: 12,
        dipenuhi_seluruhnya: 9,
        dipenuhi_sebagian: 2,
        ditolak: 1,
        alasan_penolakan: 'informasi dikecualikan (Pasal 17 huruf h): 1',
        rata_rata_hari_kerja: 6.5,
        keberatan: 1,
        sengketa_komisi_informasi: 0,
        sumber: 'Register permohonan PPID',
      },
    ]);
  });

  test.each([
    ['2024,1.200,0,0,0,,,0,0,Register', 'GALAT content/ppid/laporan-layanan.csv, baris 2, kolom 2 (permohonan)\n  Masalah: "1.200" bukan bilangan bulat'],
    ['2024,5,4,0,1,,3,0,0,Register', 'GALAT content/ppid/laporan-layanan.csv, baris 2, kolom 6 (alasan_penolakan)\n  Masalah: 1 permohonan ditolak tetapi alasannya kosong'],
    ['2024,5,4,2,0,,3,0,0,Register', 'GALAT content/ppid/laporan-layanan.csv, baris 2, isian "permohonan"\n  Masalah: dipenuhi seluruhnya + sebagian + ditolak (6) lebih besar dari jumlah permohonan (5)'],
    ['Semester 1,5,5,0,0,,3,0,0,Register', 'GALAT content/ppid/laporan-layanan.csv, baris 2, kolom 1 (periode)\n  Masalah: periode ditulis 2024, 2024-S1 (semester) atau 2024-T1 (triwulan)'],
  ])('%s', (line, expected) => {
    expect(formatProblem(parseLaporanCsv(csv(line)).problems[0]!)).toContain(expected);
  });

  test('wrong header', () => {
    expect(parseLaporanCsv({ path: 'x.csv', text: 'periode,jumlah\r\n' }).problems[0]?.hint).toBe(`Baris pertama harus persis: ${HEADER}`);
  });
});
