import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/core/security.ts';

/**
 * dist/_headers for Netlify and Cloudflare Pages, generated from src/lib/core/security.ts.
 * A dynamic route because Astro skips page files whose name starts with "_".
 */
export const getStaticPaths = (() => [{ params: { hosting: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
