import type { APIRoute } from 'astro';
import { headersFile } from '../lib/security.ts';

/** dist/_headers for Netlify and Cloudflare Pages, generated from src/lib/security.ts. */
export const GET: APIRoute = () => new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
