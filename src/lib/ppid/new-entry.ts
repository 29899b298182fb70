import { slugify as slugText } from '../core/slug.ts';
import { Document } from 'yaml';
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
    if (value === undefined || (Array.isArray(value) && value.length === 0 && key === 'tautan')) continue;
    ordered[key] = value;
  }
  const doc = new Document(ordered);
  for (const key of ['bentuk_informasi', 'jenis_media']) {
    const node = doc.get(key, true) as { flow?: boolean } | undefined;
    if (node) node.flow = true;
  }
  return `# ${HEADER}\n${doc.toString({ lineWidth: 100 })}`;
}
