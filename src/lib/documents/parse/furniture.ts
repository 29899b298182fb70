/**
 * Page furniture: running headers, footers and page numbers, found by
 * repetition next to page numbers (not by a list). See parse-document.ts, step 1.
 */
import { isSumber, matchCaption, type LineInfo } from './lines.ts';
import { normKey } from './text.ts';

export const PAGE_NUMBER_RES: readonly RegExp[] = [
  /^[A-Za-z]{2,10}\s+[IVXLC]{1,5}\s*[-–]\s*\d{1,3}$/, // BAB III-8
  /^[IVXLC]{1,5}\s*[-–]\s*\d{1,3}$/, // III-8
  /^(?:page|halaman|hal\.?|hlm\.?)\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?$/i, // Page 35
  /^[-–]\s*\d{1,3}\s*[-–]$/, // - 4 -
];
export const BARE_NUMBER_RE = /^\d{1,3}$/;

export function pageNumberKey(text: string): string {
  return normKey(text).toLowerCase().replace(/\b[ivxlc]+(?=\s*[-–]\s*#)/, 'R');
}

export function detectFurniture(infos: LineInfo[], minRepeats: number, extra: readonly RegExp[]): Set<number> {
  const n = infos.length;
  const furniture = new Set<number>();
  // Page-number lines: a known shape whose key repeats with different numbers.
  const pnGroups = new Map<string, { idx: number[]; values: Set<string> }>();
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (!info || info.blank || info.tab) continue;
    if (PAGE_NUMBER_RES.some((re) => re.test(info.text))) {
      const key = pageNumberKey(info.text);
      let g = pnGroups.get(key);
      if (!g) {
        g = { idx: [], values: new Set() };
        pnGroups.set(key, g);
      }
      g.idx.push(i);
      g.values.add(info.text.replace(/\D+/g, '.'));
    }
  }
  const pageNumber = new Set<number>();
  for (const g of pnGroups.values()) {
    if (g.idx.length >= minRepeats && g.values.size >= Math.min(3, g.idx.length)) {
      for (const i of g.idx) pageNumber.add(i);
    }
  }
  // Candidate text lines: repeated keys.
  const counts = new Map<string, number>();
  const keys: (string | undefined)[] = new Array<string | undefined>(n);
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (!info || info.blank || info.tab) continue;
    const t = info.text;
    if (!/\p{L}/u.test(t) || t.length > 120) continue;
    if (isSumber(t) || matchCaption(info)) continue;
    const k = normKey(t);
    keys[i] = k;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const isCandidate = (i: number): boolean => {
    const k = keys[i];
    return k !== undefined && (counts.get(k) ?? 0) >= minRepeats && !pageNumber.has(i);
  };
  // Clusters of candidate/page-number lines, blank lines ignored.
  const withPageNumber = new Map<string, number>();
  let cur: number[] = [];
  let curHasPn = false;
  const flush = (nextNonBlank: number | undefined): void => {
    if (cur.length > 0) {
      let touches = curHasPn;
      if (!touches && nextNonBlank !== undefined && pageNumber.has(nextNonBlank)) touches = true;
      const first = cur[0];
      if (!touches && first !== undefined) {
        for (let j = first - 1; j >= 0; j--) {
          const info = infos[j];
          if (!info || info.blank) continue;
          if (pageNumber.has(j)) touches = true;
          break;
        }
      }
      if (touches) {
        for (const i of cur) {
          const k = keys[i];
          if (k !== undefined && !pageNumber.has(i)) withPageNumber.set(k, (withPageNumber.get(k) ?? 0) + 1);
        }
      }
    }
    cur = [];
    curHasPn = false;
  };
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (!info || info.blank) continue;
    if (isCandidate(i)) cur.push(i);
    else if (pageNumber.has(i)) curHasPn = true; // page numbers join (or open) a cluster
    else flush(i);
  }
  flush(undefined);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k === undefined || !isCandidate(i)) continue;
    const touching = withPageNumber.get(k) ?? 0;
    // Most occurrences must sit next to a page number: table column headers that
    // repeat on every appendix page only occasionally touch one.
    if (touching >= minRepeats && touching / (counts.get(k) ?? 1) >= 0.5) furniture.add(i);
  }
  for (const i of pageNumber) furniture.add(i);
  // Bare page numbers ("12") next to furniture, accepted only as an increasing series.
  const bare: { i: number; v: number }[] = [];
  for (let i = 0; i < n; i++) {
    const info = infos[i];
    if (!info || info.blank || info.tab || furniture.has(i) || !BARE_NUMBER_RE.test(info.text)) continue;
    let prev = i - 1;
    while (prev >= 0 && infos[prev]?.blank) prev--;
    let next = i + 1;
    while (next < n && infos[next]?.blank) next++;
    if (furniture.has(prev) || furniture.has(next)) bare.push({ i, v: Number(info.text) });
  }
  if (bare.length >= minRepeats) {
    let increasing = 0;
    for (let k = 1; k < bare.length; k++) if ((bare[k]?.v ?? 0) > (bare[k - 1]?.v ?? 0)) increasing++;
    if (increasing / (bare.length - 1) >= 0.7) for (const b of bare) furniture.add(b.i);
  }
  if (extra.length > 0) {
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      if (info && !info.blank && extra.some((re) => re.test(info.raw.trim()))) furniture.add(i);
    }
  }
  return furniture;
}
