/**
 * Stage 1, line classification: find the appendix, drop blank lines, page
 * headers/footers and the policy-column text the extractor puts at the bottom
 * of a page; what is left are the content lines, numbered as in the source.
 */
import type { ParseIssue } from '../../../src/lib/budget/schema.ts';
import { BIDANG_RE, CODE_RE, collapse, isUppercaseName, KELUARAN_RE, MONEY_RE, MONEY_SOURCE, PAGE_FURNITURE, PAGE_NUMBER_RE, POLICY_OPENER_RE, URUSAN_RE } from './lexicon.ts';

export interface Line {
  /** 1-based line number in the whole file. */
  n: number;
  /** Whitespace-collapsed text. */
  t: string;
}

export function findRange(all: readonly string[]): { first: number; last: number } | null {
  let first = -1;
  for (let i = 0; i < all.length; i++) {
    if (collapse(all[i] ?? '') !== 'LAMPIRAN I') continue;
    // The appendix starts at a "LAMPIRAN I" followed by the table header.
    for (let j = i + 1; j < Math.min(all.length, i + 6); j++) {
      if (collapse(all[j] ?? '') === 'No Urusan Pemerintahan') {
        first = i;
        break;
      }
    }
    if (first >= 0) break;
  }
  if (first < 0) return null;
  let last = all.length - 1;
  for (let i = first + 1; i < all.length; i++) {
    if (/^LAMPIRAN II\b/.test(collapse(all[i] ?? ''))) {
      last = i - 1;
      break;
    }
  }
  return { first: first + 1, last: last + 1 };
}

export function isFurniture(t: string): boolean {
  return PAGE_FURNITURE.has(t) || PAGE_NUMBER_RE.test(t);
}

/** A line that certainly belongs to the table body (not free text of the side columns). */
export function isStructural(t: string): boolean {
  MONEY_RE.lastIndex = 0;
  if (MONEY_RE.test(t)) return true;
  if (CODE_RE.test(t) || BIDANG_RE.test(t) || URUSAN_RE.test(t)) return true;
  if (t === 'persen' || KELUARAN_RE.test(t)) return true;
  if (/^(?:\d+(?:[.,]\d+)?%?|-)(?:\s|$)/.test(t)) return true;
  if (isUppercaseName(t)) return true;
  return false;
}

/**
 * Drop blank lines, page furniture, and policy-column text that the extractor
 * put at the bottom of a page (a run of free-text lines opening with a policy
 * verb and running up to the page header).
 */
export function cleanLines(all: readonly string[], first: number, last: number, issues: ParseIssue[]): Line[] {
  const raw: Line[] = [];
  for (let n = first; n <= last; n++) {
    const t = collapse(all[n - 1] ?? '');
    if (t === '' || isFurniture(t)) continue;
    raw.push({ n, t });
  }
  // Policy blocks: for each page break (furniture line after body text), look back.
  const drop = new Set<number>();
  let prevWasBody = false;
  let bodyIdx = -1; // index in raw of last body line before the current position
  let rawPos = 0;
  for (let n = first; n <= last; n++) {
    const t = collapse(all[n - 1] ?? '');
    if (t === '') continue;
    if (isFurniture(t)) {
      if (prevWasBody) {
        const start = markPolicy(raw, bodyIdx, drop);
        if (start !== null) {
          issues.push({
            severity: 'info',
            kind: 'policy-text-dropped',
            line: start.n,
            message: `policy-column text before a page break dropped: "${start.t}…"`,
            code: null,
          });
        }
      }
      prevWasBody = false;
      continue;
    }
    bodyIdx = rawPos;
    rawPos++;
    prevWasBody = true;
  }
  return raw.filter((l) => !drop.has(l.n));
}

/** Mark the policy block ending at raw[endIdx], if any; returns its first line. */
export function markPolicy(raw: readonly Line[], endIdx: number, drop: Set<number>): Line | null {
  let start = -1;
  for (let i = endIdx; i >= 0 && i > endIdx - 12; i--) {
    const l = raw[i];
    if (l === undefined || isStructural(l.t)) break;
    if (POLICY_OPENER_RE.test(l.t)) start = i;
  }
  if (start < 0) return null;
  for (let i = start; i <= endIdx; i++) {
    const l = raw[i];
    if (l !== undefined) drop.add(l.n);
  }
  return raw[start] ?? null;
}

/** Every money token in the appendix line range, in order: [line, token]. */
export function moneyTokensInAppendix(text: string): Array<{ line: number; token: string }> {
  const all = text.split(/\r?\n/);
  const range = findRange(all);
  if (range === null) return [];
  const out: Array<{ line: number; token: string }> = [];
  for (let n = range.first; n <= range.last; n++) {
    const re = new RegExp(MONEY_SOURCE, 'g');
    for (const m of (all[n - 1] ?? '').matchAll(re)) out.push({ line: n, token: m[0] });
  }
  return out;
}

/** The appendix line range [first, last] (1-based, inclusive), or null. */
export function appendixRange(text: string): [number, number] | null {
  const r = findRange(text.split(/\r?\n/));
  return r === null ? null : [r.first, r.last];
}
