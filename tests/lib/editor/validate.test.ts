import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/core/problems.ts';
import { validateEntry } from '../../../src/lib/editor/validate.ts';
import { parseDipFile } from '../../../src/lib/ppid/dip.ts';

const dipText = readFileSync(new URL('../../../content/dip/renja-bkpsdm-2025.yml', import.meta.url), 'utf8');
const dip = parse(dipText) as Record<string, unknown>;
const path = 'content/dip/renja-bkpsdm-2025.yml';

describe('the editor refuses what npm run periksa refuses, with the same message', () => {
  test('a valid entry passes', () => {
    expect(validateEntry({ collection: 'dip', path, data: dip })).toEqual([]);
  });

  test.each([
    ['a bad date', { waktu_pembuatan: '2024-02-31' }, 'waktu_pembuatan'],
    ['an unknown category', { kategori: 'rahasia' }, 'kategori'],
    ['a protocol-relative link', { tautan: [{ judul: 'x', url: '//evil.example/' }] }, 'tautan[0].url'],
    ['a missing Perki field', { pejabat_penguasa: undefined }, 'pejabat_penguasa'],
  ])('%s: the message periksa gives for the same file', (_what, change, field) => {
    const data = { ...dip, ...change };
    const editor = validateEntry({ collection: 'dip', path, data });
    expect(editor.length).toBeGreaterThan(0);
    expect(editor.map((p) => p.field)).toContain(field);
    // The same validator on the same text: identical problems, message and fix.
    const yaml = Object.entries(data).filter(([, v]) => v !== undefined);
    const periksa = parseDipFile({ path, text: stringify(Object.fromEntries(yaml), { lineWidth: 0 }) }).problems;
    expect(editor.map(formatProblem)).toEqual(periksa.map(formatProblem));
  });

  test('a bad file name (the slug of a new entry) is refused', () => {
    expect(validateEntry({ collection: 'dip', path: 'content/dip/Laporan Kinerja.yml', data: dip }).map((p) => p.message)).toContain('nama berkas "Laporan Kinerja.yml" tidak bisa dipakai sebagai alamat entri');
  });

  test('PPID pages: script in the Markdown is refused with its line', () => {
    const problems = validateEntry({ collection: 'ppid', path: 'content/ppid/profil.md', data: { judul: 'Profil', ringkasan: 'Tentang PPID.', diperbarui: '2026-12-01', penyunting: 'PPID Utama', body: 'Halo.\n\n<script>alert(1)</script>' } });
    expect(problems.map((p) => [p.line, p.message])).toEqual([[10, 'HTML <script> tidak diizinkan di halaman ini (dapat menjalankan kode di peramban pembaca)']]);
  });

  test('the service report: the same arithmetic as periksa (no more outcomes than requests)', () => {
    const problems = validateEntry({ collection: 'laporan', path: 'content/ppid/laporan-layanan.csv', data: { periode: [{ periode: '2027', permohonan: 1, dipenuhi_seluruhnya: 2, dipenuhi_sebagian: 0, ditolak: 0, alasan_penolakan: '', rata_rata_hari_kerja: null, keberatan: 0, sengketa_komisi_informasi: 0, sumber: 'Register' }] } });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.file).toBe('content/ppid/laporan-layanan.csv');
  });

  test('a dataset with an uploaded table: a letter in a number column is refused with the line and column', () => {
    const meta = parse(readFileSync(new URL('../../../data/datasets/luas-wilayah-kecamatan.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
    const slug = String(meta['slug']);
    const header = (meta['fields'] as Array<{ name: string }>).map((f) => f.name).join(',');
    const problems = validateEntry({
      collection: 'dataset',
      path: `data/datasets/${slug}.yml`,
      data: meta,
      uploadedTable: { path: 'data/raw/unggahan/luas.csv', text: `${header}\n${header.split(',').map(() => 'x1').join(',')}\n` },
    });
    expect(problems.some((p) => p.file === 'data/raw/unggahan/luas.csv' && p.line === 2 && p.column !== undefined)).toBe(true);
  });
});
