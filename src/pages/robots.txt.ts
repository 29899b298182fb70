import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/standards/sitemap.ts';

export const GET: APIRoute = () => new Response(robotsTxt(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
