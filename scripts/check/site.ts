/**
 * Reading a built site (dist/ or any other output directory) for post-build checks.
 * Generic over whatever pages exist: nothing here names a page, so checks keep
 * covering pages added later. The checks themselves live beside this module.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

/** A problem found in the built site, in Indonesian, with the page it was found on. */
export interface SiteProblem {
  page: string;
  problem: string;
  /** For link problems: the site path that did not resolve. */
  target?: string;
}

/** Every file under `dir`, as URL-style paths ("/data/x/index.html"), sorted. */
export function listFiles(dir: string, ext?: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && (ext === undefined || e.name.endsWith(ext)))
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .sort();
}

/** "/data/x/index.html" → "/data/x/"; other files keep their name ("/404.html"). */
export function pageUrl(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** URL path → file in `dir` ("/data/x/" → dir/data/x/index.html). */
export function filePath(dir: string, urlPath: string): string {
  return path.join(dir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

/** The URL of every HTML page of the site, sorted. Pagefind's own files are not pages. */
export function htmlPages(dir: string): string[] {
  return listFiles(dir, '.html')
    .filter((f) => !f.startsWith('/pagefind/'))
    .map(pageUrl);
}

export function readPage(dir: string, urlPath: string): string {
  return readFileSync(filePath(dir, urlPath), 'utf8');
}

export function loadHtml(html: string): cheerio.CheerioAPI {
  return cheerio.load(html);
}

export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Group pages into page types by URL pattern: a page whose parent directory holds
 * at least `minSiblings` pages is one instance of a collection ("/data/*​/"); every
 * other page is a type of its own. Top-level sections are never merged, since
 * each is its own template. Types and their members are sorted.
 */
export function pageTypes(urls: readonly string[], minSiblings = 5): Map<string, string[]> {
  // Level by level: URLs whose pattern so far is the same form one family; a segment
  // becomes "*" when that family has at least `minSiblings` distinct values for it, so
  // /anggaran/<agency>/<programme>/ is one type even for agencies with few programmes.
  const items = [...urls].sort().map((u) => {
    const slash = u.endsWith('/');
    const segments = u.split('/').filter((x) => x.length > 0);
    return { url: u, slash, segments, prefix: '/' };
  });
  const depth = Math.max(0, ...items.map((i) => i.segments.length));
  for (let level = 0; level < depth; level++) {
    const distinct = new Map<string, Set<string>>();
    for (const i of items) {
      const seg = i.segments[level];
      if (seg === undefined) continue;
      const set = distinct.get(i.prefix) ?? new Set<string>();
      set.add(seg);
      distinct.set(i.prefix, set);
    }
    for (const i of items) {
      const seg = i.segments[level];
      if (seg === undefined) continue;
      const last = level === i.segments.length - 1;
      const collapse = i.prefix !== '/' && (distinct.get(i.prefix)?.size ?? 0) >= minSiblings;
      i.prefix = `${i.prefix}${collapse ? '*' : seg}${last && !i.slash ? '' : '/'}`;
    }
  }
  const types = new Map<string, string[]>();
  for (const i of items) types.set(i.prefix, [...(types.get(i.prefix) ?? []), i.url]);
  return new Map([...types.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * One representative page per type: the largest HTML file, the one most likely to
 * overflow, exceed a budget or carry an accessibility problem. Ties break by URL.
 */
export function representativePages(dir: string, urls: readonly string[] = htmlPages(dir)): Array<{ type: string; url: string }> {
  return [...pageTypes(urls).entries()].map(([type, members]) => {
    const sized = members.map((url) => ({ url, size: statSync(filePath(dir, url)).size }));
    sized.sort((a, b) => b.size - a.size || a.url.localeCompare(b.url));
    return { type, url: sized[0]!.url };
  });
}
