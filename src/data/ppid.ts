import { getCollection, getEntry } from 'astro:content';
import { getAgencies, getDatasets, getDocuments } from './catalog.ts';
import { buildDip } from '../lib/ppid/dip.ts';
import type { DipRow, LaporanRow } from '../lib/ppid/schema.ts';

/** Shared data access for the /ppid/ pages (files starting with _ are not routes). */
let cached: Promise<DipRow[]> | undefined;

export function getDip(): Promise<DipRow[]> {
  cached ??= (async () => {
    const files = (await getCollection('dip')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
    const [datasets, documents, agencies, uploads] = await Promise.all([getDatasets(), getDocuments(), getAgencies(), getEntry('berkas', 'berkas')]);
    return buildDip(files, datasets, documents, agencies, new Map(Object.entries(uploads?.data.files ?? {})));
  })();
  return cached;
}

/** An editable prose page from content/ppid/<id>.md, with its body rendered by the sanitising renderer. */
export async function getPpidPage(id: 'profil' | 'maklumat' | 'standar-layanan') {
  const entry = await getEntry('ppid', id);
  if (!entry) throw new Error(`content/ppid/${id}.md tidak ditemukan: berkas ini wajib ada (lihat docs/panduan-ppid.md).`);
  const { id: _id, html, ...data } = entry.data;
  return { data, html, file: `content/ppid/${id}.md` };
}

export async function getLaporan(): Promise<LaporanRow[]> {
  const entry = await getEntry('ppidLaporan', 'laporan');
  return [...(entry?.data.rows ?? [])].sort((a, b) => a.periode.localeCompare(b.periode));
}
