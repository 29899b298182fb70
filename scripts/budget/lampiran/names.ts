/**
 * Names and indicators: the descriptive text of a record split into its name
 * and its output indicator ("Keluaran/Output :"), with column bleed cut off.
 */
import { collapse, GLUED_ITEM_RE, GLUED_PROGRAM_RE, isUppercaseName, joinWrapped, KELUARAN_RE, POLICY_OPENER_RE, UNLABELLED_INDICATOR_RE, UNLABELLED_INLINE_RE } from './lexicon.ts';
import type { Segment } from './amounts.ts';
import type { Line } from './lines.ts';
import type { RawRecord } from './records.ts';

export interface Described {
  name: string;
  indicator: string | null;
  quirks: string[];
}

/** Split descriptive text (name lines, then indicator lines) at the "Keluaran/Output :" label. */
export function describe(parts: readonly Segment[]): Described {
  const quirks: string[] = [];
  const split = (idx: number, at: number, skip: number): Described => {
    const nameParts = parts.slice(0, idx).map((p) => p.t);
    const cur = parts[idx]?.t ?? '';
    nameParts.push(cur.slice(0, at));
    const indParts = [cur.slice(at + skip), ...parts.slice(idx + 1).map((p) => p.t)];
    const indicator = joinWrapped(indParts);
    return { name: joinWrapped(nameParts), indicator: indicator === '' ? null : indicator, quirks };
  };
  for (let i = 0; i < parts.length; i++) {
    const m = KELUARAN_RE.exec(parts[i]?.t ?? '');
    if (m) return split(i, m.index, m[0].length);
  }
  quirks.push('indicator-unlabelled');
  for (let i = 1; i < parts.length; i++) {
    if (UNLABELLED_INDICATOR_RE.test(parts[i]?.t ?? '')) return split(i, 0, 0);
  }
  for (let i = 0; i < parts.length; i++) {
    const m = UNLABELLED_INLINE_RE.exec(parts[i]?.t ?? '');
    if (m) return split(i, m.index, 1);
  }
  quirks.pop();
  return { name: joinWrapped(parts.map((p) => p.t)), indicator: null, quirks };
}

/** Name of an urusan/bidang/program row: the head (cut at a glued item) plus upper-case continuation lines. */
export function upperName(head: string, body: readonly Line[]): { name: string; quirks: string[] } {
  const quirks: string[] = [];
  const cut = GLUED_ITEM_RE.exec(` ${head}`);
  if (cut) {
    quirks.push('glued-column-text-dropped');
    return { name: collapse(` ${head}`.slice(0, cut.index)), quirks };
  }
  const parts = [head];
  for (const l of body) {
    if (/^\d/.test(l.t) || !isUppercaseName(l.t)) break;
    const c = GLUED_ITEM_RE.exec(` ${l.t}`);
    if (c) {
      parts.push(` ${l.t}`.slice(0, c.index));
      quirks.push('glued-column-text-dropped');
      break;
    }
    parts.push(l.t);
  }
  return { name: joinWrapped(parts), quirks };
}

/** Name of a kegiatan row: head (cut at a glued "N PROGRAM") plus mixed-case continuation lines. */
export function kegiatanName(head: string, body: readonly Line[]): Described {
  const quirks: string[] = [];
  const cut = GLUED_PROGRAM_RE.exec(` ${head}`);
  if (cut) {
    quirks.push('glued-column-text-dropped');
    return { ...describe([{ n: 0, t: collapse(` ${head}`.slice(0, cut.index)) }]), quirks };
  }
  const parts: Segment[] = [{ n: 0, t: head }];
  for (const l of body) {
    if (/^\d/.test(l.t)) break;
    if (POLICY_OPENER_RE.test(l.t)) {
      quirks.push('policy-text-dropped');
      break;
    }
    parts.push(l);
  }
  const d = describe(parts);
  return { ...d, quirks: [...quirks, ...d.quirks] };
}

export function countNameLines(body: readonly Line[]): number {
  let n = 0;
  for (const l of body) {
    if (/^\d/.test(l.t) || !isUppercaseName(l.t)) break;
    n++;
    if (GLUED_ITEM_RE.test(` ${l.t}`)) break;
  }
  return n;
}

export function lastDescriptiveLine(rec: RawRecord): number {
  let last = rec.codeLine;
  if (GLUED_PROGRAM_RE.test(` ${rec.hit.head}`)) return last;
  for (const l of rec.body) {
    if (/^\d/.test(l.t) || POLICY_OPENER_RE.test(l.t)) break;
    last = l.n;
  }
  return last;
}
