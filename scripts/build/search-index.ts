/** Pagefind indexes the staged site, in Indonesian; chart SVGs are left out (their table is indexed). */
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSearch(site: string): Promise<number> {
  // Chart SVGs (axis ticks, labels) repeat the table beside them: keep them out of the index.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id', excludeSelectors: ['svg'] });
  if (!index) throw new Error(`Pagefind gagal: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind gagal membaca halaman: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
