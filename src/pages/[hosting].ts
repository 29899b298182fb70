import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/core/security.ts';
import { topLevelEntries } from '../lib/core/routes.ts';

/**
 * dist/_headers for Netlify and Cloudflare Pages, generated from src/lib/core/security.ts.
 * A dynamic route because Astro skips page files whose name starts with "_". The site's top-level
 * entries come from the page files and public/ at compile time (import.meta.glob, no file I/O).
 */
export const getStaticPaths = (() => [{ params: { hosting: '_headers' } }]) satisfies GetStaticPaths;

const pages = Object.keys(import.meta.glob('./**/*.{astro,ts}')).map((p) => `src/pages/${p.slice(2)}`);
const publicFiles = Object.keys(import.meta.glob('/public/**/*')).map((p) => p.replace(/^\/public\//, ''));

export const GET: APIRoute = () =>
  new Response(headersFile(topLevelEntries(pages, publicFiles, ['_astro/', 'pagefind/', 'sitemap.xml'])), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
