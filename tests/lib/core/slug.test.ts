import { describe, expect, test } from 'vitest';
import { slugify } from '../../../src/lib/core/slug.ts';

describe('slugify: addresses are promises, so every existing form stays as it was', () => {
  test.each([
    ['Laporan Kinerja Dinas X 2024', 'laporan-kinerja-dinas-x-2024'],
    ['Binjai Utara', 'binjai-utara'],
    ['  Dinas Pekerjaan Umum & Penataan Ruang  ', 'dinas-pekerjaan-umum-penataan-ruang'],
    ['Café Légende — Tabel I.3', 'cafe-legende-tabel-i-3'],
    ['--- ', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  test("'char' (DIP file names): cut at the limit, without a trailing hyphen", () => {
    const text = 'Laporan penyelenggaraan pelayanan informasi publik pejabat pengelola informasi dan dokumentasi 2024';
    expect(slugify(text, { maxLength: 80 })).toBe('laporan-penyelenggaraan-pelayanan-informasi-publik-pejabat-pengelola-informasi-d');
    expect(slugify(text, { maxLength: 80 })).toHaveLength(80);
    expect(slugify('Aaaa bbbb', { maxLength: 5 })).toBe('aaaa');
  });

  test("'word' (document anchors): cut at the last hyphen when that keeps more than 20 characters", () => {
    const caption = 'Tabel III.24 Jumlah anak korban kekerasan yang mendapat penanganan pengaduan oleh petugas terlatih';
    expect(slugify(caption, { maxLength: 60, cut: 'word' })).toBe('tabel-iii-24-jumlah-anak-korban-kekerasan-yang-mendapat');
    // No hyphen past character 20: the cut falls where it falls.
    expect(slugify('Abcdefghijklmnopqrstuvwxyz abc', { maxLength: 24, cut: 'word' })).toBe('abcdefghijklmnopqrstuvwx');
    expect(slugify('Short caption', { maxLength: 60, cut: 'word' })).toBe('short-caption');
  });
});
