import type { APIRoute } from 'astro';
import { getBudget, getBudgetFields } from '../../data/catalog.ts';
import { budgetFiles } from '../../lib/budget/downloads.ts';

/** The whole appendix as JSON: provenance, data dictionary, totals, reconciliation and one row per sub-kegiatan. */
export const GET: APIRoute = async () =>
  new Response(budgetFiles(await getBudget(2023), await getBudgetFields()).json, { headers: { 'Content-Type': 'application/json' } });
