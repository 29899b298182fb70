import { slugify as slugText } from '../core/slug.ts';
import { Document } from 'yaml';
import { checkUrl, isInternal } from '../core/links.ts';
import { missingTarget, type SiteRoutes } from '../core/routes.ts';
import { UPLOAD } from '../core/uploads.ts';
import { DipEntrySchema, type DipEntryInput } from './schema.ts';

/**
 * Writing a new DIP entry file from an officer's answers (used by
 * `npm run ppid:baru`). The answers are validated with the same schema that
 * `npm run periksa` uses before anything is written.
 */

/** "Laporan Kinerja Dinas X 2024" → "laporan-kinerja-dinas-x-2024" (file name and address of the entry). */
export function slugify(text: string): string {
  return slugText(text, { maxLength: 80 });
}

const HEADER = 'Entri Daftar Informasi Publik. Panduan: docs/panduan-ppid.md. Periksa dengan: npm run periksa';

/** Field order as in the schema (and the guide), so every entry file reads the same way. */
const ORDER = Object.keys(DipEntrySchema.shape) as Array<keyof DipEntryInput>;

/** Serialise answers as an entry file; throws the zod error if the answers are not a valid entry. */
export function entryYaml(answers: DipEntryInput): string {
  const entry = DipEntrySchema.parse(answers);
  const ordered: Record<string, unknown> = {};
  for (const key of ORDER) {
    const value = entry[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0 && (key === 'tautan' || key === 'lampiran'))) continue;
    ordered[key] = value;
  }
  const doc = new Document(ordered);
  for (const key of ['bentuk_informasi', 'jenis_media']) {
    const node = doc.get(key, true) as { flow?: boolean } | undefined;
    if (node) node.flow = true;
  }
  return `# ${HEADER}\n${doc.toString({ lineWidth: 100 })}`;
}

/**
 * A link as the officer types it at the prompt: true, or the message periksa would give (the form
 * of the address, then whether the page or file exists), with the fix.
 */
export function checkLinkAnswer(url: string, routes: SiteRoutes): true | string {
  const bad = checkUrl(url);
  if (bad) return `${bad.message}. ${bad.hint}`;
  if (!isInternal(url.trim())) return true;
  const missing = missingTarget(url.trim(), routes);
  if (!missing) return true;
  return url.trim().startsWith('/berkas/')
    ? `${missing}. Lampirkan berkasnya di pertanyaan "Berkas untuk dilampirkan" (berkasnya disalin ke public/berkas/), bukan sebagai tautan.`
    : `${missing}. Salin alamat dari bilah alamat peramban saat membuka halaman itu di portal (tanpa nama situs), diakhiri garis miring "/".`;
}

/** Where an attached file is published: /berkas/<its name as a slug>.<extension>. */
export function uploadName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const base = slugify(dot > 0 ? fileName.slice(0, dot) : fileName) || 'berkas';
  return `${base}.${ext}`;
}

/** Why a file cannot be attached (by its name and size), or true. */
export function checkAttachment(fileName: string, bytes: number): true | string {
  const ext = fileName.includes('.') ? fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!(UPLOAD.extensions as readonly string[]).includes(ext))
    return `berkas "${fileName}" tidak bisa dilampirkan: jenisnya harus ${UPLOAD.extensions.map((e) => e.toUpperCase()).join(', ')}. Simpan dulu sebagai PDF bila perlu.`;
  if (bytes > UPLOAD.maxMegabytes * 1024 * 1024)
    return `berkas "${fileName}" terlalu besar (${(bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB); paling besar ${UPLOAD.maxMegabytes} MB. Perkecil berkasnya (misalnya PDF dengan resolusi gambar lebih rendah).`;
  return true;
}
