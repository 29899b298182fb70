import type { APIRoute } from 'astro';
import { getBudget, getBudgetFields } from '../../data/catalog.ts';
import { budgetFiles } from '../../lib/budget/downloads.ts';

/** The whole appendix, one row per sub-kegiatan (formula-safe CSV; size and SHA-256 stated on /anggaran/). */
export const GET: APIRoute = async () =>
  new Response(budgetFiles(await getBudget(2023), await getBudgetFields()).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
