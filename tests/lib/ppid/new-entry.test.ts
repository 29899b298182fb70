import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryYaml, slugify } from '../../../src/lib/ppid/new-entry.ts';
import { parseDipFile } from '../../../src/lib/ppid/dip.ts';
import { askEntry, writeEntry } from '../../../scripts/ppid-baru.ts';
import { ANSWERS, scripted } from '../../fixtures/dip/scripted.ts';

describe('npm run ppid:baru', () => {
  test('slugify makes a file name from the title', () => {
    expect(slugify('Profil & Struktur Organisasi — Dinas Pendidikan (2024)')).toBe('profil-struktur-organisasi-dinas-pendidikan-2024');
  });

  test('asks every field in Indonesian and writes a valid entry file', async () => {
    const { prompts, asked } = scripted([...ANSWERS]);
    const entry = await askEntry(prompts, [{ slug: 'diskominfo', name: 'Diskominfo' }], '2026-11-22');
    expect(asked[2]).toBe('Kategori:');
    expect(asked).toHaveLength(15);
    const dir = mkdtempSync(path.join(tmpdir(), 'ppid-baru-'));
    const file = await writeEntry(entry, dir);
    expect(path.basename(file)).toBe('laporan-kinerja-dinas-komunikasi-dan-informatika-2025.yml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# Entri Daftar Informasi Publik. Panduan: docs/panduan-ppid.md. Periksa dengan: npm run periksa',
      'judul: Laporan Kinerja Dinas Komunikasi dan Informatika 2025',
      'ringkasan: Capaian indikator kinerja utama dan realisasi anggaran Diskominfo tahun 2025.',
    ]);
    expect(text).toContain('bentuk_informasi: [ softcopy ]');
    const { value, problems } = parseDipFile({ path: `content/dip/${path.basename(file)}`, text });
    expect(problems).toEqual([]);
    expect(value?.entry.tanggal_pembaruan).toBe('2026-02-02');
    // A second entry with the same title never overwrites the first.
    expect(path.basename(await writeEntry(entry, dir))).toBe('laporan-kinerja-dinas-komunikasi-dan-informatika-2025-2.yml');
  });

  test('dikecualikan asks for the legal basis and the consequence test', async () => {
    const answers = [...ANSWERS];
    answers.splice(2, 1, 'dikecualikan');
    answers.splice(14, 0, 'UU 14/2008 Pasal 17 huruf h', 'Membuka data ini mengungkap rahasia pribadi warga dan tidak menambah akuntabilitas.');
    const { prompts, asked } = scripted(answers);
    const entry = await askEntry(prompts, [{ slug: 'diskominfo', name: 'Diskominfo' }], '2026-11-22');
    expect(asked).toContain('Ringkasan uji konsekuensi:');
    expect(parseDipFile({ path: 'content/dip/x.yml', text: entryYaml(entry) }).problems).toEqual([]);
  });

  test('a bad date is refused while typing, in Indonesian', async () => {
    const answers = [...ANSWERS];
    answers[7] = '31-01-2026';
    const { prompts } = scripted(answers);
    await expect(askEntry(prompts, [{ slug: 'diskominfo', name: 'Diskominfo' }], '2026-11-22')).rejects.toThrow(
      'answer "31-01-2026" rejected: waktu pembuatan harus tahun (2024), tahun-bulan (2024-03), atau tanggal (2024-03-31)',
    );
  });
});
