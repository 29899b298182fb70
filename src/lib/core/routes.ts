/**
 * Which internal addresses the site will have, known before it is built: the static pages and
 * endpoints of src/pages/, the files of public/, and the dynamic routes ([slug]) with the values
 * that are known from the data (dataset slugs, document ids, agency slugs). `npm run periksa` uses
 * this to refuse a link to a page or file that will not exist; after Astro has rendered the site
 * the build checks every officer-written link against the real files (scripts/check/officer-links.ts).
 */
import { siteFileOf } from './links.ts';

export interface RoutePattern {
  /** "/data/[slug]/" */
  route: string;
  regex: RegExp;
  params: string[];
}

export interface SiteRoutes {
  /** Site files of static pages, endpoints and public/ files: "/ppid/index.html", "/data.json". */
  files: ReadonlySet<string>;
  patterns: readonly RoutePattern[];
  /** Known values of a route's first parameter, e.g. "/data/[slug]/" → dataset slugs. */
  known: ReadonlyMap<string, ReadonlySet<string>>;
}

/** "src/pages/data/[slug]/index.astro" → "/data/[slug]/"; endpoints keep their file name. */
export function routeOfPage(pagePath: string): string | undefined {
  const rel = pagePath.replace(/^src\/pages\//, '');
  if (rel.split('/').some((part) => part.startsWith('_'))) return undefined;
  if (rel.endsWith('.astro')) {
    const route = `/${rel.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}`;
    return route.endsWith('/') ? route : `${route}/`;
  }
  if (rel.endsWith('.ts')) return `/${rel.replace(/\.ts$/, '')}`;
  return undefined;
}

export function patternOf(route: string): RoutePattern {
  const params: string[] = [];
  const source = route
    .split(/(\[[^\]]+\])/)
    .map((part) => {
      const m = /^\[([^\]]+)\]$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(m[1] ?? '');
      return '([^/]+)';
    })
    .join('');
  return { route, regex: new RegExp(`^${source}$`), params };
}

export function siteRoutes(pageFiles: readonly string[], publicFiles: readonly string[], known: ReadonlyMap<string, ReadonlySet<string>>): SiteRoutes {
  const files = new Set<string>(publicFiles.map((f) => `/${f}`));
  const patterns: RoutePattern[] = [];
  for (const page of pageFiles) {
    const route = routeOfPage(page);
    if (route === undefined) continue;
    if (route.includes('[')) patterns.push(patternOf(route));
    else files.add(siteFileOf(route));
  }
  return { files, patterns, known };
}

/** Why an internal URL will not resolve, or undefined when it will (or can only be known after the build). */
export function missingTarget(url: string, routes: SiteRoutes): string | undefined {
  const file = siteFileOf(url);
  if (routes.files.has(file)) return undefined;
  const path = (url.split('#')[0] ?? url).split('?')[0] ?? url;
  for (const p of routes.patterns) {
    const m = p.regex.exec(path);
    if (!m) continue;
    const values = routes.known.get(p.route);
    const first = m[1] ?? '';
    if (values && !values.has(first)) return `"${first}" tidak dikenal untuk alamat ${p.route.replace(/\[[^\]]+\]/, '…')}`;
    return undefined;
  }
  if (!path.endsWith('/') && !/\.[A-Za-z0-9]+$/.test(path) && routes.files.has(`${path}/index.html`)) return 'alamat halaman harus diakhiri garis miring "/"';
  if (/^\/berkas\//.test(path)) return `berkas ${path} tidak ada di public${path}`;
  return 'halaman atau berkas itu tidak ada di portal';
}

/**
 * Header rules for every top-level entry of the site: "/data/*" for a folder, "/data.json" for a
 * file. `extra` names what the build adds besides pages and public/ ("_astro/", "sitemap.xml").
 */
export function topLevelEntries(pageFiles: readonly string[], publicFiles: readonly string[], extra: readonly string[] = []): string[] {
  const entries = new Set<string>();
  const add = (path: string) => {
    const [first, ...rest] = path.replace(/^\//, '').split('/');
    if (!first) return;
    const name = first.includes('[') ? undefined : first;
    if (name === undefined) return;
    entries.add(rest.length > 0 || path.endsWith('/') ? `/${name}/*` : `/${name}`);
  };
  for (const page of pageFiles) {
    const route = routeOfPage(page);
    if (route === undefined) continue;
    // The root page is "/" (its own rule) and "/index.html"; "[hosting]" (the headers file) is not served.
    if (route === '/') entries.add('/index.html');
    else if (!route.startsWith('/[')) add(route === '/404/' ? '/404.html' : route);
  }
  for (const file of publicFiles) add(file);
  for (const e of extra) add(e);
  return [...entries].sort();
}
