/**
 * Page-weight budgets on the built site, gzipped as a static host sends them.
 * A page's weight is its HTML (inline SVG charts included) plus every stylesheet,
 * script and module it loads on arrival. Images and downloads are not counted:
 * the portal's pages carry none on arrival, and downloads are fetched on request.
 */
import { EDITOR_PATH } from '../../src/lib/core/security.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveReference } from './links.ts';
import { htmlPages, isFile, loadHtml, readPage, type SiteProblem } from './site.ts';

export const KB = 1024;

/** Budgets in gzipped bytes. The first matching rule sets a page's total budget. */
export const BUDGETS = {
  /** Dataset pages: read on cheap phones; big tables are summarised, the full data is in the downloads. */
  dataset: { pattern: /^\/data\/[^/]+\/$/, total: 60 * KB },
  /** Every other page. */
  other: { total: 150 * KB },
  /** JavaScript on any page, except Pagefind's own search assets on the search page. */
  javascript: 20 * KB,
  /** Pages whose Pagefind assets do not count against the JavaScript budget. */
  searchPage: '/cari/',
} as const;

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  /** Gzipped bytes of Pagefind's own assets loaded by the page (not counted in js). */
  pagefind: number;
  total: number;
  files: string[];
}

const gzipped = new Map<string, number>();
/** Gzipped size of a file (level 9, as static hosts precompress), cached per build. */
export function gzipSize(file: string): number {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
}

/** Static imports of an ES module ("import{a}from"./x.js"", "import"./y.js""), resolved to site paths. */
function moduleImports(dir: string, sitePath: string): string[] {
  const source = readFileSync(path.join(dir, sitePath), 'utf8');
  const found = new Set<string>();
  for (const m of source.matchAll(/(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bexport\s*[\w*{}\s,$]*\s*from\s*)["']([^"']+)["']/g)) {
    const ref = resolveReference(sitePath, m[1]!);
    if (ref.path) found.add(ref.path);
  }
  return [...found];
}

export function pageWeight(dir: string, page: string): PageWeight {
  const html = readPage(dir, page);
  const $ = loadHtml(html);
  const css = new Set<string>();
  const js = new Set<string>();
  $('link[rel~="stylesheet"][href]').each((_, el) => {
    const ref = resolveReference(page, $(el).attr('href')!);
    if (ref.path) css.add(ref.path);
  });
  const queue: string[] = [];
  $('script[src], link[rel="modulepreload"][href]').each((_, el) => {
    const ref = resolveReference(page, $(el).attr('src') ?? $(el).attr('href')!);
    if (ref.path) queue.push(ref.path);
  });
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (js.has(next) || !isFile(path.join(dir, next))) continue;
    js.add(next);
    queue.push(...moduleImports(dir, next));
  }
  const sum = (paths: Iterable<string>) => [...paths].reduce((s, p) => s + (isFile(path.join(dir, p)) ? gzipSize(path.join(dir, p)) : 0), 0);
  const isPagefind = (p: string) => page === BUDGETS.searchPage && p.startsWith('/pagefind/');
  const htmlBytes = gzipSync(html, { level: 9 }).length;
  const cssBytes = sum(css);
  const jsBytes = sum([...js].filter((p) => !isPagefind(p)));
  const pagefindBytes = sum([...js].filter(isPagefind));
  return {
    page,
    html: htmlBytes,
    css: cssBytes,
    js: jsBytes,
    pagefind: pagefindBytes,
    total: htmlBytes + cssBytes + jsBytes + pagefindBytes,
    files: [...css, ...js].sort(),
  };
}

export function budgetFor(page: string): number {
  return BUDGETS.dataset.pattern.test(page) ? BUDGETS.dataset.total : BUDGETS.other.total;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function budgetProblems(w: PageWeight): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const limit = budgetFor(w.page);
  // Pagefind's assets on the search page are exempt from the JavaScript budget, not from the page total.
  const total = w.total - w.pagefind;
  if (total > limit) {
    problems.push({ page: w.page, problem: `berat halaman ${kb(total)} gzip melebihi anggaran ${kb(limit)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}); ringkas atau bagi tabel, data lengkap ada di unduhan` });
  }
  if (w.js > BUDGETS.javascript) {
    problems.push({ page: w.page, problem: `JavaScript ${kb(w.js)} gzip melebihi anggaran ${kb(BUDGETS.javascript)}` });
  }
  return problems;
}

/**
 * Pages read by the public. The browser editor (/admin/, Decap CMS, ~1.7 MB gzip of its own
 * JavaScript) is used by officers at their desks, loads nothing on any other page, and is exempt.
 */
export function checkBudgets(dir: string): { weights: PageWeight[]; problems: SiteProblem[] } {
  const weights = htmlPages(dir)
    .filter((p) => !p.startsWith(EDITOR_PATH))
    .map((p) => pageWeight(dir, p));
  return { weights, problems: weights.flatMap(budgetProblems) };
}
