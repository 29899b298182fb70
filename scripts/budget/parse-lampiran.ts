/**
 * Deterministic parser for Lampiran I of the LKPJ Wali Kota Binjai 2023
 * ("Capaian Pelaksanaan Program dan Kegiatan Tahun 2023"), from the plain text
 * extracted from the PDF (data/sources/lkpj-2023.txt).
 *
 * Pure: no I/O, no clock, no randomness. The same text and fixes always give
 * the same rows and issues, in source order. See docs/anggaran-parser.md for
 * the format, the quirks and how each one is handled.
 */
import { slugify } from '../../src/lib/core/slug.ts';
import type {
  BudgetLevel,
  BudgetMeasure,
  BudgetNames,
  BudgetRow,
  BudgetSection,
  ManualFix,
  ParseIssue,
  RealisationVolumeKind,
  Reconciliation,
} from '../../src/lib/budget/schema.ts';

export type { BudgetRow, ManualFix, ParseIssue } from '../../src/lib/budget/schema.ts';

export interface LampiranParse {
  rows: BudgetRow[];
  issues: ParseIssue[];
}

// ---------------------------------------------------------------------------
// Lexical building blocks
// ---------------------------------------------------------------------------

/**
 * A rupiah amount as printed in the appendix: English grouping with at least
 * one thousands separator and exactly two decimals (`55,800,000.00`). Every
 * amount in Lampiran I is ≥ 1,000, so amounts below 1,000 (which would print
 * as `500.00` and be indistinguishable from a percentage) do not occur.
 * Bounded on both sides so it never matches inside a longer number.
 */
export const MONEY_SOURCE = String.raw`(?<![\d,.])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d,])`;
export const MONEY_RE = new RegExp(MONEY_SOURCE, 'g');

const LEVELS: readonly BudgetLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];

/** Lines of the repeated page header / footer. Compared after trimming and collapsing spaces. */
const PAGE_FURNITURE = new Set([
  'LAMPIRAN I',
  'CAPAIAN PELAKSANAAN PROGRAM DAN KEGIATAN TAHUN 2023',
  'No Urusan Pemerintahan',
  'Organisasi Perangkat',
  'Daerah Pelaksana',
  'Uraian Program/Kegiatan/Subkegiatan',
  'Indikator Kinerja Program',
  '(Outcome)/ Kegiatan (output)',
  'Permasalahan',
  'Upaya Mengatasi',
  'Kebijakan Target Realisasi Tindak Lanjut Rekomendasi DPRD',
  'K Rp. K Rp.',
]);
const PAGE_NUMBER_RE = /^Page \d+$/;

/**
 * First words of the "Kebijakan" (policy) column. The extractor emits that
 * cell's text at the bottom of each page, just before the next page header,
 * where it can land inside a kegiatan name.
 */
const POLICY_OPENER_RE =
  /^(?:Meningkatkan|Memaksimalkan|Menjamin|Menjalankan|Melakukan evaluasi|Membentuk panitia|Penegakan disiplin|Pembinaan dan pengawasan dalam|Pemerintah Kota Binjai)\b/;

/** Agency/unit headings that open a section. */
const SECTION_RE = /(?:^|\s)((?:DINAS|BADAN|RSUD|SATPOL|BAGIAN|SEKRETARIAT DPRD|INSPEKTORAT|BAPPEDA|KECAMATAN)\b.*)$/;
/** Roman-numbered "Urusan Pemerintahan" column: "I Urusan Wajib yang …", "VII Unsur Kewilayahan …". */
const ROMAN_GROUP_RE = /^(?:I|II|III|IV|V|VI|VII|VIII|IX)\s+(?:Urusan|Unsur)\b/;

/**
 * Program / kegiatan / sub-kegiatan code anywhere on a line (text glued in
 * front of it comes from other columns). Tolerates the stray `'` and `;`
 * printed inside some codes (`2.'05`, `;09`).
 */
const CODE_RE = /(?:^|\s)([1-8]) (\d{2}) +(\d{2})(?: +(\d) ?\. ?['’;]?(\d{2}))?(?: +[;'’]?(\d{2}))?(?=\s|$)/;
const BIDANG_RE = /^([1-8]) (\d{2})\s+(?=[A-Z])/;
const URUSAN_RE = /^([1-8])\s+(?=(?:URUSAN PEMERINTAHAN|UNSUR)\b)/;

/** Glued numbered item from the Permasalahan/Upaya columns: " 3 PROGRAM …", " 1 Meningkatkan …". */
const GLUED_ITEM_RE = /\s+\d{1,2}\s+(?=PROGRAM\b|[A-Z][a-z])/;
const GLUED_PROGRAM_RE = /\s+\d{1,2}\s+(?=PROGRAM\b)/;

const KELUARAN_RE = /Keluaran\s*\/\s*Output\s*:?\s*/i;
/**
 * Indicator text printed without the "Keluaran/Output :" label: a line that
 * opens with one of these words ("umlah" is a printed "Jumlah" missing its J),
 * or — on a single line — the words Jumlah/Tersedianya/Terlaksananya inside it.
 * ("Cakupan" is not in the list: it starts kegiatan-name lines such as
 * "Cakupan Daerah Kabupaten/Kota".)
 */
const UNLABELLED_INDICATOR_RE = /^(?:J?umlah|Tersedianya|Terlaksananya|Persentase|Meningkatnya|Terciptanya)\b/;
const UNLABELLED_INLINE_RE = /\s(?=(?:Jumlah|Tersedianya|Terlaksananya)\s)/;

const VOLUME_RE = /^\d+(?:[.,]\d+)?%?$/;
/** A percentage unit: "%" (glued to the number) or "persen". */
const PERCENT_UNIT_RE = /^(?:%|persen\b)/i;
const DASH_RE = /^[-–—]$/;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Join wrapped lines: a line ending in "-" continues without a space (Perundang-|undangan). */
function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = collapse(raw);
    if (p === '') continue;
    if (out === '') out = p;
    else if (out.endsWith('-')) out += p;
    else out += ` ${p}`;
  }
  return out;
}

/** Whole rupiah from an English-format amount ("1,035,369,934,160.00"). */
export function parseMoney(token: string): number {
  const m = /^(\d{1,3}(?:,\d{3})+)\.(\d{2})$/.exec(token);
  if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`not a money token: ${token}`);
  if (m[2] !== '00') throw new Error(`amount with cents: ${token}`);
  return Number(m[1].replace(/,/g, ''));
}

function parseVolume(token: string): { volume: number; percent: boolean; decimals: number } {
  const percent = token.endsWith('%');
  const body = (percent ? token.slice(0, -1) : token).replace(',', '.');
  const dot = body.indexOf('.');
  return { volume: Number(body), percent, decimals: dot < 0 ? 0 : body.length - dot - 1 };
}

export { slugify };

function levelOfParts(n: number): BudgetLevel {
  const level = LEVELS[n - 1];
  if (level === undefined) throw new Error(`code with ${n} parts`);
  return level;
}

/** Segments of a dotted code; the kegiatan segment keeps its own dot ("2.08"). */
function partsOf(code: string): string[] {
  const p = code.split('.');
  if (p.length <= 3) return p;
  return [...p.slice(0, 3), `${p[3] ?? ''}.${p[4] ?? ''}`, ...p.slice(5)];
}

function isUppercaseName(t: string): boolean {
  return /^[A-Z(][A-Z0-9 ,.&()/'’-]*$/.test(t) && /[A-Z]{2}/.test(t);
}

// ---------------------------------------------------------------------------
// Stage 1: lines → cleaned content lines
// ---------------------------------------------------------------------------

interface Line {
  /** 1-based line number in the whole file. */
  n: number;
  /** Whitespace-collapsed text. */
  t: string;
}

function findRange(all: readonly string[]): { first: number; last: number } | null {
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

function isFurniture(t: string): boolean {
  return PAGE_FURNITURE.has(t) || PAGE_NUMBER_RE.test(t);
}

/** A line that certainly belongs to the table body (not free text of the side columns). */
function isStructural(t: string): boolean {
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
function cleanLines(all: readonly string[], first: number, last: number, issues: ParseIssue[]): Line[] {
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
function markPolicy(raw: readonly Line[], endIdx: number, drop: Set<number>): Line | null {
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

// ---------------------------------------------------------------------------
// Stage 2: content lines → sections and records
// ---------------------------------------------------------------------------

interface CodeHit {
  parts: string[];
  printed: string;
  /** Text after the code on the same line. */
  head: string;
  /** Text before the code (glued from another column), dropped. */
  prefix: string;
  punctuation: boolean;
}

function matchCode(t: string): CodeHit | null {
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

interface RawRecord {
  section: BudgetSection;
  codeLine: number;
  hit: CodeHit;
  /** Lines after the code line up to the next record/section (exclusive). */
  body: Line[];
}

interface SectionDraft {
  index: number;
  name: string;
}

function splitRecords(lines: readonly Line[], issues: ParseIssue[]): { records: RawRecord[]; sections: BudgetSection[] } {
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

function makeSection(d: SectionDraft): BudgetSection {
  const base = d.name.replace(/\s+KOTA\s+BINJAI$/, '');
  const slug = slugify(base);
  return { index: d.index, name: d.name, slug, id: `${String(d.index).padStart(2, '0')}-${slug}` };
}

// ---------------------------------------------------------------------------
// Stage 3: record → row
// ---------------------------------------------------------------------------

interface Token {
  text: string;
  line: number;
  /** Index of the segment (0 = code line remainder). */
  seg: number;
  /** Character offset within the segment. */
  start: number;
  kind: 'money' | 'volume' | 'dash' | 'word';
}

interface Segment {
  n: number;
  t: string;
}

function tokenize(segs: readonly Segment[]): Token[] {
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
function isUnitWord(t: Token): boolean {
  return t.kind === 'word' && /^[A-Za-z][A-Za-z/0-9]*$/.test(t.text) && !/:$/.test(t.text);
}

function joinUnit(tokens: readonly Token[]): string | null {
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

function emptyMeasure(): BudgetMeasure {
  return { volume: null, unit: null, rupiah: null, rupiah_status: 'absent', rupiah_line: null, printed: '' };
}

interface ValueParse {
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

function measureFrom(volTok: Token | undefined, unitToks: readonly Token[], amountTok: Token | undefined): BudgetMeasure {
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

function volInfo(t: Token | undefined): { percent: boolean; decimals: number } | null {
  if (t === undefined || t.kind !== 'volume') return null;
  const v = parseVolume(t.text);
  return { percent: v.percent, decimals: v.decimals };
}

/**
 * Parse "K Rp. K Rp." cells of a sub-kegiatan: [vol] [unit…] (amount|-) [vol] [unit…] (amount|-).
 * Anchored on the money tokens; the target volume is found by walking back
 * from the first amount over at most three unit words.
 */
function parseValues(segs: readonly Segment[], tokens: readonly Token[]): ValueParse {
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

const NO_MONEY_LINE_RE =
  /^(?<tv>\d+(?:[.,]\d+)?%?|-)(?:\s+(?<tu>[A-Za-z][A-Za-z/]*))?(?:\s+(?<ta>-))?(?:\s+(?<rv>\d+(?:[.,]\d+)?%?|-)(?:\s+(?<ru>[A-Za-z][A-Za-z/]*))?(?:\s+(?<ra>-))?)?$/;

function parseValuesWithoutMoney(segs: readonly Segment[], result: ValueParse): ValueParse {
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

function volInfoText(s: string): { percent: boolean; decimals: number } | null {
  if (!VOLUME_RE.test(s)) return null;
  const v = parseVolume(s);
  return { percent: v.percent, decimals: v.decimals };
}

interface Described {
  name: string;
  indicator: string | null;
  quirks: string[];
}

/** Split descriptive text (name lines, then indicator lines) at the "Keluaran/Output :" label. */
function describe(parts: readonly Segment[]): Described {
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
function upperName(head: string, body: readonly Line[]): { name: string; quirks: string[] } {
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
function kegiatanName(head: string, body: readonly Line[]): Described {
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

// ---------------------------------------------------------------------------
// Fixes
// ---------------------------------------------------------------------------

function applyFixes(
  rec: RawRecord,
  code: string,
  fixes: readonly ManualFix[],
  used: Set<string>,
): { code: string; applied: string[] } {
  const applied: string[] = [];
  let out = code;
  for (const f of fixes) {
    const end = f.end_line ?? f.line;
    if (rec.codeLine < f.line || rec.codeLine > end) continue;
    if (f.action.type === 'set-code') {
      if (rec.codeLine !== f.line) continue;
      out = f.action.code;
      applied.push(f.id);
      used.add(f.id);
    } else {
      const from = f.action.from;
      if (out === from || out.startsWith(`${from}.`)) {
        out = f.action.to + out.slice(from.length);
        applied.push(f.id);
        used.add(f.id);
      }
    }
  }
  return { code: out, applied };
}

// ---------------------------------------------------------------------------
// Stage 4: hierarchy, names, totals, checks
// ---------------------------------------------------------------------------

interface Draft {
  row: BudgetRow;
  /** Draft indexes of ancestors that were open when this row was read (by level). */
  ancestors: Partial<Record<BudgetLevel, number>>;
}

function levelIndex(l: BudgetLevel): number {
  return LEVELS.indexOf(l);
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

function countNameLines(body: readonly Line[]): number {
  let n = 0;
  for (const l of body) {
    if (/^\d/.test(l.t) || !isUppercaseName(l.t)) break;
    n++;
    if (GLUED_ITEM_RE.test(` ${l.t}`)) break;
  }
  return n;
}

function lastDescriptiveLine(rec: RawRecord): number {
  let last = rec.codeLine;
  if (GLUED_PROGRAM_RE.test(` ${rec.hit.head}`)) return last;
  for (const l of rec.body) {
    if (/^\d/.test(l.t) || POLICY_OPENER_RE.test(l.t)) break;
    last = l.n;
  }
  return last;
}

/**
 * Where the realisation volume is a percentage it is realisation ÷ target in
 * rupiah. Check it within the rounding of the printed number (half a unit in
 * the last printed decimal) and report — never correct — a mismatch.
 */
function checkPercentage(
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

function checkHierarchy(drafts: readonly Draft[], issues: ParseIssue[]): void {
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

function fillNames(drafts: readonly Draft[]): void {
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

function computeTotals(drafts: readonly Draft[]): void {
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

function checkDuplicates(drafts: readonly Draft[], issues: ParseIssue[]): void {
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

function checkNames(drafts: readonly Draft[], issues: ParseIssue[]): void {
  for (const d of drafts) {
    if (d.row.name === '') {
      issues.push({ severity: 'warning', kind: 'empty-name', line: d.row.source_lines[0], message: `${d.row.level} ${d.row.code} has no name`, code: d.row.code });
    }
    if (/melalui pelaksanaan/i.test(d.row.name) || /melalui pelaksanaan/i.test(d.row.indicator ?? '')) {
      issues.push({ severity: 'warning', kind: 'policy-text-in-name', line: d.row.source_lines[0], message: `policy-column text inside ${d.row.level} ${d.row.code}`, code: d.row.code });
    }
  }
}

// ---------------------------------------------------------------------------
// Reconciliation and token accounting (pure helpers used by the runner and tests)
// ---------------------------------------------------------------------------

/** LRA (Tabel I.7) belanja totals for 2023, in rupiah. */
export const LRA_BELANJA_2023 = { budget: 1_038_614_999_856, realised: 823_371_381_789 } as const;


export type { Reconciliation };

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
