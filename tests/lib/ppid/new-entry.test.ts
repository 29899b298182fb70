import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import checkbox from '@inquirer/checkbox';
import select from '@inquirer/select';
import { render } from '@inquirer/testing';
import { describe, expect, test } from 'vitest';
import { checkAttachment, entryYaml, slugify, uploadName } from '../../../src/lib/ppid/new-entry.ts';
import { parseDipFile } from '../../../src/lib/ppid/dip.ts';
import { answerChecks, askEntry, copyAttachments, writeEntry } from '../../../scripts/ppid-baru.ts';
import { ANSWERS, SECOND_LINK, scripted } from '../../fixtures/dip/scripted.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const AGENCIES = [{ slug: 'diskominfo', name: 'Diskominfo' }];

describe('npm run ppid:baru', () => {
  test('slugify makes a file name from the title', () => {
    expect(slugify('Profil & Struktur Organisasi — Dinas Pendidikan (2024)')).toBe('profil-struktur-organisasi-dinas-pendidikan-2024');
  });

  test('asks every field in Indonesian and writes a valid entry file', async () => {
    const { prompts, asked } = scripted([...ANSWERS]);
    const { entry } = await askEntry(prompts, AGENCIES, '2026-11-22');
    expect(asked[2]).toBe('Kategori:');
    expect(asked).toHaveLength(17);
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
    expect(text).not.toContain('lampiran');
    const { value, problems } = parseDipFile({ path: `content/dip/${path.basename(file)}`, text });
    expect(problems).toEqual([]);
    expect(value?.entry.tanggal_pembaruan).toBe('2026-02-02');
    // A second entry with the same title never overwrites the first.
    expect(path.basename(await writeEntry(entry, dir))).toBe('laporan-kinerja-dinas-komunikasi-dan-informatika-2025-2.yml');
  });

  test('dikecualikan asks for the legal basis and the consequence test', async () => {
    const answers = [...ANSWERS];
    answers.splice(2, 1, 'dikecualikan');
    answers.splice(16, 0, 'UU 14/2008 Pasal 17 huruf h', 'Membuka data ini mengungkap rahasia pribadi warga dan tidak menambah akuntabilitas.');
    const { prompts, asked } = scripted(answers);
    const { entry } = await askEntry(prompts, AGENCIES, '2026-11-22');
    expect(asked).toContain('Ringkasan uji konsekuensi:');
    expect(parseDipFile({ path: 'content/dip/x.yml', text: entryYaml(entry) }).problems).toEqual([]);
  });

  test('a bad date is refused while typing, in Indonesian', async () => {
    const answers = [...ANSWERS];
    answers[7] = '31-01-2026';
    const { prompts } = scripted(answers);
    await expect(askEntry(prompts, AGENCIES, '2026-11-22')).rejects.toThrow(
      'answer "31-01-2026" rejected: waktu pembuatan harus tahun (2024), tahun-bulan (2024-03), atau tanggal (2024-03-31)',
    );
  });

  test('several links, each with its text, until an empty address', async () => {
    const answers = [...ANSWERS];
    answers.splice(SECOND_LINK, 0, '/data/penduduk-2020-2023/', 'Dataset penduduk', 'https://jdih.binjaikota.go.id/', 'JDIH Kota Binjai');
    const { prompts, asked } = scripted(answers);
    const { entry } = await askEntry(prompts, AGENCIES, '2026-11-22', answerChecks(ROOT));
    expect(entry.tautan).toEqual([
      { url: '/dokumen/lkj-diskominfo-2024/', judul: 'Laporan kinerja sebelumnya' },
      { url: '/data/penduduk-2020-2023/', judul: 'Dataset penduduk' },
      { url: 'https://jdih.binjaikota.go.id/', judul: 'JDIH Kota Binjai' },
    ]);
    expect(asked).toContain('Alamat tautan 4 (/data/…/ atau https://…; kosongkan untuk lanjut):');
  });
});

describe('links are checked at the prompt, as npm run periksa checks them', () => {
  const { link } = answerChecks(ROOT);

  test('pages and documents of the portal, and https addresses, are accepted', () => {
    expect(link('/dokumen/lkj-diskominfo-2024/')).toBe(true);
    expect(link('/data/penduduk-2020-2023/')).toBe(true);
    expect(link('/ppid/dip/')).toBe(true);
    expect(link('https://ppid.binjaikota.go.id/')).toBe(true);
  });

  test('a page or file that does not exist is refused with the fix', () => {
    expect(link('/data/tidak-ada/')).toBe('"tidak-ada" tidak dikenal untuk alamat /data/…/. Salin alamat dari bilah alamat peramban saat membuka halaman itu di portal (tanpa nama situs), diakhiri garis miring "/".');
    expect(link('/ppid/dip')).toMatch(/^alamat halaman harus diakhiri garis miring "\/"\./);
    expect(link('/berkas/renstra-2021-2026.pdf')).toBe(
      'berkas /berkas/renstra-2021-2026.pdf tidak ada di public/berkas/renstra-2021-2026.pdf. Lampirkan berkasnya di pertanyaan "Berkas untuk dilampirkan" (berkasnya disalin ke public/berkas/), bukan sebagai tautan.',
    );
  });

  test('unsafe forms are refused: //host, http:, javascript:', () => {
    expect(link('//contoh.example/')).toMatch(/^alamat "\/\/contoh\.example\/" diawali dua garis miring/);
    expect(link('http://binjaikota.go.id/')).not.toBe(true);
    expect(link('javascript:alert(1)')).not.toBe(true);
  });

  test('in the flow, a missing page stops the answer with the message', async () => {
    const answers = [...ANSWERS];
    answers[12] = '/data/salah-ketik/';
    const { prompts } = scripted(answers);
    await expect(askEntry(prompts, AGENCIES, '2026-11-22', answerChecks(ROOT))).rejects.toThrow('answer "/data/salah-ketik/" rejected: "salah-ketik" tidak dikenal untuk alamat /data/…/');
  });
});

describe('attaching the document itself', () => {
  test('a PDF on the computer is copied to public/berkas/ and linked as lampiran; a different file of the same name gets -2', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'ppid-baru-berkas-'));
    const pdf = path.join(home, 'Renstra Diskominfo 2021-2026.PDF');
    writeFileSync(pdf, '%PDF-1.4 renstra');
    const answers = [...ANSWERS];
    answers.splice(SECOND_LINK + 1, 1, `'${pdf}'`, 'Renstra Diskominfo 2021–2026 (PDF)', '');
    const { prompts } = scripted(answers);
    const made = await askEntry(prompts, AGENCIES, '2026-11-22', answerChecks(ROOT));
    const publicDir = path.join(home, 'public/berkas');
    mkdirSync(publicDir, { recursive: true });
    writeFileSync(path.join(publicDir, 'renstra-diskominfo-2021-2026.pdf'), 'another file');
    const entry = await copyAttachments(made, publicDir);
    expect(entry.lampiran).toEqual([{ berkas: '/berkas/renstra-diskominfo-2021-2026-2.pdf', judul: 'Renstra Diskominfo 2021–2026 (PDF)' }]);
    expect(readFileSync(path.join(publicDir, 'renstra-diskominfo-2021-2026-2.pdf'), 'utf8')).toBe('%PDF-1.4 renstra');
    expect(entryYaml(entry)).toContain('lampiran:\n  - judul: Renstra Diskominfo 2021–2026 (PDF)\n    berkas: /berkas/renstra-diskominfo-2021-2026-2.pdf');
    // The same file again is not copied twice.
    expect((await copyAttachments(made, publicDir)).lampiran?.[0]?.berkas).toBe('/berkas/renstra-diskominfo-2021-2026-2.pdf');
  });

  test('a missing file, a program and a file over 20 MB are refused at the prompt', () => {
    const { file } = answerChecks(ROOT);
    expect(file('/tidak/ada/renstra.pdf')).toBe('berkas "/tidak/ada/renstra.pdf" tidak ditemukan di komputer ini. Tulis alamat lengkapnya, atau seret berkasnya ke jendela terminal ini.');
    expect(checkAttachment('setup.exe', 10)).toBe('berkas "setup.exe" tidak bisa dilampirkan: jenisnya harus PDF, XLSX, DOCX, ODT, ODS, CSV. Simpan dulu sebagai PDF bila perlu.');
    expect(checkAttachment('renstra.pdf', 25 * 1024 * 1024)).toBe(
      'berkas "renstra.pdf" terlalu besar (25 MB); paling besar 20 MB. Perkecil berkasnya (misalnya PDF dengan resolusi gambar lebih rendah).',
    );
    expect(checkAttachment('renstra.pdf', 20 * 1024 * 1024)).toBe(true);
    expect(uploadName('Laporan Kinerja 2024 (final).DOCX')).toBe('laporan-kinerja-2024-final.docx');
  });
});

describe('the prompts in a terminal (rendered by @inquirer/testing)', () => {
  const configsOf = async () => {
    const { prompts, configs } = scripted([...ANSWERS]);
    await askEntry(prompts, AGENCIES, '2026-11-22');
    return configs;
  };

  test('the choice lists start with nothing chosen, show Indonesian key hints, and space chooses', async () => {
    const lists = (await configsOf()).filter((c) => c.kind === 'checkbox');
    expect(lists.map((l) => l.config.message)).toEqual([
      'Bentuk informasi (tekan spasi pada setiap bentuk yang tersedia, lalu Enter):',
      'Jenis media (tekan spasi pada setiap media tempat informasi tersedia, lalu Enter):',
    ]);
    for (const { config } of lists) expect(config.choices!.filter((c) => c.checked)).toEqual([]);
    const { answer, events, getScreen } = await render(checkbox, lists[0]!.config as unknown as Parameters<typeof checkbox>[0]);
    const screen = getScreen();
    expect(screen).toContain('↑↓ pindah • spasi pilih • a pilih semua • i balik pilihan • ⏎ lanjut');
    expect(screen).not.toMatch(/navigate|select|submit|invert/);
    expect(screen).not.toContain('◉');
    events.keypress('enter');
    await Promise.resolve();
    expect(getScreen()).toContain('Pilih minimal satu dengan tombol spasi, lalu tekan Enter.');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['softcopy']);
  });

  test('a single choice (kategori) shows Indonesian key hints', async () => {
    const kategori = (await configsOf()).find((c) => c.kind === 'select')!;
    const { answer, events, getScreen } = await render(select, kategori.config as unknown as Parameters<typeof select>[0]);
    expect(getScreen()).toContain('↑↓ pindah • ⏎ pilih');
    events.keypress('enter');
    await expect(answer).resolves.toBe('berkala');
  });
});
