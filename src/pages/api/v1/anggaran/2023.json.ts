import type { APIRoute } from 'astro';
import { getBudget, getBudgetFields } from '../../../../data/catalog.ts';
import { budgetApi } from '../../../../lib/budget/downloads.ts';
import { json } from '../../../../lib/datasets/api.ts';

/** /api/v1/anggaran/2023.json — stable contract: fields may be added, never renamed or removed. */
export const GET: APIRoute = async () => new Response(json(budgetApi(await getBudget(2023), await getBudgetFields())), { headers: { 'Content-Type': 'application/json' } });
