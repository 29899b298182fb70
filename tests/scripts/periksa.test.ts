import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { askEntry, writeEntry } from '../../scripts/ppid-baru.ts';
import { ANSWERS, scripted } from '../fixtures/dip/scripted.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A copy of content/ that tests can break without touching the real files. */
function contentCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'periksa-'));
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

function periksa(contentDir: string) {
  const r = spawnSync(process.execPath, ['scripts/periksa.ts', '--konten', contentDir], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each run spawns the full check (data pipeline included): allow time on slow machines.
describe('npm run periksa', { timeout: 90_000 }, () => {
  test('the real content passes with a friendly summary', () => {
    const dir = contentCopy();
    const entries = readdirSync(path.join(dir, 'dip')).length;
    const { code, out } = periksa(dir);
    expect(code).toBe(0);
    expect(out).toMatch(/^✓ Semua berkas lolos pemeriksaan\.\n/);
    expect(out).toMatch(new RegExp(`  ${entries} entri DIP tulisan petugas \\+ \\d+ entri DIP dari dataset = \\d+ entri\\n`));
    expect(out).toContain('  3 halaman PPID dan 0 periode laporan layanan\n');
  });

  test('a broken entry (missing field, unknown category, bad date) exits non-zero with exact messages', () => {
    const dir = contentCopy();
    const file = path.join(dir, 'dip', 'rusak.yml');
    writeFileSync(
      file,
      [
        'ringkasan: Ringkasan yang cukup panjang untuk lolos batas minimal tiga puluh karakter.',
        'pejabat_penguasa: PPID Utama Kota Binjai',
        'penanggung_jawab: Atasan PPID',
        'waktu_pembuatan: 2024',
        'tempat_pembuatan: Binjai',
        'bentuk_informasi: [softcopy]',
        'retensi: 5 tahun',
        'jenis_media: [situs-web]',
        'kategori: rahasia',
        'subkategori: Contoh',
        'instansi: diskominfo',
        'tanggal_penetapan: 2024-02-30',
        'tanggal_pembaruan: 2024-03-01',
        '',
      ].join('\n'),
    );
    const { code, out } = periksa(dir);
    expect(code).toBe(1);
    expect(out).toBe(
      [
        `GALAT ${file}, baris 1, kolom 1 (judul)`,
        '  Masalah: isian "judul" wajib ada tetapi tidak ditemukan',
        '  Perbaikan: Tambahkan isian "judul" (lihat contoh di docs/panduan-ppid.md).',
        '',
        `GALAT ${file}, baris 9, kolom 11 (kategori)`,
        '  Masalah: isian "kategori": kategori harus salah satu dari: berkala, serta-merta, setiap-saat, dikecualikan',
        '  Perbaikan: Tulis salah satu dari: berkala, serta-merta, setiap-saat, dikecualikan (huruf kecil, dengan tanda hubung).',
        '',
        `GALAT ${file}, baris 12, kolom 20 (tanggal_penetapan)`,
        '  Masalah: isian "tanggal_penetapan": tanggal 2024-02-30 tidak ada di kalender',
        '  Perbaikan: Tulis tanggal yang ada di kalender dengan format TTTT-BB-HH, contoh 2024-03-31.',
        '',
        '3 galat, 0 peringatan. Tidak ada yang diterbitkan; perbaiki galat di atas lalu jalankan lagi.',
        '',
      ].join('\n'),
    );
  });

  test('an entry written by ppid:baru passes', async () => {
    const dir = contentCopy();
    const { prompts } = scripted([...ANSWERS]);
    await writeEntry((await askEntry(prompts, [{ slug: 'diskominfo', name: 'Diskominfo' }], '2026-11-22')).entry, path.join(dir, 'dip'));
    const { code, out } = periksa(dir);
    expect(out).toMatch(/^✓ Semua berkas lolos pemeriksaan\./);
    expect(code).toBe(0);
  });

  test('a broken report CSV and a page without front matter are reported too', () => {
    const dir = contentCopy();
    writeFileSync(path.join(dir, 'ppid', 'laporan-layanan.csv'), `${'periode,permohonan,dipenuhi_seluruhnya,dipenuhi_sebagian,ditolak,alasan_penolakan,rata_rata_hari_kerja,keberatan,sengketa_komisi_informasi,sumber'}\r\n2024,x,0,0,0,,,0,0,Register\r\n`);
    mkdirSync(path.join(dir, 'ppid'), { recursive: true });
    writeFileSync(path.join(dir, 'ppid', 'catatan.md'), '# Tanpa front matter\n');
    const { code, out } = periksa(dir);
    expect(code).toBe(1);
    expect(out).toContain(`GALAT ${path.join(dir, 'ppid', 'catatan.md')}, baris 1\n  Masalah: berkas tidak diawali front matter`);
    expect(out).toContain(`GALAT ${path.join(dir, 'ppid', 'laporan-layanan.csv')}, baris 2, kolom 2 (permohonan)\n  Masalah: "x" bukan bilangan bulat`);
  });
});
