import type { APIRoute } from 'astro';
import { getBudget } from '../../data/catalog.ts';
import { searchIndex } from '../../lib/budget/downloads.ts';
import { json } from '../../lib/datasets/api.ts';

/** Small client index for the in-page sub-kegiatan search (src/scripts/budget-search.ts). */
export const GET: APIRoute = async () => new Response(json(searchIndex(await getBudget(2023))), { headers: { 'Content-Type': 'application/json' } });
