/**
 * `npm run ppid:baru`: asks a PPID officer for each DIP field, in Indonesian,
 * and writes content/dip/<judul-as-slug>.yml. Prompts come from
 * @inquirer/prompts (already a dependency: accessible list choices, validation
 * while typing). The answers are validated with the same schema as
 * `npm run periksa` before the file is written.
 */
import { writeFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { input, select, checkbox } from '@inquirer/prompts';
import { parse } from 'yaml';
import { ROOT } from './data/build.ts';
import { entryYaml, slugify } from '../src/lib/ppid/new-entry.ts';
import {
  BENTUK_INFORMASI,
  DIP_KATEGORI,
  JENIS_MEDIA,
  JENIS_MEDIA_LABEL,
  KATEGORI_LABEL,
  WaktuSchema,
  type DipEntryInput,
} from '../src/lib/ppid/schema.ts';
import { IsoDateSchema } from '../src/lib/core/common-schema.ts';

/** The prompt functions, injectable so tests can answer without a terminal. */
export interface Prompts {
  input(o: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  select<T extends string>(o: { message: string; choices: Array<{ name: string; value: T }>; default?: T }): Promise<T>;
  checkbox<T extends string>(o: { message: string; choices: Array<{ name: string; value: T; checked?: boolean }>; validate?: (v: readonly unknown[]) => true | string }): Promise<T[]>;
}

const required = (what: string) => (v: string) => (v.trim().length > 0 ? true : `${what} wajib diisi.`);
const atLeast = (n: number, what: string) => (v: string) => (v.trim().length >= n ? true : `${what} minimal ${n} karakter.`);
const zodCheck = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } }) => (v: string) => {
  const r = schema.safeParse(v);
  return r.success ? true : (r.error?.issues[0]?.message ?? 'isian tidak valid');
};

export async function askEntry(p: Prompts, agencies: Array<{ slug: string; name: string }>, today: string): Promise<DipEntryInput> {
  const judul = await p.input({ message: 'Judul informasi:', validate: required('Judul') });
  const ringkasan = await p.input({ message: 'Ringkasan isi informasi (satu-dua kalimat):', validate: atLeast(30, 'Ringkasan') });
  const kategori = await p.select({
    message: 'Kategori:',
    choices: DIP_KATEGORI.map((k) => ({ name: `${k}: ${KATEGORI_LABEL[k]}`, value: k })),
  });
  const subkategori = await p.input({ message: 'Subkategori (misalnya "Laporan kinerja"):', validate: required('Subkategori') });
  const instansi = await p.select({ message: 'Instansi pemilik informasi:', choices: agencies.map((a) => ({ name: a.name, value: a.slug })) });
  const pejabat_penguasa = await p.input({ message: 'Pejabat atau unit yang menguasai informasi:', validate: required('Pejabat penguasa') });
  const penanggung_jawab = await p.input({ message: 'Penanggung jawab pembuatan/penerbitan:', validate: required('Penanggung jawab') });
  const waktu_pembuatan = await p.input({ message: 'Waktu pembuatan (2024 atau 2024-03-31):', validate: zodCheck(WaktuSchema) });
  const tempat_pembuatan = await p.input({ message: 'Tempat pembuatan:', default: 'Binjai', validate: required('Tempat pembuatan') });
  const bentuk_informasi = await p.checkbox({
    message: 'Bentuk informasi (spasi untuk memilih):',
    choices: BENTUK_INFORMASI.map((b) => ({ name: b, value: b, checked: b === 'softcopy' })),
    validate: (v) => (v.length > 0 ? true : 'Pilih minimal satu.'),
  });
  const jenis_media = await p.checkbox({
    message: 'Jenis media (spasi untuk memilih):',
    choices: JENIS_MEDIA.map((m) => ({ name: JENIS_MEDIA_LABEL[m], value: m, checked: m === 'situs-web' })),
    validate: (v) => (v.length > 0 ? true : 'Pilih minimal satu.'),
  });
  const retensi = await p.input({ message: 'Jangka waktu penyimpanan (retensi):', default: '5 tahun', validate: required('Retensi') });
  const url = await p.input({ message: 'Alamat tautan (/data/…/ atau https://…; kosongkan bila tidak ada):' });
  const tautan = url.trim() ? [{ judul: await p.input({ message: 'Teks tautan:', default: judul }), url: url.trim() }] : [];
  const exception =
    kategori === 'dikecualikan'
      ? {
          dasar_hukum_pengecualian: await p.input({ message: 'Dasar hukum pengecualian (misalnya UU 14/2008 Pasal 17 huruf h):', validate: required('Dasar hukum') }),
          uji_konsekuensi: await p.input({ message: 'Ringkasan uji konsekuensi:', validate: atLeast(40, 'Uji konsekuensi') }),
        }
      : {};
  const tanggal_penetapan = await p.input({ message: 'Tanggal penetapan (TTTT-BB-HH):', default: today, validate: zodCheck(IsoDateSchema) });
  return {
    judul,
    ringkasan,
    pejabat_penguasa,
    penanggung_jawab,
    waktu_pembuatan,
    tempat_pembuatan,
    bentuk_informasi,
    retensi,
    jenis_media,
    kategori,
    subkategori,
    instansi,
    tautan,
    ...exception,
    tanggal_penetapan,
    tanggal_pembaruan: tanggal_penetapan,
  };
}

/** Writes the entry and returns its repository path; never overwrites an existing file. */
export async function writeEntry(entry: DipEntryInput, dir: string): Promise<string> {
  const base = slugify(entry.judul) || 'entri-dip';
  let name = `${base}.yml`;
  for (let i = 2; existsSync(path.join(dir, name)); i++) name = `${base}-${i}.yml`;
  const full = path.join(dir, name);
  await writeFile(full, entryYaml(entry), { flag: 'wx' });
  return full;
}

async function main(): Promise<void> {
  const agencies = parse(await readFile(path.join(ROOT, 'data/agencies.yml'), 'utf8')) as Array<{ slug: string; name: string }>;
  console.log('Entri baru Daftar Informasi Publik. Tekan Ctrl+C untuk batal.\n');
  // Today's date is only a suggested default the officer confirms; it never reaches build output.
  const entry = await askEntry({ input, select, checkbox } as unknown as Prompts, agencies, new Date().toISOString().slice(0, 10));
  const full = await writeEntry(entry, path.join(ROOT, 'content/dip'));
  console.log(`\n✓ Entri ditulis ke ${path.relative(ROOT, full)}.`);
  console.log('Langkah berikutnya: periksa isinya, lalu jalankan "npm run periksa".');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    if (e instanceof Error && e.name === 'ExitPromptError') {
      console.log('\nDibatalkan; tidak ada berkas yang ditulis.');
      return;
    }
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
