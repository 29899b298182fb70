/**
 * Stage 2, row assembly: content lines → agency sections and one raw record per
 * printed code (urusan … sub-kegiatan), with the lines that belong to it.
 */
import { slugify } from '../../../src/lib/core/slug.ts';
import type { BudgetSection, ParseIssue } from '../../../src/lib/budget/schema.ts';
import { BIDANG_RE, CODE_RE, collapse, isUppercaseName, ROMAN_GROUP_RE, SECTION_RE, URUSAN_RE } from './lexicon.ts';
import type { Line } from './lines.ts';

export interface CodeHit {
  parts: string[];
  printed: string;
  /** Text after the code on the same line. */
  head: string;
  /** Text before the code (glued from another column), dropped. */
  prefix: string;
  punctuation: boolean;
}

export function matchCode(t: string): CodeHit | null {
  const m = CODE_RE.exec(t);
  if (m) {
    const [whole, u, b, p, k1, k2, s] = m;
    if (u === undefined || b === undefined || p === undefined) return null;
    const parts = [u, b, p];
    if (k1 !== undefined && k2 !== undefined) parts.push(`${k1}.${k2}`);
    if (s !== undefined) parts.push(s);
    const start = m.index + (whole.startsWith(' ') ? 1 : 0);
    const printed = collapse(t.slice(start, m.index + whole.length));
    return {
      parts,
      printed,
      head: t.slice(m.index + whole.length).trim(),
      prefix: t.slice(0, start).trim(),
      punctuation: /['’;]/.test(printed),
    };
  }
  const bm = BIDANG_RE.exec(t);
  if (bm && bm[1] !== undefined && bm[2] !== undefined) {
    return { parts: [bm[1], bm[2]], printed: `${bm[1]} ${bm[2]}`, head: t.slice(bm[0].length).trim(), prefix: '', punctuation: false };
  }
  const um = URUSAN_RE.exec(t);
  if (um && um[1] !== undefined) {
    return { parts: [um[1]], printed: um[1], head: t.slice(um[0].length).trim(), prefix: '', punctuation: false };
  }
  return null;
}

export interface RawRecord {
  section: BudgetSection;
  codeLine: number;
  hit: CodeHit;
  /** Lines after the code line up to the next record/section (exclusive). */
  body: Line[];
}

export interface SectionDraft {
  index: number;
  name: string;
}

export function splitRecords(lines: readonly Line[], issues: ParseIssue[]): { records: RawRecord[]; sections: BudgetSection[] } {
  const records: RawRecord[] = [];
  const sections: BudgetSection[] = [];
  let section: BudgetSection | null = null;
  let current: RawRecord | null = null;
  let inPreamble = false;

  const close = (): void => {
    if (current !== null) records.push(current);
    current = null;
  };

  let i = 0;
  // A pending remainder of a line that still has to be processed (after a section name).
  let pending: Line | null = null;
  while (pending !== null || i < lines.length) {
    let line: Line;
    if (pending !== null) {
      line = pending;
      pending = null;
    } else {
      const next = lines[i];
      i++;
      if (next === undefined) break;
      line = next;
    }
    let t = line.t;

    if (ROMAN_GROUP_RE.test(t)) {
      // "I Urusan Wajib yang …" (column 2) and its continuation lines are not data.
      close();
      inPreamble = true;
      const sm = SECTION_RE.exec(t);
      if (sm === null || sm[1] === undefined) continue;
      t = sm[1];
    }

    const sm = /^(?:DINAS|BADAN|RSUD|SATPOL|BAGIAN|SEKRETARIAT DPRD|INSPEKTORAT|BAPPEDA|KECAMATAN)\b/.test(t) ? t : null;
    if (sm !== null) {
      close();
      inPreamble = false;
      // Section name: this line (cut at a glued numbered item) plus upper-case continuation lines.
      let name = t;
      let remainder: string | null = null;
      const cut = /\s+\d/.exec(name);
      if (cut) {
        remainder = name.slice(cut.index).trim();
        name = name.slice(0, cut.index);
      } else {
        while (i < lines.length) {
          const nl = lines[i];
          if (nl === undefined || !isUppercaseName(nl.t) || /^\d/.test(nl.t)) break;
          const c2 = /\s+\d/.exec(nl.t);
          if (c2) {
            name += ` ${nl.t.slice(0, c2.index)}`;
            remainder = nl.t.slice(c2.index).trim();
            i++;
            break;
          }
          name += ` ${nl.t}`;
          i++;
        }
      }
      const draft: SectionDraft = { index: sections.length + 1, name: collapse(name) };
      section = makeSection(draft);
      sections.push(section);
      if (remainder !== null && remainder !== '') pending = { n: line.n, t: remainder };
      continue;
    }

    if (inPreamble) continue;

    const hit = matchCode(t);
    if (hit !== null && section !== null) {
      close();
      current = { section, codeLine: line.n, hit, body: [] };
      continue;
    }
    if (hit !== null && section === null) {
      issues.push({ severity: 'error', kind: 'code-outside-section', line: line.n, message: `code before any section: ${t}`, code: null });
      continue;
    }
    // Plain text: belongs to the open record (or to a section preamble when none is open).
    const cur: RawRecord | null = current;
    if (cur !== null) cur.body.push({ n: line.n, t });
  }
  close();
  return { records, sections };
}

export function makeSection(d: SectionDraft): BudgetSection {
  const base = d.name.replace(/\s+KOTA\s+BINJAI$/, '');
  const slug = slugify(base);
  return { index: d.index, name: d.name, slug, id: `${String(d.index).padStart(2, '0')}-${slug}` };
}
