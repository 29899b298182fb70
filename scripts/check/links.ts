/**
 * Integrity of a built site: every internal link, asset and #fragment resolves,
 * every sitemap entry exists, and every download matches the size and SHA-256
 * that the API states.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE } from '../../src/config.ts';
import { filePath, htmlPages, isFile, listFiles, loadHtml, readPage, type SiteProblem } from './site.ts';

/** Attributes holding one URL, by element (SVG <use>/<image> included). */
const URL_ATTRIBUTES: ReadonlyArray<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['video[poster]', 'poster'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
];
const SRCSET_SELECTOR = 'img[srcset], source[srcset]';
const ORIGIN = new URL(SITE.url).origin;

export interface Reference {
  page: string;
  /** As written in the page. */
  raw: string;
  /** Site-internal path and fragment, or null for external/non-HTTP references. */
  path: string | null;
  fragment: string | null;
}

/** Every URL a page refers to, resolved against the page's own URL. */
export function pageReferences(page: string, html: string): Reference[] {
  const $ = loadHtml(html);
  const raws: string[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    $(selector).each((_, el) => {
      raws.push($(el).attr(attribute) ?? '');
    });
  }
  $(SRCSET_SELECTOR).each((_, el) => {
    for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) raws.push(url);
    }
  });
  return raws.map((raw) => resolveReference(page, raw));
}

export function resolveReference(page: string, raw: string): Reference {
  const base = new URL(page, ORIGIN);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return { page, raw, path: null, fragment: null };
  }
  if (url.origin !== ORIGIN) return { page, raw, path: null, fragment: null };
  return { page, raw, path: decodeURIComponent(url.pathname), fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : null };
}

/** Ids a fragment may point to: id="" anywhere and the legacy <a name="">. */
function anchorsOf(html: string): Set<string> {
  const $ = loadHtml(html);
  const ids = new Set<string>();
  $('[id]').each((_, el) => void ids.add($(el).attr('id') ?? ''));
  $('a[name]').each((_, el) => void ids.add($(el).attr('name') ?? ''));
  return ids;
}

/** The file a site path is served from, or a problem saying why it is not served. */
function resolveFile(dir: string, p: string): { file: string } | { problem: string } {
  if (p.endsWith('/')) {
    const file = filePath(dir, p);
    return isFile(file) ? { file } : { problem: 'halaman tidak ada' };
  }
  const file = path.join(dir, p);
  if (isFile(file)) return { file };
  // trailingSlash: 'always' — /x is not /x/ on every host.
  if (isFile(path.join(file, 'index.html'))) return { problem: `tanpa garis miring akhir; tulis "${p}/"` };
  return { problem: 'berkas tidak ada' };
}

/** Broken internal links, assets and fragments on every HTML page of the site. */
export function checkLinks(dir: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const anchors = new Map<string, Set<string>>();
  const anchorsFor = (file: string): Set<string> => {
    let set = anchors.get(file);
    if (!set) {
      set = anchorsOf(readFileSync(file, 'utf8'));
      anchors.set(file, set);
    }
    return set;
  };
  for (const page of htmlPages(dir)) {
    const html = readPage(dir, page);
    for (const ref of pageReferences(page, html)) {
      if (/^\s*javascript:/i.test(ref.raw)) {
        problems.push({ page, problem: `tautan javascript: "${ref.raw}" dilarang (CSP dan keamanan)` });
        continue;
      }
      if (ref.path === null) continue;
      const found = resolveFile(dir, ref.path);
      if ('problem' in found) {
        problems.push({ page, problem: `"${ref.raw}": ${found.problem}`, target: ref.path });
        continue;
      }
      if (ref.fragment && found.file.endsWith('.html') && !anchorsFor(found.file).has(ref.fragment)) {
        problems.push({ page, problem: `"${ref.raw}": tidak ada elemen dengan id "${ref.fragment}" di ${ref.path}`, target: ref.path });
      }
    }
  }
  return problems;
}

/**
 * Split link problems into real ones and those pointing into a section that is still
 * being built on another branch: a section is pending only while the site has no page
 * at all under it, so the tolerance retires itself as soon as the section is merged.
 */
export function splitPending(
  dir: string,
  problems: readonly SiteProblem[],
  sections: readonly string[],
): { real: SiteProblem[]; pending: Map<string, number> } {
  const pages = htmlPages(dir);
  const open = sections.filter((s) => !pages.some((p) => p.startsWith(s)));
  const real: SiteProblem[] = [];
  const pending = new Map<string, number>();
  for (const p of problems) {
    const section = p.target === undefined ? undefined : open.find((s) => p.target!.startsWith(s));
    if (section === undefined) real.push(p);
    else pending.set(section, (pending.get(section) ?? 0) + 1);
  }
  return { real, pending };
}

/** Every <loc> of every sitemap*.xml in the site root exists in the site. */
export function checkSitemaps(dir: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  for (const sitemap of listFiles(dir, '.xml').filter((f) => /^\/sitemap[^/]*\.xml$/.test(f))) {
    const $ = loadHtml(readFileSync(path.join(dir, sitemap), 'utf8'));
    $('loc').each((_, el) => {
      const loc = $(el).text().trim();
      const ref = resolveReference(sitemap, loc);
      if (ref.path === null) {
        problems.push({ page: sitemap, problem: `"${loc}" bukan alamat situs ini (${ORIGIN})` });
        return;
      }
      const found = resolveFile(dir, ref.path);
      if ('problem' in found) problems.push({ page: sitemap, problem: `"${loc}": ${found.problem}` });
    });
  }
  return problems;
}

interface ApiDistribution {
  format: string;
  url: string;
  bytes: number;
  sha256: string;
}

/** Every distribution in /api/v1/datasets.json exists with the stated byte size and SHA-256. */
export function checkDistributions(dir: string): SiteProblem[] {
  const catalogueFile = path.join(dir, 'api/v1/datasets.json');
  if (!existsSync(catalogueFile)) return [{ page: '/api/v1/datasets.json', problem: 'katalog API tidak ada' }];
  const { datasets } = JSON.parse(readFileSync(catalogueFile, 'utf8')) as {
    datasets: Array<{ slug: string; distributions: ApiDistribution[] }>;
  };
  const problems: SiteProblem[] = [];
  for (const d of datasets) {
    for (const x of d.distributions) {
      const page = `/api/v1/datasets.json (${d.slug}, ${x.format})`;
      const ref = resolveReference('/', x.url);
      if (ref.path === null) {
        problems.push({ page, problem: `alamat "${x.url}" bukan alamat situs ini` });
        continue;
      }
      const file = path.join(dir, ref.path);
      if (!isFile(file)) {
        problems.push({ page, problem: `berkas ${ref.path} tidak ada` });
        continue;
      }
      const bytes = readFileSync(file);
      if (bytes.length !== x.bytes) problems.push({ page, problem: `${ref.path}: ukuran ${bytes.length} bita, API menyebut ${x.bytes}` });
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== x.sha256) problems.push({ page, problem: `${ref.path}: SHA-256 ${sha}, API menyebut ${x.sha256}` });
    }
  }
  return problems;
}

/** One problem per line, for assertion messages and the console. */
export function formatProblems(problems: readonly SiteProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `  ${p.page}: ${p.problem}`);
  if (problems.length > limit) lines.push(`  … dan ${problems.length - limit} masalah lain`);
  return lines.join('\n');
}
