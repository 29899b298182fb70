/**
 * Record → row: the code (after manual fixes and the level the name demands),
 * the name and indicator, and for a sub-kegiatan its amounts, the meaning of its
 * realisation volume and the issues found on the way.
 */
import type { BudgetRow, ManualFix, ParseIssue, RealisationVolumeKind } from '../../../src/lib/budget/schema.ts';
import { checkPercentage, emptyMeasure, parseValues, tokenize, type Segment } from './amounts.ts';
import { applyFixes } from './fixes.ts';
import { GLUED_ITEM_RE, GLUED_PROGRAM_RE, levelOfParts, partsOf, PERCENT_UNIT_RE, POLICY_OPENER_RE } from './lexicon.ts';
import { countNameLines, describe, kegiatanName, lastDescriptiveLine, upperName } from './names.ts';
import type { RawRecord } from './records.ts';

/** The row of one record; manual fixes it applies are added to `usedFixes`. */
export function recordRow(rec: RawRecord, fixes: readonly ManualFix[], usedFixes: Set<string>, issues: ParseIssue[]): BudgetRow {
    const quirks: string[] = [];
    if (rec.hit.prefix !== '') quirks.push('glued-column-text-dropped');
    if (rec.hit.punctuation) quirks.push('code-punctuation');
    let code = rec.hit.parts.join('.');
    const fixed = applyFixes(rec, code, fixes, usedFixes);
    code = fixed.code;
    let level = levelOfParts(partsOf(code).length);

    // Names of the upper levels are in capitals; the name decides the level when the code disagrees.
    if (/^PROGRAM\b/.test(rec.hit.head) && level !== 'program' && partsOf(code).length > 3) {
      code = partsOf(code).slice(0, 3).join('.');
      level = 'program';
      quirks.push('level-from-name');
    } else if (/^URUSAN PEMERINTAHAN BIDANG\b/.test(rec.hit.head) && level !== 'bidang' && partsOf(code).length > 2) {
      code = partsOf(code).slice(0, 2).join('.');
      level = 'bidang';
      quirks.push('level-from-name');
    }

    let name: string;
    let indicator: string | null = null;
    let target = emptyMeasure();
    let realisation = emptyMeasure();
    let absorption: number | null = null;
    let kind: RealisationVolumeKind = 'none';
    let lastLine = rec.codeLine;

    if (level === 'urusan' || level === 'bidang' || level === 'program') {
      const un = upperName(rec.hit.head, rec.body);
      name = un.name;
      quirks.push(...un.quirks);
      const nameLines = un.quirks.length > 0 && GLUED_ITEM_RE.test(` ${rec.hit.head}`) ? 0 : countNameLines(rec.body);
      lastLine = rec.body[nameLines - 1]?.n ?? rec.codeLine;
    } else if (level === 'kegiatan') {
      const kn = kegiatanName(rec.hit.head, rec.body);
      if (kn.quirks.includes('policy-text-dropped')) {
        const first = rec.body.find((l) => POLICY_OPENER_RE.test(l.t));
        issues.push({
          severity: 'info',
          kind: 'policy-text-dropped',
          line: first?.n ?? rec.codeLine,
          message: `policy-column text inside kegiatan ${code} dropped: "${first?.t ?? ''}…"`,
          code,
        });
      }
      name = kn.name;
      indicator = kn.indicator;
      quirks.push(...kn.quirks);
      lastLine = lastDescriptiveLine(rec);
    } else {
      const segs: Segment[] = [{ n: rec.codeLine, t: rec.hit.head }, ...rec.body];
      const tokens = tokenize(segs);
      const vp = parseValues(segs, tokens);
      quirks.push(...vp.quirks);
      if (vp.quirks.includes('extra-amounts')) {
        issues.push({ severity: 'error', kind: 'extra-amounts', line: rec.codeLine, message: 'more than two amounts in one sub-kegiatan (a code line may be missing)', code });
      }
      target = vp.target;
      realisation = vp.realisation;
      // Descriptive part: everything before the value region.
      let desc: Segment[];
      if (vp.startTok !== null) {
        const st = tokens[vp.startTok];
        desc = [];
        if (st !== undefined) {
          for (let s = 0; s < st.seg; s++) {
            const seg = segs[s];
            if (seg !== undefined) desc.push(seg);
          }
          const tail = segs[st.seg];
          if (tail !== undefined && st.start > 0) desc.push({ n: tail.n, t: tail.t.slice(0, st.start) });
        }
        const lastValueTok = tokens[tokens.length - 1 - vp.trailing.length];
        lastLine = lastValueTok?.line ?? rec.codeLine;
      } else if (vp.startSeg !== null) {
        desc = segs.slice(0, vp.startSeg);
        lastLine = segs[vp.startSeg]?.n ?? rec.codeLine;
      } else {
        desc = segs;
        lastLine = segs.at(-1)?.n ?? rec.codeLine;
        issues.push({ severity: 'warning', kind: 'no-amount', line: rec.codeLine, message: 'sub-kegiatan with no target/realisation printed', code });
      }
      // A lone "0" under a sub-kegiatan is the target volume (K), not an amount: every amount in the
      // appendix prints as 1,234.00 and "0 -" elsewhere reads volume then amount. No amount is printed,
      // so both stay absent (never 0), and the row is named as a warning for the quality notes.
      if (target.rupiah_status === 'absent' && target.printed !== '' && realisation.printed === '') {
        issues.push({
          severity: 'warning',
          kind: 'volume-without-amount',
          line: rec.codeLine,
          message: `only a target volume "${target.printed}" printed on line ${lastLine}, no amount and no realisation`,
          code,
        });
      }
      // Glued numbered items ("3 PROGRAM …") inside the descriptive text are column bleed.
      desc = desc.flatMap((d) => {
        if (/^\d{1,2}\s+PROGRAM\b/.test(d.t)) return [];
        const c = GLUED_PROGRAM_RE.exec(d.t);
        return c ? [{ n: d.n, t: d.t.slice(0, c.index) }] : [d];
      });
      const dd = describe(desc);
      name = dd.name;
      indicator = dd.indicator;
      quirks.push(...dd.quirks);

      // Trailing tokens after the realisation: a bare number is a stray cell.
      // (A number opening a later line is a numbered item of another column, not a stray cell.)
      const lastValueLine = realisation.rupiah_line ?? target.rupiah_line ?? 0;
      const [t0, t1] = vp.trailing;
      const stray = t0 !== undefined && t0.kind === 'volume' && t0.line === lastValueLine && (t1 === undefined || t1.line !== t0.line) ? [t0] : [];
      for (const t of stray) {
        issues.push({ severity: 'info', kind: 'stray-number-ignored', line: t.line, message: `number "${t.text}" after the realisation amount ignored`, code });
        quirks.push('stray-number-ignored');
      }

      // Realisation volume semantics.
      const rPercent = realisation.unit !== null && PERCENT_UNIT_RE.test(realisation.unit);
      const tPercent = target.unit !== null && PERCENT_UNIT_RE.test(target.unit);
      if (realisation.volume !== null && (rPercent || (realisation.unit === null && tPercent))) {
        kind = 'budget_absorption';
        absorption = realisation.volume;
        if (realisation.unit === null) quirks.push('percent-unit-implied');
        checkPercentage(target, realisation, vp.realVolume?.decimals ?? 0, rec.codeLine, code, issues);
      } else if (realisation.volume !== null) {
        kind = 'physical';
        if (realisation.unit === null && realisation.volume !== 0) {
          issues.push({
            severity: 'info',
            kind: 'realisation-unit-missing',
            line: rec.codeLine,
            message: `realisation volume ${realisation.volume} printed without a unit (target: ${target.printed})`,
            code,
          });
        }
      }
    }

    const row: BudgetRow = {
      section: rec.section,
      level,
      code,
      code_printed: rec.hit.printed,
      name,
      names: { urusan: null, bidang: null, program: null, kegiatan: null, subkegiatan: null },
      indicator,
      target,
      realisation,
      absorption_pct: absorption,
      realisation_volume_kind: kind,
      computed: level !== 'subkegiatan',
      subkegiatan_count: level === 'subkegiatan' ? 1 : 0,
      source_lines: [rec.codeLine, Math.max(rec.codeLine, lastLine)],
      fixes: fixed.applied,
      quirks: [...new Set(quirks)],
    };
  return row;
}
