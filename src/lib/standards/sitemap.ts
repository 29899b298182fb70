import { SITE } from '../../config.ts';
import { EDITOR_PATH } from '../core/security.ts';
import { SitemapSchema, type Sitemap } from './feed-schema.ts';
import { toXml } from './xml.ts';

/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt. The build runner lists the
 * HTML pages of the built site and passes their URL paths here.
 */

/** "/data/x/index.html" → "/data/x/"; the 404 page, Pagefind files and the editor are not pages to crawl. */
export function pagePath(file: string): string | null {
  if (!file.endsWith('.html') || file.startsWith('/pagefind/') || file.startsWith(EDITOR_PATH) || /^\/404(\.html|\/index\.html)$/.test(file)) return null;
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function buildSitemap(files: readonly string[]): Sitemap {
  const paths = [...new Set(files.map(pagePath).filter((p): p is string => p !== null))].sort();
  return SitemapSchema.parse(paths.map((p) => ({ loc: new URL(p, SITE.url).href })));
}

export function sitemapXml(sitemap: Sitemap): string {
  return toXml({
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      url: sitemap.map((u) => ({ loc: u.loc, ...(u.lastmod ? { lastmod: u.lastmod } : {}) })),
    },
  });
}

export function robotsTxt(): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /pagefind/', `Disallow: ${EDITOR_PATH}`, '', `Sitemap: ${new URL('/sitemap.xml', SITE.url).href}`, ''].join('\n');
}
