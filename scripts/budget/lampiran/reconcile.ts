/**
 * Reconciliation of the appendix with the LRA (Tabel I.7): the sum of every
 * sub-kegiatan against the printed belanja totals, differences stated, never hidden.
 */
import type { BudgetRow, Reconciliation } from '../../../src/lib/budget/schema.ts';

/** LRA (Tabel I.7) belanja totals for 2023, in rupiah. */
export const LRA_BELANJA_2023 = { budget: 1_038_614_999_856, realised: 823_371_381_789 } as const;

export function reconcile(rows: readonly BudgetRow[], lra: { budget: number; realised: number } = LRA_BELANJA_2023): Reconciliation {
  let t = 0;
  let r = 0;
  let n = 0;
  let tMissing = 0;
  let rMissing = 0;
  for (const row of rows) {
    if (row.level !== 'subkegiatan') continue;
    n++;
    t += row.target.rupiah ?? 0;
    r += row.realisation.rupiah ?? 0;
    if (row.target.rupiah === null) tMissing++;
    if (row.realisation.rupiah === null) rMissing++;
  }
  return {
    subkegiatan_rows: n,
    target_sum: t,
    realisation_sum: r,
    lra_budget: lra.budget,
    lra_realised: lra.realised,
    budget_difference: lra.budget - t,
    realised_difference: lra.realised - r,
    target_not_printed: tMissing,
    realisation_not_printed: rMissing,
  };
}
