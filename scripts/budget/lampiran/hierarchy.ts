/**
 * Stage 4, hierarchy: every row under the row of the level above, names of
 * ancestors filled in, totals of the upper levels summed from their
 * sub-kegiatan, and the checks (parent, duplicate code, empty name).
 */
import type { BudgetLevel, BudgetMeasure, BudgetNames, BudgetRow, ParseIssue } from '../../../src/lib/budget/schema.ts';
import { LEVELS, partsOf } from './lexicon.ts';

export interface Draft {
  row: BudgetRow;
  /** Draft indexes of ancestors that were open when this row was read (by level). */
  ancestors: Partial<Record<BudgetLevel, number>>;
}

export function levelIndex(l: BudgetLevel): number {
  return LEVELS.indexOf(l);
}

export function checkHierarchy(drafts: readonly Draft[], issues: ParseIssue[]): void {
  for (const d of drafts) {
    const li = levelIndex(d.row.level);
    if (li === 0) continue;
    // Nearest open ancestor (normally the level just above).
    for (let a = li - 1; a >= 0; a--) {
      const lv = LEVELS[a];
      if (lv === undefined) continue;
      const idx = d.ancestors[lv];
      if (idx === undefined) {
        if (a >= 2) {
          issues.push({
            severity: 'error',
            kind: 'missing-parent',
            line: d.row.source_lines[0],
            message: `${d.row.level} ${d.row.code} has no ${lv} row above it in section ${d.row.section.id}`,
            code: d.row.code,
          });
          break;
        }
        continue; // urusan/bidang rows are not printed in every section
      }
      const parent = drafts[idx];
      if (parent === undefined) break;
      if (!d.row.code.startsWith(`${parent.row.code}.`)) {
        issues.push({
          severity: 'error',
          kind: 'parent-mismatch',
          line: d.row.source_lines[0],
          message: `${d.row.level} ${d.row.code} is printed under ${parent.row.level} ${parent.row.code} (line ${parent.row.source_lines[0]})`,
          code: d.row.code,
        });
      }
      break;
    }
  }
}

export function fillNames(drafts: readonly Draft[]): void {
  // Names by code from the first row printed with that code (for ancestors not printed in a section).
  const byCode = new Map<string, string>();
  for (const d of drafts) if (!byCode.has(d.row.code)) byCode.set(d.row.code, d.row.name);
  for (const d of drafts) {
    const names: BudgetNames = { urusan: null, bidang: null, program: null, kegiatan: null, subkegiatan: null };
    const parts = partsOf(d.row.code);
    const li = levelIndex(d.row.level);
    for (let a = 0; a <= li; a++) {
      const lv = LEVELS[a];
      if (lv === undefined) continue;
      if (a === li) {
        names[lv] = d.row.name;
        continue;
      }
      const idx = d.ancestors[lv];
      const anc = idx === undefined ? undefined : drafts[idx];
      names[lv] = anc?.row.name ?? byCode.get(parts.slice(0, a + 1).join('.')) ?? null;
    }
    d.row.names = names;
  }
}

export function computeTotals(drafts: readonly Draft[]): void {
  const sums = new Map<number, { t: number; r: number; n: number }>();
  for (const d of drafts) {
    if (d.row.level !== 'subkegiatan') continue;
    for (const idx of Object.values(d.ancestors)) {
      if (idx === undefined) continue;
      const s = sums.get(idx) ?? { t: 0, r: 0, n: 0 };
      s.t += d.row.target.rupiah ?? 0;
      s.r += d.row.realisation.rupiah ?? 0;
      s.n += 1;
      sums.set(idx, s);
    }
  }
  drafts.forEach((d, idx) => {
    if (d.row.level === 'subkegiatan') return;
    const s = sums.get(idx) ?? { t: 0, r: 0, n: 0 };
    const total = (v: number): BudgetMeasure => ({
      volume: null,
      unit: null,
      rupiah: v,
      rupiah_status: 'computed',
      rupiah_line: null,
      printed: '',
    });
    d.row.target = total(s.t);
    d.row.realisation = total(s.r);
    d.row.subkegiatan_count = s.n;
  });
}

export function checkDuplicates(drafts: readonly Draft[], issues: ParseIssue[]): void {
  const seen = new Map<string, Draft>();
  for (const d of drafts) {
    const key = `${d.row.section.index}|${d.row.code}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      issues.push({
        severity: 'warning',
        kind: 'duplicate-code',
        line: d.row.source_lines[0],
        message: `${d.row.level} ${d.row.code} "${d.row.name}" repeats the code of line ${prev.row.source_lines[0]} ("${prev.row.name}") in section ${d.row.section.id}`,
        code: d.row.code,
      });
    } else seen.set(key, d);
  }
}

export function checkNames(drafts: readonly Draft[], issues: ParseIssue[]): void {
  for (const d of drafts) {
    if (d.row.name === '') {
      issues.push({ severity: 'warning', kind: 'empty-name', line: d.row.source_lines[0], message: `${d.row.level} ${d.row.code} has no name`, code: d.row.code });
    }
    if (/melalui pelaksanaan/i.test(d.row.name) || /melalui pelaksanaan/i.test(d.row.indicator ?? '')) {
      issues.push({ severity: 'warning', kind: 'policy-text-in-name', line: d.row.source_lines[0], message: `policy-column text inside ${d.row.level} ${d.row.code}`, code: d.row.code });
    }
  }
}
