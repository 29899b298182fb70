/**
 * Writes sitemap.xml for the built site: every HTML page Astro produced
 * (whoever's route made it), listed by the pure builder in src/lib/standards/sitemap.ts.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSitemap, sitemapXml } from '../../src/lib/standards/sitemap.ts';

export async function writeSitemap(site: string): Promise<number> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${path.relative(site, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
  const sitemap = buildSitemap(files);
  await writeFile(path.join(site, 'sitemap.xml'), sitemapXml(sitemap));
  return sitemap.length;
}
