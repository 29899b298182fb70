/**
 * Stage 3, amounts: the "K Rp. K Rp." cells of a sub-kegiatan — target and
 * realisation volume, unit and rupiah — read from its tokens, and the check of a
 * printed absorption percentage against realisation ÷ target.
 */
import type { BudgetMeasure, ParseIssue } from '../../../src/lib/budget/schema.ts';
import { DASH_RE, MONEY_SOURCE, parseMoney, parseVolume, VOLUME_RE } from './lexicon.ts';

export interface Token {
  text: string;
  line: number;
  /** Index of the segment (0 = code line remainder). */
  seg: number;
  /** Character offset within the segment. */
  start: number;
  kind: 'money' | 'volume' | 'dash' | 'word';
}

export interface Segment {
  n: number;
  t: string;
}

export function tokenize(segs: readonly Segment[]): Token[] {
  const out: Token[] = [];
  segs.forEach((s, seg) => {
    const re = /\S+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.t)) !== null) {
      const text = m[0];
      let kind: Token['kind'] = 'word';
      if (new RegExp(`^${MONEY_SOURCE}$`).test(text)) kind = 'money';
      else if (VOLUME_RE.test(text)) kind = 'volume';
      else if (DASH_RE.test(text)) kind = 'dash';
      out.push({ text, line: s.n, seg, start: m.index, kind });
    }
  });
  return out;
}

/** Unit words: letters (and "/", digits after a slash as in "orang/12"), not a label or punctuation. */
export function isUnitWord(t: Token): boolean {
  return t.kind === 'word' && /^[A-Za-z][A-Za-z/0-9]*$/.test(t.text) && !/:$/.test(t.text);
}

export function joinUnit(tokens: readonly Token[]): string | null {
  if (tokens.length === 0) return null;
  let out = '';
  let prev: Token | undefined;
  for (const t of tokens) {
    if (prev === undefined) out = t.text;
    // A 1–2 letter lower-case fragment on a new line is the tail of a broken word ("perpustakaa|n").
    else if (t.line !== prev.line && /^[a-z]{1,2}$/.test(t.text)) out += t.text;
    else out += ` ${t.text}`;
    prev = t;
  }
  return out;
}

export function emptyMeasure(): BudgetMeasure {
  return { volume: null, unit: null, rupiah: null, rupiah_status: 'absent', rupiah_line: null, printed: '' };
}

export interface ValueParse {
  target: BudgetMeasure;
  realisation: BudgetMeasure;
  /** Token index where the value region starts (descriptive text ends), or null when no values. */
  startTok: number | null;
  /** Line index where the value region starts when found by a whole-line pattern (no money). */
  startSeg: number | null;
  targetVolume: { percent: boolean; decimals: number } | null;
  realVolume: { percent: boolean; decimals: number } | null;
  trailing: Token[];
  quirks: string[];
}

export function measureFrom(volTok: Token | undefined, unitToks: readonly Token[], amountTok: Token | undefined): BudgetMeasure {
  const printedParts: string[] = [];
  let volume: number | null = null;
  let unit = joinUnit(unitToks);
  if (volTok !== undefined) {
    printedParts.push(volTok.text);
    if (volTok.kind === 'volume') {
      const v = parseVolume(volTok.text);
      volume = v.volume;
      if (v.percent) unit = unit === null ? '%' : `% ${unit}`;
    }
  }
  if (unitToks.length > 0) printedParts.push(joinUnit(unitToks) ?? '');
  let rupiah: number | null = null;
  let status: BudgetMeasure['rupiah_status'] = 'absent';
  let line: number | null = null;
  if (amountTok !== undefined) {
    printedParts.push(amountTok.text);
    if (amountTok.kind === 'money') {
      rupiah = parseMoney(amountTok.text);
      status = 'printed';
      line = amountTok.line;
    } else status = 'dash';
  }
  return { volume, unit, rupiah, rupiah_status: status, rupiah_line: line, printed: printedParts.join(' ') };
}

export function volInfo(t: Token | undefined): { percent: boolean; decimals: number } | null {
  if (t === undefined || t.kind !== 'volume') return null;
  const v = parseVolume(t.text);
  return { percent: v.percent, decimals: v.decimals };
}

/**
 * Parse "K Rp. K Rp." cells of a sub-kegiatan: [vol] [unit…] (amount|-) [vol] [unit…] (amount|-).
 * Anchored on the money tokens; the target volume is found by walking back
 * from the first amount over at most three unit words.
 */
export function parseValues(segs: readonly Segment[], tokens: readonly Token[]): ValueParse {
  const quirks: string[] = [];
  const moneyIdx = tokens.flatMap((t, i) => (t.kind === 'money' ? [i] : []));
  const result: ValueParse = {
    target: emptyMeasure(),
    realisation: emptyMeasure(),
    startTok: null,
    startSeg: null,
    targetVolume: null,
    realVolume: null,
    trailing: [],
    quirks,
  };
  if (moneyIdx.length === 0) return parseValuesWithoutMoney(segs, result);

  if (moneyIdx.length > 2) quirks.push('extra-amounts');
  const m0 = moneyIdx[0] ?? 0;
  // Walk back: unit words, then a volume.
  let j = m0 - 1;
  const unitBack: Token[] = [];
  let volTok: Token | undefined;
  while (j >= 0) {
    const t = tokens[j];
    if (t === undefined) break;
    if (t.kind === 'volume') {
      volTok = t;
      break;
    }
    if (!isUnitWord(t) || unitBack.length >= 3) break;
    unitBack.unshift(t);
    j--;
  }
  let startTok = m0;
  let targetUnits: Token[] = [];
  if (volTok !== undefined) {
    startTok = j;
    targetUnits = unitBack;
  }
  const m0Tok = tokens[m0];
  result.target = measureFrom(volTok, targetUnits, m0Tok);
  result.targetVolume = volInfo(volTok);
  if (m0Tok !== undefined && volTok !== undefined && m0Tok.line !== volTok.line) quirks.push('value-split-across-lines');

  // Realisation: tokens after the first amount.
  let k = m0 + 1;
  let rVol: Token | undefined;
  const rUnits: Token[] = [];
  let rAmount: Token | undefined;
  const first = tokens[k];
  if (first !== undefined && (first.kind === 'volume' || first.kind === 'dash')) {
    // "- -" (no volume, no amount) or "N …"
    if (first.kind === 'volume') rVol = first;
    else {
      const second = tokens[k + 1];
      if (second !== undefined && second.kind === 'dash') {
        // "- -": a dash for the volume and a dash for the amount.
        result.realisation = measureFrom(first, [], second);
        k += 2;
      } else {
        rAmount = first;
        k += 1;
      }
    }
    if (rVol !== undefined) {
      k++;
      while (k < tokens.length) {
        const t = tokens[k];
        if (t === undefined || !isUnitWord(t) || rUnits.length >= 3) break;
        rUnits.push(t);
        k++;
      }
      const a = tokens[k];
      if (a !== undefined && (a.kind === 'money' || a.kind === 'dash')) {
        rAmount = a;
        k++;
      }
    }
  } else if (first !== undefined && first.kind === 'money') {
    rAmount = first;
    k++;
  }
  if (rVol !== undefined || rAmount !== undefined) result.realisation = measureFrom(rVol, rUnits, rAmount);
  result.realVolume = volInfo(rVol);
  if (rVol !== undefined && rAmount === undefined) {
    // A realisation volume with no amount printed at all.
    result.realisation.rupiah_status = 'absent';
  }
  // "53.52 | persen | 1,253,521,879.00": the unit on its own line between volume and amount.
  for (const [v, us] of [[volTok, targetUnits], [rVol, rUnits]] as const) {
    if (v === undefined || !us.some((u) => u.line !== v.line)) continue;
    quirks.push(us.length === 1 && us[0]?.text === 'persen' ? 'persen-split' : 'unit-split-across-lines');
    if (us.some((u, idx) => idx > 0 && /^[a-z]{1,2}$/.test(u.text) && u.line !== us[idx - 1]?.line)) quirks.push('word-split-in-unit');
  }
  result.trailing = tokens.slice(k);
  result.startTok = startTok;
  return result;
}

export const NO_MONEY_LINE_RE =
  /^(?<tv>\d+(?:[.,]\d+)?%?|-)(?:\s+(?<tu>[A-Za-z][A-Za-z/]*))?(?:\s+(?<ta>-))?(?:\s+(?<rv>\d+(?:[.,]\d+)?%?|-)(?:\s+(?<ru>[A-Za-z][A-Za-z/]*))?(?:\s+(?<ra>-))?)?$/;

export function parseValuesWithoutMoney(segs: readonly Segment[], result: ValueParse): ValueParse {
  // A whole line like "0 -  0 -", "0 -", "- -" or "0" after the code line.
  for (let s = 1; s < segs.length; s++) {
    const seg = segs[s];
    if (seg === undefined) continue;
    const m = NO_MONEY_LINE_RE.exec(seg.t);
    if (!m || !m.groups) continue;
    const g = m.groups;
    const tv = g['tv'];
    const mk = (vol: string | undefined, unit: string | undefined, amount: string | undefined): BudgetMeasure => {
      const parts = [vol, unit, amount].filter((x): x is string => x !== undefined);
      const isVol = vol !== undefined && VOLUME_RE.test(vol);
      const pv = isVol ? parseVolume(vol) : null;
      let u: string | null = unit ?? null;
      if (pv?.percent) u = u === null ? '%' : `% ${u}`;
      return {
        volume: pv ? pv.volume : null,
        unit: u,
        rupiah: null,
        rupiah_status: amount !== undefined || (vol !== undefined && DASH_RE.test(vol) && unit === undefined) ? 'dash' : 'absent',
        rupiah_line: null,
        printed: parts.join(' '),
      };
    };
    // "- -" : one cell, no volume, dash amount.
    if (tv !== undefined && DASH_RE.test(tv) && g['rv'] !== undefined && DASH_RE.test(g['rv']) && g['tu'] === undefined) {
      result.target = { ...emptyMeasure(), rupiah_status: 'dash', printed: '- -' };
    } else {
      result.target = mk(tv, g['tu'], g['ta']);
      if (g['rv'] !== undefined) result.realisation = mk(g['rv'], g['ru'], g['ra']);
    }
    result.targetVolume = tv !== undefined ? volInfoText(tv) : null;
    result.realVolume = g['rv'] !== undefined ? volInfoText(g['rv']) : null;
    result.startSeg = s;
    return result;
  }
  return result;
}

export function volInfoText(s: string): { percent: boolean; decimals: number } | null {
  if (!VOLUME_RE.test(s)) return null;
  const v = parseVolume(s);
  return { percent: v.percent, decimals: v.decimals };
}


/**
 * Where the realisation volume is a percentage it is realisation ÷ target in
 * rupiah. Check it within the rounding of the printed number (half a unit in
 * the last printed decimal) and report — never correct — a mismatch.
 */
export function checkPercentage(
  target: BudgetMeasure,
  real: BudgetMeasure,
  decimals: number,
  line: number,
  code: string,
  issues: ParseIssue[],
): void {
  if (real.volume === null) return;
  const t = target.rupiah ?? 0;
  const r = real.rupiah ?? 0;
  if (t === 0) {
    issues.push({ severity: 'warning', kind: 'percentage-without-target', line, message: `realisation ${real.volume}% but no target amount`, code });
    return;
  }
  const computed = (r / t) * 100;
  // Accept the printed value if it is the computed one rounded half-up OR
  // truncated to the printed number of decimals: computed − printed ∈ [−½u, u).
  const unit = 10 ** -decimals;
  const diff = computed - real.volume;
  if (diff < -0.5 * unit - 1e-9 || diff >= unit - 1e-9) {
    issues.push({
      severity: 'warning',
      kind: 'percentage-mismatch',
      line,
      message: `printed ${real.volume}% but realisation/target = ${computed.toFixed(4)}% (${r} / ${t})`,
      code,
    });
  }
}
