/**
 * `npm run ppid:baru`: asks a PPID officer for each DIP field, in Indonesian,
 * and writes content/dip/<judul-as-slug>.yml. Prompts come from
 * @inquirer/prompts (already a dependency: accessible list choices, validation
 * while typing), with Indonesian key hints and nothing chosen in advance. Links
 * are checked as they are typed, against the same route list as `npm run periksa`;
 * files to attach are copied to public/berkas/. The answers are validated with the
 * same schema as `npm run periksa` before the file is written.
 */
import { copyFile, mkdir, writeFile, readFile } from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { styleText } from 'node:util';
import { input, select, checkbox } from '@inquirer/prompts';
import { parse } from 'yaml';
import { ROOT } from './data/build.ts';
import { routesFromFiles } from './content/routes.ts';
import { checkAttachment, checkLinkAnswer, entryYaml, slugify, uploadName } from '../src/lib/ppid/new-entry.ts';
import { UPLOAD } from '../src/lib/core/uploads.ts';
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

/** Inquirer's key hints ("↑↓ navigate • space select • ⏎ submit") in Indonesian. */
const KEY_WORDS: Record<string, string> = {
  navigate: 'pindah',
  select: 'pilih',
  all: 'pilih semua',
  invert: 'balik pilihan',
  submit: 'lanjut',
};
export const PROMPT_THEME = {
  style: {
    keysHelpTip: (keys: ReadonlyArray<[string, string]>): string =>
      keys.map(([key, action]) => `${styleText('bold', key === 'space' ? 'spasi' : key)} ${styleText('dim', KEY_WORDS[action] ?? action)}`).join(styleText('dim', ' • ')),
  },
};

type Theme = typeof PROMPT_THEME;

/** The prompt functions, injectable so tests can answer without a terminal. */
export interface Prompts {
  input(o: { message: string; default?: string; validate?: (v: string) => true | string; theme?: Theme }): Promise<string>;
  select<T extends string>(o: { message: string; choices: Array<{ name: string; value: T }>; default?: T; theme?: Theme }): Promise<T>;
  checkbox<T extends string>(o: { message: string; choices: Array<{ name: string; value: T; checked?: boolean }>; validate?: (v: readonly unknown[]) => true | string; theme?: Theme }): Promise<T[]>;
}

/** Checks made while the officer types: a link's address and target, a file to attach. */
export interface AnswerChecks {
  link(url: string): true | string;
  /** A path on the officer's computer. */
  file(localPath: string): true | string;
}

/** A file to copy into public/berkas/ when the entry is written. */
export interface Attachment {
  from: string;
  name: string;
}

export interface NewEntry {
  entry: DipEntryInput;
  attachments: Attachment[];
}

/** At most as many links and files as the schema accepts. */
const MAX_ITEMS = 20;

const required = (what: string) => (v: string) => (v.trim().length > 0 ? true : `${what} wajib diisi.`);
const atLeast = (n: number, what: string) => (v: string) => (v.trim().length >= n ? true : `${what} minimal ${n} karakter.`);
const zodCheck = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } }) => (v: string) => {
  const r = schema.safeParse(v);
  return r.success ? true : (r.error?.issues[0]?.message ?? 'isian tidak valid');
};

export async function askEntry(p: Prompts, agencies: Array<{ slug: string; name: string }>, today: string, checks: AnswerChecks = ANY): Promise<NewEntry> {
  const judul = await p.input({ message: 'Judul informasi:', validate: required('Judul') });
  const ringkasan = await p.input({ message: 'Ringkasan isi informasi (satu-dua kalimat):', validate: atLeast(30, 'Ringkasan') });
  const kategori = await p.select({
    message: 'Kategori:',
    choices: DIP_KATEGORI.map((k) => ({ name: `${k}: ${KATEGORI_LABEL[k]}`, value: k })),
    theme: PROMPT_THEME,
  });
  const subkategori = await p.input({ message: 'Subkategori (misalnya "Laporan kinerja"):', validate: required('Subkategori') });
  const instansi = await p.select({ message: 'Instansi pemilik informasi:', choices: agencies.map((a) => ({ name: a.name, value: a.slug })), theme: PROMPT_THEME });
  const pejabat_penguasa = await p.input({ message: 'Pejabat atau unit yang menguasai informasi:', validate: required('Pejabat penguasa') });
  const penanggung_jawab = await p.input({ message: 'Penanggung jawab pembuatan/penerbitan:', validate: required('Penanggung jawab') });
  const waktu_pembuatan = await p.input({ message: 'Waktu pembuatan (2024 atau 2024-03-31):', validate: zodCheck(WaktuSchema) });
  const tempat_pembuatan = await p.input({ message: 'Tempat pembuatan:', default: 'Binjai', validate: required('Tempat pembuatan') });
  // Nothing is ticked in advance: "spasi" then always means "choose this one".
  const bentuk_informasi = await p.checkbox({
    message: 'Bentuk informasi (tekan spasi pada setiap bentuk yang tersedia, lalu Enter):',
    choices: BENTUK_INFORMASI.map((b) => ({ name: b, value: b })),
    validate: (v) => (v.length > 0 ? true : 'Pilih minimal satu dengan tombol spasi, lalu tekan Enter.'),
    theme: PROMPT_THEME,
  });
  const jenis_media = await p.checkbox({
    message: 'Jenis media (tekan spasi pada setiap media tempat informasi tersedia, lalu Enter):',
    choices: JENIS_MEDIA.map((m) => ({ name: JENIS_MEDIA_LABEL[m], value: m })),
    validate: (v) => (v.length > 0 ? true : 'Pilih minimal satu dengan tombol spasi, lalu tekan Enter.'),
    theme: PROMPT_THEME,
  });
  const retensi = await p.input({ message: 'Jangka waktu penyimpanan (retensi):', default: '5 tahun', validate: required('Retensi') });
  const tautan: Array<{ judul: string; url: string }> = [];
  for (let n = 1; n <= MAX_ITEMS; n++) {
    const url = await p.input({
      message: `Alamat tautan ${n} (/data/…/ atau https://…; kosongkan untuk lanjut):`,
      validate: (v) => (v.trim() === '' ? true : checks.link(v)),
    });
    if (!url.trim()) break;
    tautan.push({ url: url.trim(), judul: await p.input({ message: `Teks tautan ${n}:`, default: n === 1 ? judul : '', validate: required('Teks tautan') }) });
  }
  const attachments: Attachment[] = [];
  const lampiran: Array<{ judul: string; berkas: string }> = [];
  for (let n = 1; n <= MAX_ITEMS; n++) {
    const from = await p.input({
      message: `Berkas untuk dilampirkan ${n} (alamat berkas ${UPLOAD.extensions.map((e) => e.toUpperCase()).join('/')} di komputer ini, paling besar ${UPLOAD.maxMegabytes} MB; kosongkan untuk lanjut):`,
      validate: (v) => (v.trim() === '' ? true : checks.file(unquote(v))),
    });
    if (!from.trim()) break;
    const name = uploadName(path.basename(unquote(from)));
    attachments.push({ from: unquote(from), name });
    lampiran.push({ berkas: `${UPLOAD.publicFolder}/${name}`, judul: await p.input({ message: `Judul berkas ${n} (misalnya "Renstra Diskominfo 2021–2026 (PDF)"):`, default: n === 1 ? judul : '', validate: required('Judul berkas') }) });
  }
  const exception =
    kategori === 'dikecualikan'
      ? {
          dasar_hukum_pengecualian: await p.input({ message: 'Dasar hukum pengecualian (misalnya UU 14/2008 Pasal 17 huruf h):', validate: required('Dasar hukum') }),
          uji_konsekuensi: await p.input({ message: 'Ringkasan uji konsekuensi:', validate: atLeast(40, 'Uji konsekuensi') }),
        }
      : {};
  const tanggal_penetapan = await p.input({ message: 'Tanggal penetapan (TTTT-BB-HH):', default: today, validate: zodCheck(IsoDateSchema) });
  const entry: DipEntryInput = {
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
    lampiran,
    ...exception,
    tanggal_penetapan,
    tanggal_pembaruan: tanggal_penetapan,
  };
  return { entry, attachments };
}

/** A path dragged into a terminal arrives quoted ('…' or "…"). */
const unquote = (v: string): string => v.trim().replace(/^(['"])(.*)\1$/, '$2');

/** Without checks (tests of the questions alone): every link and file accepted. */
const ANY: AnswerChecks = { link: () => true, file: () => true };

/** The checks `npm run periksa` makes, run as the officer types: against the portal at `root`. */
export function answerChecks(root: string): AnswerChecks {
  const routes = routesFromFiles(root);
  return {
    link: (url) => checkLinkAnswer(url, routes),
    file: (localPath) => {
      if (!existsSync(localPath) || !statSync(localPath).isFile()) return `berkas "${localPath}" tidak ditemukan di komputer ini. Tulis alamat lengkapnya, atau seret berkasnya ke jendela terminal ini.`;
      return checkAttachment(path.basename(localPath), statSync(localPath).size);
    },
  };
}

/**
 * Copies the attached files into public/berkas/ (a different file of the same name gets "-2", the
 * same file is reused) and returns the entry with the names used.
 */
export async function copyAttachments(made: NewEntry, publicDir: string): Promise<DipEntryInput> {
  entryYaml(made.entry); // refuses an invalid entry before any file is copied
  const lampiran = [...(made.entry.lampiran ?? [])];
  if (made.attachments.length > 0) await mkdir(publicDir, { recursive: true });
  for (const [i, a] of made.attachments.entries()) {
    const dot = a.name.lastIndexOf('.');
    let name = a.name;
    for (let n = 2; existsSync(path.join(publicDir, name)) && !readFileSync(path.join(publicDir, name)).equals(readFileSync(a.from)); n++) name = `${a.name.slice(0, dot)}-${n}${a.name.slice(dot)}`;
    if (!existsSync(path.join(publicDir, name))) await copyFile(a.from, path.join(publicDir, name));
    lampiran[i] = { ...lampiran[i]!, berkas: `${UPLOAD.publicFolder}/${name}` };
  }
  return { ...made.entry, lampiran };
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
  const made = await askEntry({ input, select, checkbox } as unknown as Prompts, agencies, new Date().toISOString().slice(0, 10), answerChecks(ROOT));
  const entry = await copyAttachments(made, path.join(ROOT, UPLOAD.mediaFolder));
  const full = await writeEntry(entry, path.join(ROOT, 'content/dip'));
  for (const l of entry.lampiran ?? []) console.log(`✓ Berkas disalin ke ${UPLOAD.mediaFolder}${l.berkas.slice(UPLOAD.publicFolder.length)}`);
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
