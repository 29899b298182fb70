/**
 * The hostile corpus (issue #20): bad files an officer (or a phished account) can write, each
 * tried on its own in one throwaway copy of the project with `npm run build`. Every case must be
 * refused — or accepted with a stated warning — with the Indonesian message naming the file (and
 * the line where there is one) and no stack trace, and must leave the published dist/ and
 * data/build/ byte-identical. Then: two builds started together, and a build interrupted.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, removeCopy, runInCopy, treeDigest } from '../../scripts/check/project-copy.ts';

type Edit = string | null | ((old: string) => string);

interface Case {
  name: string;
  /** Files to change, relative to the project root: new text, a function of the old text, or null to delete. */
  files?: Record<string, Edit>;
  /** Raw bytes to write (for encodings). */
  bytes?: Record<string, Buffer>;
  /** Folders to create. */
  dirs?: string[];
  /** Expected exit code (default 1: refused). */
  code?: number;
  /** Substrings the output must contain: the location and the message. */
  says: string[];
}

const DIP = 'content/dip/daftar-informasi-publik.yml';
const DATASET = 'data/datasets/penduduk-kecamatan-2023.yml';
const CSV = 'data/raw/lkpj-2023/tabel-i-3.csv';
const PROFIL = 'content/ppid/profil.md';
const replace = (from: string | RegExp, to: string) => (old: string) => {
  const out = old.replace(from, to);
  if (out === old) throw new Error(`korpus: "${String(from)}" tidak ditemukan`);
  return out;
};
const dipLink = (url: string) => replace('    url: /ppid/dip/', `    url: "${url}"`);
const appendProfil = (markdown: string) => (old: string) => `${old}\n${markdown}\n`;
const profilLine = (old: string) => old.split('\n').length + 1;

const CASES: Case[] = [
  // 1. Script through the PPID Markdown pages.
  ...[
    ['<script>window.__x=1</script>', 'HTML <script> tidak diizinkan'],
    ['<img src="/favicon.svg" onerror="window.__x=2">', 'atribut "onerror" pada <img> tidak diizinkan'],
    ['<svg onload="window.__x=3"></svg>', 'HTML <svg> tidak diizinkan'],
    ['<iframe src="javascript:window.__x=4"></iframe>', 'HTML <iframe> tidak diizinkan'],
    ['[klik](javascript:window.__x=5)', 'memakai skema "javascript:" yang tidak diizinkan'],
    ['[masuk](//evil.example/phish/)', 'diawali dua garis miring'],
    ['<a href="/ppid/" style="position:fixed">x</a>', 'atribut "style" pada <a> tidak diizinkan'],
    ['<form action="https://evil.example/"><input name="nik"></form>', 'HTML <form> tidak diizinkan'],
    ['[unduh](/berkas/tidak-ada.pdf)', 'berkas /berkas/tidak-ada.pdf tidak ada di public/berkas/tidak-ada.pdf'],
  ].map(([md, says]): Case => ({
    name: `Markdown PPID: ${md}`,
    files: { [PROFIL]: appendProfil(md!) },
    says: [`${PROFIL}, baris ${profilLine(readFileSync(path.join(import.meta.dirname, '../..', PROFIL), 'utf8'))}`, says!],
  })),
  // 2. DIP links: off-site, dead, traversal, any extension.
  ...[
    ['//evil.example/phish/', 'diawali dua garis miring'],
    ['/halaman-tidak-ada/', 'menuju halaman atau berkas yang tidak ada'],
    ['/../../../etc/', 'keluar dari folder situs'],
    ['/berkas/x.pdf', 'berkas /berkas/x.pdf tidak ada di public/berkas/x.pdf'],
    ['/berkas/laporan.docx', 'berkas /berkas/laporan.docx tidak ada'],
    ['/data/tidak-ada/', '"tidak-ada" tidak dikenal untuk alamat /data/…/'],
    ['/ppid/dip', 'alamat halaman harus diakhiri garis miring'],
    ['http://ppid.binjaikota.go.id/', 'memakai http:// yang tidak terenkripsi'],
    ['javascript:alert(1)', 'memakai skema "javascript:"'],
    ['data:text/html,x', 'memakai skema "data:"'],
    ['mailto:ppid@binjaikota.go.id', 'memakai skema "mailto:"'],
    ['https://user:sandi@evil.example/', 'memuat nama pengguna atau sandi'],
    ['ppid/dip/', 'tidak diawali "/" atau "https://"'],
    ['/berkas/nama berkas.pdf', 'memuat spasi'],
  ].map(([url, says]): Case => ({ name: `tautan DIP ${url}`, files: { [DIP]: dipLink(url!) }, says: [`${DIP}, baris 19`, says!] })),
  {
    name: 'tautan DIP ke halaman dinamis yang tidak dibangun (diperiksa setelah Astro)',
    files: { [DIP]: dipLink('/anggaran/99-opd-tidak-ada/') },
    says: [`${DIP}, baris 19`, 'tautan "/anggaran/99-opd-tidak-ada/" menuju halaman atau berkas yang tidak ada di situs yang dibangun', 'situs tidak diterbitkan'],
  },
  // 3. Files that passed but should not.
  {
    name: 'byte Latin-1 di CSV',
    bytes: { [CSV]: Buffer.concat([Buffer.from('no,kecamatan,penduduk,persentase,kepadatan\n1,Binjai Selatan Caf'), Buffer.from([0xe9]), Buffer.from(',"60,894",20.08%,"2,032.51"\n')]) },
    says: [`${CSV}, baris 2`, 'bukan teks UTF-8 (bita 0xE9 pada posisi', 'CSV UTF-8'],
  },
  { name: 'byte Windows-1252 di YAML dataset', bytes: { [DATASET]: Buffer.from('slug: penduduk-kecamatan-2023\ntitle: Penduduk \x93kota\x94\n', 'latin1') }, says: [`${DATASET}, baris 2`, 'bukan teks UTF-8'] },
  { name: 'judul dataset 100.000 karakter', files: { [DATASET]: replace(/^title: .*$/m, `title: ${'A'.repeat(100_000)}`) }, says: [`${DATASET}, baris 2`, 'terlalu panjang: 100.000 karakter, paling banyak 200'] },
  { name: 'judul DIP 100.000 karakter', files: { [DIP]: replace(/^judul: .*$/m, `judul: ${'B'.repeat(100_000)}`) }, says: [`${DIP}, baris 2`, 'terlalu panjang: 100.000 karakter, paling banyak 200'] },
  { name: 'waktu_pembuatan 2024-02-31', files: { [DIP]: replace(/^waktu_pembuatan: .*$/m, 'waktu_pembuatan: 2024-02-31') }, says: [`${DIP}, baris 9`, 'tanggal 2024-02-31 tidak ada di kalender'] },
  { name: 'tanggal_penetapan 2023-02-29', files: { [DIP]: replace(/^tanggal_penetapan: .*$/m, 'tanggal_penetapan: 2023-02-29') }, says: [`${DIP}, baris 22`, 'tanggal 2023-02-29 tidak ada di kalender'] },
  { name: 'indicators.yml menunjuk dataset yang tidak ada', files: { 'data/indicators.yml': replace('dataset: penduduk-2020-2023', 'dataset: penduduk-tidak-ada') }, says: ['data/indicators.yml, baris 8', 'dataset "penduduk-tidak-ada" tidak ada'] },
  { name: 'indicators.yml tidak dapat dibaca', files: { 'data/indicators.yml': (old) => `${old}\n- id: [rusak\n` }, says: ['data/indicators.yml, baris', 'YAML tidak dapat dibaca'] },
  {
    name: 'bom alias YAML di dataset',
    files: { [DATASET]: () => `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n` },
    says: [`${DATASET}, baris 1`, 'YAML memakai alias (&nama dan *nama) terlalu banyak'],
  },
  {
    name: 'bom alias YAML di DIP',
    files: { 'content/dip/bom.yml': `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n` },
    says: ['content/dip/bom.yml, baris 1', 'alias'],
  },
  { name: 'folder bernama x.yml di content/dip/', dirs: ['content/dip/x.yml'], says: ['content/dip/x.yml', 'ini sebuah folder, padahal di sini diharapkan satu berkas'] },
  { name: 'folder bernama y.yml di data/datasets/', dirs: ['data/datasets/y.yml'], says: ['data/datasets/y.yml', 'ini sebuah folder'] },
  {
    name: 'satu "file:" salah di documents.yml: satu pesan, bukan 401',
    files: { 'data/documents.yml': replace('file: lkpj-2023.txt', 'file: LKPJ 2023.pdf') },
    says: ['data/documents.yml, baris 10', 'nama berkas teks di data/sources/', '1 galat, 0 peringatan'],
  },
  { name: 'documents.yml terhapus', files: { 'data/documents.yml': null }, says: ['data/documents.yml', 'berkas ini tidak ada'] },
  { name: 'teks sumber terhapus', files: { 'data/sources/renja-bkpsdm-2025.txt': null }, says: ['data/documents.yml, baris', 'teks sumber dokumen "renja-bkpsdm-2025" (data/sources/renja-bkpsdm-2025.txt) tidak ada'] },
  { name: 'slug instansi ganda', files: { 'data/agencies.yml': (old) => `${old}\n- slug: diskominfo\n  name: Duplikat\n  short: DUP\n  kind: opd\n` }, says: ['data/agencies.yml, baris', 'instansi "diskominfo" tercatat dua kali'] },
  // Malformed CSV.
  { name: 'huruf di kolom angka', files: { [CSV]: replace('"88,364"', '"88.3a4"') }, says: [`${CSV}, baris 5, kolom 3 (penduduk)`] },
  { name: 'format Indonesia di tabel berformat Inggris', files: { [CSV]: replace('"68,376"', '"68.376"') }, says: [`${CSV}, baris 4, kolom 3 (penduduk)`, 'format Indonesia'] },
  { name: 'tanda kutip tidak ditutup', files: { [CSV]: replace('"60,894"', '"60,894') }, says: [CSV, 'baris 2'] },
  { name: 'kolom lebih', files: { [CSV]: replace('20.08%,"2,032.51"', '20.08%,"2,032.51",lebih') }, says: [`${CSV}, baris 2`] },
  { name: 'kolom wajib hilang dari judul', files: { [CSV]: replace('no,kecamatan,penduduk,persentase,kepadatan', 'no,kecamatan,penduduk,persentase') }, says: [`${CSV}, baris 1`, 'kepadatan'] },
  { name: 'CSV kosong', files: { [CSV]: '' }, says: [CSV] },
  {
    name: 'sel teks CSV 10.000 karakter',
    files: { 'data/raw/lkj-diskominfo-2024/tabel-3-7.csv': replace('1,e- Dokter,', `1,e- Dokter ${'x'.repeat(10_000)},`) },
    says: ['data/raw/lkj-diskominfo-2024/tabel-3-7.csv, baris 2, kolom 2 (aplikasi)', 'sel ini terlalu panjang: 10.010 karakter, paling banyak 6.000'],
  },
  // Dataset metadata.
  { name: 'judul dataset hilang', files: { [DATASET]: replace(/^title: .*\n/m, '') }, says: [DATASET, 'isian "title" wajib ada tetapi tidak ditemukan'] },
  { name: 'topik tidak dikenal', files: { [DATASET]: replace('topic: kependudukan', 'topic: warga') }, says: [`${DATASET}, baris`, 'topik harus salah satu dari'] },
  { name: 'penerbit tidak dikenal', files: { [DATASET]: replace('publisher: bps-binjai', 'publisher: bps-binjay') }, says: [`${DATASET}, baris`, 'penerbit "bps-binjay" tidak dikenal', 'Mungkin maksudnya "bps-binjai"?'] },
  { name: 'slug berbeda dari nama berkas', files: { [DATASET]: replace('slug: penduduk-kecamatan-2023', 'slug: penduduk-kecamatan') }, says: [`${DATASET}, baris 1`, 'tidak sama dengan nama berkas'] },
  { name: 'baris sumber di luar dokumen', files: { [DATASET]: replace('lines: [793, 815]', 'lines: [793, 99999]') }, says: [`${DATASET}, baris`, 'di luar dokumen lkpj-2023'] },
  { name: 'label tabel tidak ada di baris sumber', files: { [DATASET]: replace('table: Tabel I.3', 'table: Tabel I.9') }, says: [`${DATASET}, baris`, 'label "Tabel I.9" tidak ditemukan'] },
  { name: 'jenis grafik tidak dikenal', files: { [DATASET]: (old) => `${old}charts:\n  - type: pie\n    title: x\n` }, says: [DATASET, 'charts'] },
  { name: 'kata kunci 50 butir', files: { [DATASET]: replace(/^keywords: .*$/m, `keywords: [${Array.from({ length: 50 }, (_, i) => `k${i}`).join(', ')}]`) }, says: [DATASET, 'kata kunci terlalu banyak: paling banyak 40'] },
  { name: 'explorer.url protokol-relatif', files: { 'data/datasets/anggaran-realisasi-subkegiatan-2023.yml': replace('url: /anggaran/', 'url: //evil.example/anggaran/') }, says: ['data/datasets/anggaran-realisasi-subkegiatan-2023.yml, baris', 'diawali dua garis miring'] },
  // DIP entries.
  { name: 'isian Perki hilang (pejabat_penguasa)', files: { [DIP]: replace(/^pejabat_penguasa: .*\n/m, '') }, says: [DIP, 'isian "pejabat_penguasa" wajib ada tetapi tidak ditemukan'] },
  { name: 'kategori tidak dikenal', files: { [DIP]: replace('kategori: setiap-saat', 'kategori: rahasia') }, says: [`${DIP}, baris 14`, 'kategori harus salah satu dari'] },
  {
    name: 'dikecualikan tanpa uji konsekuensi',
    files: { [DIP]: replace('kategori: setiap-saat', 'kategori: dikecualikan\ndasar_hukum_pengecualian: UU 14/2008 Pasal 17 huruf h') },
    says: [DIP, 'wajib punya ringkasan uji konsekuensi'],
  },
  { name: 'nama berkas DIP tidak sah', files: { 'content/dip/Laporan Kinerja.yml': (old) => old, [DIP]: null }, says: ['content/dip/Laporan Kinerja.yml', 'tidak bisa dipakai sebagai alamat entri'] },
  { name: 'tanggal_pembaruan sebelum penetapan', files: { [DIP]: replace(/^tanggal_pembaruan: .*$/m, 'tanggal_pembaruan: 2020-01-01') }, says: [`${DIP}, baris 23`, 'lebih awal dari tanggal_penetapan'] },
  { name: 'instansi DIP tidak dikenal', files: { [DIP]: replace('instansi: diskominfo', 'instansi: dinas-rahasia') }, says: [`${DIP}, baris 16`, 'instansi "dinas-rahasia" tidak ada di data/agencies.yml'] },
  { name: 'tautan bukan daftar', files: { [DIP]: replace(/^tautan:\n(  .*\n)+/m, 'tautan: /ppid/dip/\n') }, says: [`${DIP}, baris 17`, 'tautan ditulis sebagai daftar'] },
  { name: 'ringkasan terlalu singkat', files: { [DIP]: replace(/^ringkasan: >-\n(  .*\n)+/m, 'ringkasan: Singkat.\n') }, says: [`${DIP}, baris 3`, 'ringkasan terlalu singkat'] },
  { name: 'YAML DIP rusak', files: { [DIP]: replace('judul: Daftar', 'judul: "Daftar') }, says: [`${DIP}, baris`, 'YAML tidak dapat dibaca'] },
  { name: 'isian DIP tidak dikenal', files: { [DIP]: (old) => `${old}warna: merah\n` }, says: [DIP, 'warna'] },
  { name: 'berkas bukan .yml di content/dip/ (diterima dengan peringatan)', files: { 'content/dip/catatan.txt': 'catatan petugas\n' }, code: 0, says: ['PERINGATAN content/dip/catatan.txt', 'bukan .yml sehingga tidak dibaca sebagai entri DIP'] },
  // PPID pages and the service report.
  { name: 'halaman PPID tanpa front matter', files: { [PROFIL]: '# Profil\n\nTeks.\n' }, says: [`${PROFIL}, baris 1`, 'tidak diawali front matter'] },
  { name: 'tanggal halaman PPID bulan 13', files: { [PROFIL]: replace(/^diperbarui: .*$/m, 'diperbarui: 2026-13-01') }, says: [`${PROFIL}, baris 4`, 'tanggal 2026-13-01 tidak ada di kalender', 'Periksa bulan (01–12)'] },
  {
    name: 'laporan layanan: judul kolom salah',
    files: { 'content/ppid/laporan-layanan.csv': 'periode,permohonan\n2024,3\n' },
    says: ['content/ppid/laporan-layanan.csv, baris 1', 'baris judul kolom tidak sesuai'],
  },
  {
    name: 'laporan layanan: huruf di kolom angka',
    files: { 'content/ppid/laporan-layanan.csv': (old) => `${old.trimEnd()}\n2024,tiga,0,0,0,,,0,0,Register PPID\n` },
    says: ['content/ppid/laporan-layanan.csv, baris 2', 'permohonan'],
  },
  // Budget appendix.
  { name: 'perbaikan manual yang tidak mengenai baris mana pun', files: { 'data/budget/fixes.yml': replace(/line: \d+/, 'line: 11') }, says: ['data/sources/lkpj-2023.txt, baris', 'perbaikan manual tidak mengenai baris mana pun'] },
  { name: 'fixes.yml rusak', files: { 'data/budget/fixes.yml': 'fixes: [\n' }, says: ['data/budget/fixes.yml, baris', 'YAML tidak dapat dibaca'] },
  // Coverage register.
  { name: 'register cakupan menyebut dataset yang tidak ada', files: { 'data/coverage/lkj-diskominfo-2024.yml': replace(/datasets: \[([a-z0-9-]+)/, 'datasets: [dataset-hantu') }, says: ['data/coverage/lkj-diskominfo-2024.yml, baris', 'dataset "dataset-hantu" tidak ada di data/datasets/'] },
];

let copy: string;
let before: { dist: Map<string, string>; data: Map<string, string> };
const snapshot = () => ({ dist: treeDigest(path.join(copy, 'dist')), data: treeDigest(path.join(copy, 'data/build')) });

beforeAll(async () => {
  copy = copyProject('portal-hostile-');
  const run = await runInCopy(copy);
  if (!run.ok) throw new Error(`build awal gagal:\n${run.output.slice(-3000)}`);
  before = snapshot();
}, 600_000);
afterAll(() => {
  if (copy) removeCopy(copy);
});

/** Applies a case, runs the build, restores every file; returns the build's exit code and output. */
async function tryCase(c: Case): Promise<{ code: number; output: string }> {
  const saved = new Map<string, Buffer | null>();
  const save = (rel: string) => {
    if (!saved.has(rel)) saved.set(rel, existsSync(path.join(copy, rel)) ? readFileSync(path.join(copy, rel)) : null);
  };
  try {
    for (const [rel, edit] of Object.entries(c.files ?? {})) {
      save(rel);
      const full = path.join(copy, rel);
      if (edit === null) rmSync(full);
      else writeFileSync(full, typeof edit === 'function' ? edit(existsSync(full) ? readFileSync(full, 'utf8') : readFileSync(path.join(copy, DIP), 'utf8')) : edit);
    }
    for (const [rel, bytes] of Object.entries(c.bytes ?? {})) {
      save(rel);
      writeFileSync(path.join(copy, rel), bytes);
    }
    for (const dir of c.dirs ?? []) mkdirSync(path.join(copy, dir, 'isi'), { recursive: true });
    const run = await runInCopy(copy);
    return { code: run.ok ? 0 : 1, output: run.output };
  } finally {
    for (const [rel, content] of saved) {
      const full = path.join(copy, rel);
      if (content === null) rmSync(full, { force: true });
      else writeFileSync(full, content);
    }
    for (const dir of c.dirs ?? []) rmSync(path.join(copy, dir), { recursive: true, force: true });
  }
}

describe('hostile corpus: every bad file is refused with the fix, and nothing is published', () => {
  test('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', { timeout: 120_000 }, async (_name, c) => {
    const { code, output } = await tryCase(c);
    expect(code, output.slice(-2000)).toBe(c.code ?? 1);
    for (const s of c.says) expect(output, `pesan yang diharapkan: ${s}`).toContain(s);
    // In Indonesian, with the fix, and never a stack trace.
    if ((c.code ?? 1) !== 0) expect(output).toMatch(/Perbaikan: \S/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/\b(TypeError|ReferenceError|SyntaxError|RangeError|Error):/);
    if ((c.code ?? 1) !== 0) {
      const after = snapshot();
      expect(after.dist.size).toBe(before.dist.size);
      expect([...after.dist].filter(([f, h]) => before.dist.get(f) !== h)).toEqual([]);
      expect([...after.data].filter(([f, h]) => before.data.get(f) !== h)).toEqual([]);
    }
    expect(readdirSync(copy).filter((n) => /\.(tmp|old)-\d+$|^\.build\.lock$/.test(n))).toEqual([]);
  });
});

/** Starts `node scripts/build.ts` in the copy; resolves with its exit code and output. */
function startBuild(onOutput?: (text: string, kill: (signal: NodeJS.Signals) => void) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: copy, env: { ...process.env, TZ: 'UTC' } });
    let output = '';
    const on = (chunk: Buffer) => {
      output += chunk.toString();
      onOutput?.(output, (signal) => child.kill(signal));
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

describe('builds that collide or are interrupted', () => {
  test('two builds started together: the second waits for the first, saying so, and both succeed', { timeout: 300_000 }, async () => {
    const [a, b] = await Promise.all([startBuild(), new Promise<void>((r) => setTimeout(r, 300)).then(() => startBuild())]);
    expect(a.code, a.output.slice(-1500)).toBe(0);
    expect(b.code, b.output.slice(-1500)).toBe(0);
    expect(`${a.output}${b.output}`).toContain('⏳ Build lain sedang berjalan di folder ini (.build.lock); menunggu sampai selesai…');
    expect(existsSync(path.join(copy, 'dist/index.html'))).toBe(true);
    expect(readdirSync(copy).filter((n) => /\.(tmp|old)-\d+$|^\.build\.lock$/.test(n))).toEqual([]);
  });

  test('a build interrupted while Astro renders (SIGINT to the build only, as a CI cancel sends) leaves nothing behind', { timeout: 300_000 }, async () => {
    const published = snapshot();
    // A change that would show: the interrupted build must not publish it, nor leave its data/build/.
    const file = path.join(copy, DATASET);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^title: .*$/m, 'title: Judul yang tidak boleh terbit'));
    try {
      let sent = false;
      const run = await startBuild((out, kill) => {
        if (!sent && out.includes('✓ Siapkan data/build/')) {
          sent = true;
          setTimeout(() => kill('SIGINT'), 1500);
        }
      });
      expect(sent).toBe(true);
      expect(run.code).toBe(130);
      expect(run.output).toContain('Pembangunan dihentikan (SIGINT); dist/ dan data/build/ yang lama tidak diubah.');
    } finally {
      writeFileSync(file, original);
    }
    // Astro, the child, is gone as well: nothing writes after the build has stopped.
    await new Promise((r) => setTimeout(r, 3000));
    expect(readdirSync(copy).filter((n) => /\.(tmp|old)-\d+$|^\.build\.lock$/.test(n))).toEqual([]);
    expect(readdirSync(path.join(copy, 'data')).filter((n) => /^build\.(tmp|old)-/.test(n))).toEqual([]);
    const after = snapshot();
    expect([...after.dist].filter(([f, h]) => published.dist.get(f) !== h)).toEqual([]);
    expect([...after.data].filter(([f, h]) => published.data.get(f) !== h)).toEqual([]);
  });
});
