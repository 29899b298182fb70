/**
 * Deterministic parser for Lampiran I of the LKPJ Wali Kota Binjai 2023
 * ("Capaian Pelaksanaan Program dan Kegiatan Tahun 2023"), from the plain text
 * extracted from the PDF (data/sources/lkpj-2023.txt).
 *
 * Pure: no I/O, no clock, no randomness. The same text and fixes always give
 * the same rows and issues, in source order. See docs/anggaran-parser.md for
 * the format, the quirks and how each one is handled.
 *
 * The parser is a pipeline of stages in ./lampiran/, each a module with its own tests:
 *   lexicon.ts    what amounts, codes, headers and labels look like
 *   lines.ts      stage 1: the appendix range, page furniture and policy text dropped
 *   records.ts    stage 2: sections and one raw record per printed code
 *   rows.ts       stage 3: record → row (fixes.ts, names.ts, amounts.ts)
 *   hierarchy.ts  stage 4: parents, names, totals and checks
 *   reconcile.ts  the appendix against the LRA totals
 */
import type { BudgetLevel, BudgetRow, ManualFix, ParseIssue } from '../../src/lib/budget/schema.ts';
import { checkDuplicates, checkHierarchy, checkNames, computeTotals, fillNames, levelIndex, type Draft } from './lampiran/hierarchy.ts';
import { LEVELS } from './lampiran/lexicon.ts';
import { cleanLines, findRange } from './lampiran/lines.ts';
import { splitRecords } from './lampiran/records.ts';
import { recordRow } from './lampiran/rows.ts';

export type { BudgetRow, ManualFix, ParseIssue, Reconciliation } from '../../src/lib/budget/schema.ts';
export { MONEY_RE, MONEY_SOURCE, parseMoney } from './lampiran/lexicon.ts';
export { appendixRange, moneyTokensInAppendix } from './lampiran/lines.ts';
export { LRA_BELANJA_2023, reconcile } from './lampiran/reconcile.ts';

export interface LampiranParse {
  rows: BudgetRow[];
  issues: ParseIssue[];
}

export function parseLampiranI(text: string, fixes: readonly ManualFix[]): LampiranParse {
  const issues: ParseIssue[] = [];
  const all = text.split(/\r?\n/);
  const range = findRange(all);
  if (range === null) {
    issues.push({ severity: 'error', kind: 'appendix-not-found', line: 1, message: 'no "LAMPIRAN I" followed by the table header', code: null });
    return { rows: [], issues };
  }
  const lines = cleanLines(all, range.first, range.last, issues);
  const { records } = splitRecords(lines, issues);
  const usedFixes = new Set<string>();

  const drafts: Draft[] = [];
  let open: Partial<Record<BudgetLevel, number>> = {};
  let openSection = -1;

  for (const rec of records) {
    if (rec.section.index !== openSection) {
      open = {};
      openSection = rec.section.index;
    }
    const row = recordRow(rec, fixes, usedFixes, issues);
    const level = row.level;

    // Hierarchy bookkeeping.
    const li = levelIndex(level);
    const ancestors: Partial<Record<BudgetLevel, number>> = {};
    for (let a = 0; a < li; a++) {
      const lv = LEVELS[a];
      if (lv === undefined) continue;
      const idx = open[lv];
      if (idx !== undefined) ancestors[lv] = idx;
    }
    drafts.push({ row, ancestors });
    open[level] = drafts.length - 1;
    for (let d = li + 1; d < LEVELS.length; d++) {
      const lv = LEVELS[d];
      if (lv !== undefined) delete open[lv];
    }
  }

  for (const f of fixes) {
    if (!usedFixes.has(f.id)) {
      issues.push({ severity: 'error', kind: 'fix-not-applied', line: f.line, message: `manual fix "${f.id}" matched no row`, code: null });
    }
  }

  checkHierarchy(drafts, issues);
  fillNames(drafts);
  computeTotals(drafts);
  checkDuplicates(drafts, issues);
  checkNames(drafts, issues);

  return { rows: drafts.map((d) => d.row), issues: issues.sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind)) };
}
