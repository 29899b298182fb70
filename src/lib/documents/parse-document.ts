/**
 * parse-document.ts — turns a flattened PDF text extraction (data/sources/*.txt)
 * into a structured, readable document model. PURE: no I/O, no globals mutated.
 *
 * Developer notes — the heuristics, in the order they run
 * ---------------------------------------------------------------------------
 * Every block keeps `lines: [first, last]` (1-based, inclusive) into the source
 * text. Block ranges never overlap, blocks are in source order, and every
 * non-blank line is inside some block's range or listed as page furniture in
 * `diagnostics.furnitureLines` (tests enforce this for all four sources).
 *
 * 0. Two extraction styles exist. "Layout" text (LKPJ) wraps every visual line,
 *    puts a blank line between fragments, ends body lines with a trailing space
 *    and starts each page with a leading space; chart labels/values have NO
 *    trailing space. "Markdown" text (Renja, LKjIP, LKj) has one line per
 *    paragraph, tab-separated table rows and decorations (#, **, - , <i>).
 *    `layout` (>50 % of body lines end in whitespace) switches the layout-only
 *    signals on; everything else is shared. `wrapWidth` (80th percentile of
 *    line lengths) tells wrapped lines ("long") from complete short lines.
 * 1. Running headers/footers ("furniture") are found by REPETITION, not by a
 *    list: a line whose key (whitespace collapsed, digits → #, case kept) occurs
 *    ≥ minRepeats times is a candidate; candidates form clusters (consecutive
 *    candidates, blank lines ignored); a key is furniture when ≥ minRepeats and
 *    ≥ half of its occurrences sit in a cluster that contains or touches a
 *    page-number line. Page numbers are "BAB III-8", "III-8", "Page 35",
 *    "Halaman 3", "- 4 -" whose key repeats with different numbers; bare numbers
 *    next to furniture count only as an increasing series. Column headers that
 *    repeat on every appendix page rarely touch a page number, so they stay
 *    table content; tab lines are never furniture. `options.extraFurniture`
 *    adds patterns.
 * 2. Captions: a line starting with Tabel/TABEL/Gambar/GAMBAR/Grafik/Diagram/
 *    Bagan + number ("I.3", "III. 11", "3.10", ". 3.3", "3. 13", "1.1.", "1"),
 *    after stripping markdown (#, **) and leading spaces (page starts).
 *    Lower-case "tabel …" and "Tabel X berikut/dapat …" are prose references.
 *    Title = rest of the line, or the next line(s): it continues when the text
 *    so far has an open "(", ends in a connector (dan, di, yang, Kota, Tahun, ,)
 *    or the next line starts lower-case/"(" or is "… Tahun 2023"/"2016-2023";
 *    chart titles in layout text also continue while their line has a trailing
 *    space and does not yet end in "Binjai" or a year (chart text has none);
 *    markdown soft breaks (no blank line) continue unless the next line looks
 *    like a row or prose. A page-start line only continues an unfinished title.
 *    Anchors: captionAnchor(label); a repeated label gets -2, -3 and is listed
 *    in `diagnostics.duplicateLabels`; missing numbers in a series are listed in
 *    `diagnostics.numberingGaps`.
 * 3. Table bodies ("table-text", raw rows for <pre>): after a Tabel caption,
 *    tab rows (markdown style, a short preamble allowed), or (layout style)
 *    every line up to the next "Sumber :" line — unless a caption, a BAB/front
 *    matter heading or a run of three long prose lines comes first. A "Sumber"
 *    note that wraps onto one short line is kept whole. A table cut by a chart
 *    printed inside it gives trailing chart values back to the chart and is
 *    resumed after the chart (`continuation: true`, same `captionId`).
 * 4. Chart residue ("figure-text"): lines after a Gambar caption that look like
 *    chart labels/values (layout: no trailing space, ≤ 30 chars or one/two
 *    numbers, not a new page; markdown: short, no sentence end) up to a
 *    "Sumber" line, and in layout text also the run printed before the caption
 *    back to its "Sumber" line.
 * 5. Appendices: an upper-case "LAMPIRAN <roman>" followed (before any other
 *    heading) by a "No …" column header starts a table-text region, split at
 *    each repeated "LAMPIRAN <roman>" page header, ending at the next
 *    LAMPIRAN/BAB heading; its blocks carry `sectionId` (the heading id).
 * 6. Everything else: headings (BAB n + its all-caps title lines, front matter,
 *    "1.4.2 Title", "I.1. Title", "A. Title", markdown #; "B." reuses the level
 *    of the preceding "A."), "Sumber :" notes (`source` blocks), lists (1. a.
 *    (1) - • ➤ ❖ and Symbol-font bullets; depth from the marker style), tab or
 *    number-dominated runs (table-text without caption, `title` taken from a
 *    short line just above) and paragraphs. A line joins the previous one when
 *    the previous does not end a sentence and either was wrapped (long), ends
 *    in a connector/comma/hyphen, or the next line starts lower-case or with a
 *    digit; all-caps title lines never merge with running text. "laki-\n\nlaki"
 *    joins without a space. A paragraph cut mid-sentence by a chart/table
 *    printed at a page top continues in a block flagged `continuation: true`.
 * Known gaps: captions whose label is only in an image (LKPJ Gambar III.3,
 * III.60, III.62–65) cannot be recovered; chapter titles BAB I/II of the LKPJ
 * are images too; a "Sumber" line printed before chart values on a page top
 * may attach to the neighbouring chart.
 */
import { slugify as slugText } from '../core/slug.ts';

export type CaptionKind = 'tabel' | 'gambar';
export type HeadingLevel = 1 | 2 | 3 | 4;
/** 1-based inclusive source line range. */
export type LineRange = [first: number, last: number];

interface BlockBase {
  /** Unique within the document; usable as an HTML id. */
  id: string;
  lines: LineRange;
}

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: HeadingLevel;
  text: string;
  /** Section number as printed ("1.4.2", "BAB III", "A"), when present. */
  number?: string;
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  text: string;
  /** True when this paragraph continues one interrupted by a chart/table/page break. */
  continuation?: boolean;
}

export interface CaptionBlock extends BlockBase {
  type: 'caption';
  kind: CaptionKind;
  /** Label as printed, markdown removed: "Tabel I.3", "Tabel III. 11", "TABEL 3. 13". */
  label: string;
  /** Normalised number: "I.3", "III.11", "3.13". */
  number: string;
  title: string;
  /** Anchor id (same as `id`): "tabel-i-3". */
  anchor: string;
}

export interface TableTextBlock extends BlockBase {
  type: 'table-text';
  /** Raw lines (right-trimmed) of the flattened table, blank lines removed. */
  rows: string[];
  /** Source line number of each entry in `rows`. */
  rowLines: number[];
  /** Anchor of the caption this table belongs to. */
  captionId?: string;
  /** Id of the heading (appendix) this table belongs to when it has no caption. */
  sectionId?: string;
  /** True for the part of a table resumed after an interruption. */
  continuation?: boolean;
  /** Text of the "Sumber : …" line inside the region, if any. */
  source?: string;
  /** For a table without caption: the short title line printed just above it. */
  title?: string;
}

export interface FigureTextBlock extends BlockBase {
  type: 'figure-text';
  /** Raw chart labels/values extracted from the PDF, blank lines removed. */
  rows: string[];
  rowLines: number[];
  captionId?: string;
  source?: string;
}

export interface ListItem {
  /** Marker as printed: "1.", "a.", "-", "➤". */
  marker: string;
  /** Nesting depth guessed from the marker style (1. → a. → bullet): 0, 1, 2… */
  depth: number;
  text: string;
  lines: LineRange;
}

export interface ListBlock extends BlockBase {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface SourceBlock extends BlockBase {
  type: 'source';
  /** Full "Sumber : …" text. */
  text: string;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | CaptionBlock
  | TableTextBlock
  | FigureTextBlock
  | ListBlock
  | SourceBlock;

export interface Caption {
  kind: CaptionKind;
  /** As printed (markdown removed). */
  label: string;
  /** "Tabel I.3", "Gambar 1.1" — kind word capitalised, number normalised. */
  normalizedLabel: string;
  number: string;
  title: string;
  /** Unique anchor id; a repeated label gets "-2", "-3" (see diagnostics). */
  anchor: string;
  /** Line of the label. */
  line: number;
  /** Lines of the caption block (label + title). */
  lines: LineRange;
  /** Lines of the whole table/chart: chart residue, caption, rows, source. */
  extent: LineRange;
  /** Text of the "Sumber" line of the table/chart, if found. */
  source?: string;
}

export interface TocEntry {
  level: HeadingLevel;
  text: string;
  id: string;
  line: number;
}

export interface DuplicateLabel {
  label: string;
  anchor: string;
  line: number;
  firstLine: number;
}

export interface DocumentDiagnostics {
  /** Lines removed as running headers/footers/page numbers (1-based). */
  furnitureLines: number[];
  /** Caption labels that occur more than once; their anchors got a suffix. */
  duplicateLabels: DuplicateLabel[];
  /** Labels missing from a numbered series, e.g. "Gambar III.3". */
  numberingGaps: string[];
  /** True when the layout (trailing-space) extraction style was detected. */
  layoutStyle: boolean;
}

export interface DocumentModel {
  blocks: Block[];
  captions: Caption[];
  toc: TocEntry[];
  diagnostics: DocumentDiagnostics;
}

export interface ParseOptions {
  /** Minimum repetitions for running-header detection (default 3). */
  minRepeats?: number;
  /** Extra patterns (tested on the trimmed line) always treated as furniture. */
  extraFurniture?: readonly RegExp[];
}

// ---------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------

const CAPTION_RE =
  /^(Tabel|TABEL|Table|TABLE|Gambar|GAMBAR|Grafik|GRAFIK|Diagram|DIAGRAM|Bagan|BAGAN)\s*\.?\s*((?:[IVXLC]+|\d{1,3})(?:\s*\.\s*\d{1,3})*)(?=$|[\s.:\-–,]|[A-Z])(.*)$/;

const CONNECTORS = new Set([
  'dan', 'di', 'ke', 'dari', 'yang', 'pada', 'untuk', 'dengan', 'atau', 'serta', 'menurut', 'atas', 'oleh',
  'terhadap', 'dalam', 'bagi', 'per', 'sesuai', 'tahun', 'kota', 'kabupaten', 'provinsi', 'se', 'antara',
  'sampai', 'hingga', 'melalui', 'tentang', 'sebagai', 'berdasarkan', 'beserta', 'the', 'of', 'and', 'kab',
  'kec', 'kel', 'nomor', 'no', 'rp', 'rp.', '&', 'kepada',
]);

/** Words that cannot end a heading: the heading wrapped onto the next line. */
const HEADING_CONNECTORS = new Set([
  'dan', 'di', 'ke', 'dari', 'yang', 'pada', 'untuk', 'dengan', 'atau', 'serta', 'menurut', 'atas', 'oleh',
  'terhadap', 'dalam', 'bagi', 'sesuai', 'antara', 'melalui', 'tentang', 'sebagai', 'berdasarkan', 'beserta',
  'kepada', 'of', 'and', 'the',
]);

const ABBREVIATIONS = /(?:^|\s)(?:Rp|No|Nomor|Jl|Kel|Kec|Kab|Drs|Dr|dr|H|Hj|Ir|Prof|St|dkk|dll|dsb|Yth|Tbk|Sdr|a\.n|u\.p|s\.d)\.$/;

const FRONT_MATTER_RE =
  /^(KATA PENGANTAR|DAFTAR ISI|DAFTAR TABEL|DAFTAR GAMBAR|DAFTAR GRAFIK|DAFTAR LAMPIRAN|RINGKASAN EKSEKUTIF|IKHTISAR EKSEKUTIF|EXECUTIVE SUMMARY|PENDAHULUAN|PENUTUP|LAMPIRAN(?:\s+[IVXLC]+)?)$/;

function cleanText(raw: string): string {
  let t = raw.replace(/\t/g, ' ').trim();
  t = t.replace(/^#{1,6}\s+/, '');
  t = t.replace(/<[^>]+>/g, '');
  t = t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
  t = t.replace(/\*\*|__/g, '');
  t = t.replace(/(^|\s)\*(?=\S)/g, '$1').replace(/(\S)\*(?=\s|$|[.,;:])/g, '$1');
  return t.replace(/\s+/g, ' ').trim();
}

/** Repetition key: whitespace collapsed, digits → "#". Case is kept (running heads are typeset identically). */
function normKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#');
}

function words(t: string): string[] {
  return t.split(/\s+/).filter((w) => w.length > 0);
}

const NUMERIC_TOKEN = /^[(\-–+]?(?:Rp\.?)?[\d][\d.,:/%]*\)?%?$|^[-–]$|^\d+(?:[.,]\d+)*%?$/;

function numericRatio(t: string): number {
  const ws = words(t);
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (NUMERIC_TOKEN.test(w)) n++;
  return n / ws.length;
}

function isNumericDominant(t: string): boolean {
  const ws = words(t);
  return ws.length > 0 && numericRatio(t) >= 0.5;
}

function endsSentence(t: string): boolean {
  const s = t.trim();
  if (!/[.!?:;]["'”’»)\]]*$/.test(s)) return false;
  if (ABBREVIATIONS.test(s)) return false;
  return true;
}

function lastWord(t: string): string {
  const ws = words(t);
  return (ws[ws.length - 1] ?? '').toLowerCase();
}

function endsWithConnector(t: string): boolean {
  const s = t.trim();
  if (/[,\-–&/(]$/.test(s)) return true;
  return CONNECTORS.has(lastWord(s).replace(/[^\p{L}.&]/gu, ''));
}

function startsLowerOrDigit(t: string): boolean {
  return /^[\p{Ll}\d(]/u.test(t.trim());
}

function hasOpenParen(t: string): boolean {
  let depth = 0;
  for (const ch of t) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function isUppercaseLine(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.85 && words(t).length <= 14;
}

function joinText(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // "laki-" + "laki" → "laki-laki"; "140-" + "1395/SK" → "140-1395/SK".
  if (/[\p{L}\d][-–]$/u.test(a) && /^[\p{L}\d]/u.test(b)) return a + b;
  return `${a} ${b}`;
}

function slugify(text: string, maxLen = 60): string {
  return slugText(text, { maxLength: maxLen, cut: 'word' });
}

/**
 * Anchor id for a caption label as printed: "Tabel I.3" → "tabel-i-3",
 * "Tabel III. 11" → "tabel-iii-11", "TABEL 3. 13" → "tabel-3-13",
 * "Tabel . 3.3" → "tabel-3-3", "**Tabel 1.3" → "tabel-1-3".
 */
export function captionAnchor(label: string): string {
  return slugify(cleanText(label), 80);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))));
  return sorted[idx] ?? 0;
}

// ---------------------------------------------------------------------------
// Line model
// ---------------------------------------------------------------------------

interface LineInfo {
  raw: string;
  text: string;
  blank: boolean;
  tab: boolean;
  trailingWs: boolean;
  leadingWs: boolean;
}

interface CaptionMatch {
  kind: CaptionKind;
  label: string;
  number: string;
  rest: string;
  word: string;
}

function matchCaption(info: LineInfo): CaptionMatch | undefined {
  if (info.blank) return undefined;
  // A tab row whose first cell is a caption ("Tabel 1\tJudul") is still a caption.
  const text = info.text.replace(/^[-•]\s+/, '');
  const m = CAPTION_RE.exec(text);
  if (!m) return undefined;
  const word = m[1] ?? '';
  const numRaw = m[2] ?? '';
  let rest = (m[3] ?? '').trim();
  const number = numRaw.replace(/\s+/g, '');
  if (number.length === 0) return undefined;
  // Label as printed: everything up to the end of the number.
  const label = text.slice(0, text.length - (m[3] ?? '').length).trim().replace(/[.:]+$/, '');
  rest = rest.replace(/^[\s.:\-–,]+/, '').replace(/\*+$/, '').trim();
  // "Tabel I.7 berikut." / "Gambar III.1 dapat dilihat" → a reference in prose.
  if (/^\p{Ll}/u.test(rest)) return undefined;
  const w = word.toLowerCase();
  const kind: CaptionKind = w === 'tabel' || w === 'table' ? 'tabel' : 'gambar';
  return { kind, label, number, rest, word };
}

function isSumber(text: string): boolean {
  return /^sumber\s*(?:data)?\s*:/i.test(text);
}

function listMarker(text: string): { marker: string; body: string; ordered: boolean } | undefined {
  let t = text;
  let bullet = '';
  const dash = /^([-–•●◦▪■□➤❖✓✔·*\uF000-\uF8FF])\s*(?<=[\uF000-\uF8FF]\s*|\s)(.*)$/u.exec(t);
  if (dash) {
    bullet = dash[1] ?? '-';
    t = dash[2] ?? '';
  }
  const ord = /^(\(?\d{1,3}[.)]|\(?[a-z][.)]|\([a-z0-9]{1,3}\))\s+(\S.*)$/.exec(t);
  if (ord) {
    const marker = ord[1] ?? '';
    // "1 Binjai" is a table row, "3.1 Strategi" a heading; "1." needs a following word.
    return { marker, body: ord[2] ?? '', ordered: true };
  }
  if (bullet) return { marker: bullet, body: t, ordered: false };
  return undefined;
}

interface HeadingMatch {
  level: HeadingLevel | 'relative';
  number?: string;
  text: string;
  bab?: boolean;
  frontMatter?: boolean;
}

function matchHeading(info: LineInfo): HeadingMatch | undefined {
  if (info.blank || info.tab) return undefined;
  const t = info.text;
  if (t.length === 0 || t.length > 200) return undefined;
  const bab = /^BAB\s+([IVXLC]+|\d{1,2})\b(?!\s*[-–.]\s*\d)\s*[.:]?\s*(.*)$/.exec(t);
  if (bab) {
    return { level: 1, number: `BAB ${bab[1] ?? ''}`, text: t, bab: true };
  }
  if (FRONT_MATTER_RE.test(t)) return { level: 1, text: t, frontMatter: true };
  const hashHeading = /^\s*#{1,6}\s/.test(info.raw);
  const bigNumbers = /\d[\d.,]{4,}\d/.test(t.replace(/^[\dIVX.]+\s/, ''));
  const num = /^((?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/.exec(t);
  if (num) {
    const rest = num[2] ?? '';
    const parts = (num[1] ?? '').split('.').length;
    if (
      /^[\p{Lu}]/u.test(rest) &&
      words(rest).length <= 22 &&
      !bigNumbers &&
      !/[,;]$/.test(rest) &&
      numericRatio(rest) < 0.5
    ) {
      const level = Math.min(4, Math.max(2, parts)) as HeadingLevel;
      return { level, number: num[1] ?? '', text: t };
    }
    return undefined;
  }
  const letter = /^([A-Z]|[IVX]{1,4})\.\s+(\S.*)$/.exec(t);
  if (letter) {
    const rest = letter[2] ?? '';
    if (
      /^[\p{Lu}]/u.test(rest) &&
      words(rest).length <= 14 &&
      !/[.,;]$/.test(rest) &&
      !bigNumbers &&
      numericRatio(rest) < 0.5
    ) {
      return { level: 'relative', number: letter[1] ?? '', text: t };
    }
    return undefined;
  }
  if (hashHeading && words(t).length <= 16 && !/[.;,]$/.test(t) && !listMarker(t)) {
    return { level: 'relative', text: t };
  }
  if (hashHeading && listMarker(t) && words(t).length <= 16 && !/[;,]$/.test(t)) {
    return { level: 'relative', text: t };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Furniture (running headers/footers/page numbers)
// ---------------------------------------------------------------------------

const PAGE_NUMBER_RES: readonly RegExp[] = [
  /^[A-Za-z]{2,10}\s+[IVXLC]{1,5}\s*[-–]\s*\d{1,3}$/, // BAB III-8
  /^[IVXLC]{1,5}\s*[-–]\s*\d{1,3}$/, // III-8
  /^(?:page|halaman|hal\.?|hlm\.?)\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?$/i, // Page 35
  /^[-–]\s*\d{1,3}\s*[-–]$/, // - 4 -
];
const BARE_NUMBER_RE = /^\d{1,3}$/;

function pageNumberKey(text: string): string {
  return normKey(text).toLowerCase().replace(/\b[ivxlc]+(?=\s*[-–]\s*#)/, 'R');
}

function detectFurniture(infos: LineInfo[], minRepeats: number, extra: readonly RegExp[]): Set<number> {
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

// ---------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------

interface Region {
  start: number; // 0-based inclusive
  end: number; // 0-based inclusive
}

class Parser {
  readonly infos: LineInfo[];
  readonly n: number;
  readonly furniture: Set<number>;
  readonly layout: boolean;
  readonly wrapWidth: number;
  readonly captionAt = new Map<number, CaptionMatch>();
  readonly claimed: Int32Array;
  readonly blocks: Block[] = [];
  readonly usedIds = new Set<string>();
  readonly captions: Caption[] = [];
  readonly duplicateLabels: DuplicateLabel[] = [];
  readonly seenLabels = new Map<string, number>();
  /** Table caption anchor → whether its body ended normally (Sumber/prose) or was cut by a chart. */
  readonly tableEnds = new Map<string, { terminated: boolean }>();

  constructor(text: string, options: ParseOptions) {
    const rawLines = text.split(/\r?\n/);
    if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '' && text.endsWith('\n')) rawLines.pop();
    this.infos = rawLines.map((raw) => {
      const blank = raw.trim().length === 0;
      return {
        raw,
        text: blank ? '' : cleanText(raw),
        blank,
        tab: raw.includes('\t'),
        trailingWs: /[ \t]$/.test(raw),
        leadingWs: /^[ \t]/.test(raw),
      };
    });
    this.n = this.infos.length;
    this.claimed = new Int32Array(this.n).fill(-1);
    let trailing = 0;
    let body = 0;
    const lengths: number[] = [];
    for (const info of this.infos) {
      if (info.blank || info.tab) continue;
      body++;
      if (info.trailingWs) trailing++;
      if (words(info.text).length >= 5) lengths.push(info.text.length);
    }
    this.layout = body > 0 && trailing / body > 0.5;
    this.wrapWidth = Math.max(40, percentile(lengths, 0.8));
    this.furniture = detectFurniture(this.infos, options.minRepeats ?? 3, options.extraFurniture ?? []);
    for (let i = 0; i < this.n; i++) {
      const info = this.infos[i];
      if (!info || info.blank || this.furniture.has(i)) continue;
      const m = matchCaption(info);
      if (m) this.captionAt.set(i, m);
    }
  }

  info(i: number): LineInfo {
    const info = this.infos[i];
    if (!info) throw new RangeError(`line ${i + 1} out of range`);
    return info;
  }

  /** Non-blank, non-furniture line. */
  isContent(i: number): boolean {
    const info = this.infos[i];
    return info !== undefined && !info.blank && !this.furniture.has(i);
  }

  nextContent(i: number, limit = this.n): number {
    let j = i;
    while (j < limit && !this.isContent(j)) j++;
    return j;
  }

  prevContent(i: number, limit = -1): number {
    let j = i;
    while (j > limit && !this.isContent(j)) j--;
    return j;
  }

  /** Number of blank lines strictly between a and b (furniture lines are not counted). */
  blanksBetween(a: number, b: number): number {
    let c = 0;
    for (let j = a + 1; j < b; j++) if (this.infos[j]?.blank) c++;
    return c;
  }

  uniqueId(base: string, prefix = 'b'): string {
    let id = base.length > 0 ? base : 'blok';
    if (!/^[a-z]/.test(id)) id = `${prefix}-${id}`;
    if (!this.usedIds.has(id)) {
      this.usedIds.add(id);
      return id;
    }
    for (let k = 2; ; k++) {
      const cand = `${id}-${k}`;
      if (!this.usedIds.has(cand)) {
        this.usedIds.add(cand);
        return cand;
      }
    }
  }

  claim(region: Region, blockIndex: number): void {
    for (let j = region.start; j <= region.end; j++) this.claimed[j] = blockIndex;
  }

  isFree(i: number): boolean {
    return (this.claimed[i] ?? 0) === -1;
  }

  push(block: Block, region: Region): number {
    const idx = this.blocks.length;
    this.blocks.push(block);
    this.claim(region, idx);
    return idx;
  }

  lineIsLong(info: LineInfo): boolean {
    return info.text.length >= 0.6 * this.wrapWidth;
  }

  /** A long line of running prose (used to detect the end of a table). */
  proseLike(info: LineInfo): boolean {
    if (info.tab) return false;
    const t = info.text;
    return (
      t.length >= Math.max(50, 0.8 * this.wrapWidth) &&
      words(t).length >= 8 &&
      numericRatio(t) < 0.2 &&
      !/^\d/.test(t)
    );
  }

  // -------------------------------------------------------------------------
  // Captions
  // -------------------------------------------------------------------------

  structuralStop(j: number): boolean {
    const info = this.info(j);
    return (
      info.tab ||
      this.captionAt.has(j) ||
      isSumber(info.text) ||
      (matchHeading(info)?.bab ?? false) ||
      /^(No|NO|N0|Kode|KODE|Uraian|URAIAN)\b/.test(info.text)
    );
  }

  titleComplete(t: string): boolean {
    return /(Binjai|\d{4})$/.test(t.trim());
  }

  parseCaptions(): void {
    for (const [i, m] of [...this.captionAt.entries()].sort((a, b) => a[0] - b[0])) {
      if (!this.isFree(i)) continue;
      let title = m.rest;
      let last = i;
      const titleLines: number[] = [];
      if (title.length > 0) {
        // Same-line title; continue only while markdown bold is still open.
        if (/^\s*(?:#+\s*)?\*\*/.test(this.info(i).raw) && !/\*\*\s*$/.test(this.info(i).raw.replace(/^\s*(?:#+\s*)?\*\*/, ''))) {
          let j = i + 1;
          while (j < this.n && j <= i + 3 && this.isContent(j) && !this.structuralStop(j)) {
            title = joinText(title, this.info(j).text);
            last = j;
            if (/\*\*\s*$/.test(this.info(j).raw)) break;
            j++;
          }
        }
      } else {
        const j = this.nextContent(i + 1, Math.min(this.n, i + 8));
        if (j < this.n && this.isContent(j) && this.isFree(j) && !this.structuralStop(j) && this.info(j).text.length <= 200 && !this.proseLikeTitleStop(j)) {
          title = this.info(j).text;
          last = j;
          titleLines.push(j);
          for (let guard = 0; guard < 4; guard++) {
            const k = this.nextContent(last + 1, Math.min(this.n, last + 6));
            if (k >= this.n || !this.isContent(k) || !this.isFree(k) || this.structuralStop(k)) break;
            const next = this.info(k);
            if (next.text.length > 140 || endsSentence(next.text) || listMarker(next.text) || matchHeading(next)) break;
            const gap = this.blanksBetween(last, k);
            const lastInfo = this.info(last);
            if (gap > 2) break;
            const yearLine = /^(?:.*\bTahun\s+)?\d{4}(?:\s*[-–]\s*\d{4})?\s*\)?$/i.test(next.text) && words(next.text).length <= 8;
            let cont = hasOpenParen(title) || endsWithConnector(title) || /^[\p{Ll}(]/u.test(next.text) || yearLine;
            if (!cont && this.layout && m.kind === 'gambar' && lastInfo.trailingWs && !this.titleComplete(title)) {
              // Chart titles are the only chart text with trailing spaces, on every wrapped line.
              cont = !isNumericDominant(next.text) && !(next.leadingWs && next.trailingWs);
            }
            if (!cont && gap === 0 && !this.layout) {
              // Markdown soft line break inside the same caption paragraph.
              cont = !isNumericDominant(next.text) && !this.proseLike(next);
            }
            if (
              cont &&
              !yearLine &&
              (isNumericDominant(next.text) ||
                (this.layout && next.leadingWs && next.trailingWs) ||
                (this.layout && m.kind === 'gambar' && !lastInfo.trailingWs))
            ) {
              // A table row or the first line of a new page continues only an unfinished title.
              cont = hasOpenParen(title) || endsWithConnector(title);
            }
            if (!cont) break;
            title = joinText(title, next.text);
            last = k;
            titleLines.push(k);
          }
        }
      }
      title = title.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().replace(/^[:.\-–]\s*/, '');
      const normalizedLabel = `${m.kind === 'tabel' ? 'Tabel' : capitalize(m.word)} ${m.number}`;
      let anchor = captionAnchor(`${m.word} ${m.number}`);
      const key = normalizedLabel.toLowerCase();
      const firstLine = this.seenLabels.get(key);
      if (firstLine !== undefined || this.usedIds.has(anchor)) {
        const unique = this.uniqueId(anchor);
        this.duplicateLabels.push({ label: m.label, anchor: unique, line: i + 1, firstLine: firstLine ?? i + 1 });
        anchor = unique;
      } else {
        this.usedIds.add(anchor);
        this.seenLabels.set(key, i + 1);
      }
      const block: CaptionBlock = {
        type: 'caption',
        id: anchor,
        lines: [i + 1, last + 1],
        kind: m.kind,
        label: m.label,
        number: m.number,
        title,
        anchor,
      };
      this.push(block, { start: i, end: last });
      this.captions.push({
        kind: m.kind,
        label: m.label,
        normalizedLabel,
        number: m.number,
        title,
        anchor,
        line: i + 1,
        lines: [i + 1, last + 1],
        extent: [i + 1, last + 1],
      });
    }
  }

  proseLikeTitleStop(j: number): boolean {
    const info = this.info(j);
    return this.proseLike(info) && endsSentence(info.text);
  }

  // -------------------------------------------------------------------------
  // Table bodies
  // -------------------------------------------------------------------------

  /** Last line of a "Sumber : …" note starting at j (it may wrap onto one short line). */
  sumberEnd(j: number): number {
    const t = this.info(j).text;
    if (!endsWithConnector(t)) return j;
    const k = this.nextContent(j + 1);
    if (k >= this.n || !this.isFree(k) || this.isStructural(k) || this.info(k).text.length > 60) return j;
    return k;
  }

  sumberText(j: number): string {
    const e = this.sumberEnd(j);
    return e === j ? this.info(j).text : joinText(this.info(j).text, this.info(e).text);
  }

  collectRows(region: Region): { rows: string[]; rowLines: number[]; source?: string } {
    const rows: string[] = [];
    const rowLines: number[] = [];
    let source: string | undefined;
    for (let j = region.start; j <= region.end; j++) {
      if (!this.isContent(j)) continue;
      const info = this.info(j);
      rows.push(info.raw.replace(/\s+$/, ''));
      rowLines.push(j + 1);
      if (source === undefined && isSumber(info.text)) source = this.sumberText(j);
    }
    return source === undefined ? { rows, rowLines } : { rows, rowLines, source };
  }

  /** Markdown-style table: tab rows (with a short preamble), plus a trailing Sumber line. */
  scanTabTable(start: number): Region | undefined {
    let j = this.nextContent(start);
    let firstTab = -1;
    for (let k = 0, p = j; k < 4 && p < this.n; k++) {
      if (!this.isFree(p)) break;
      if (this.info(p).tab) {
        firstTab = p;
        break;
      }
      const t = this.info(p).text;
      if (t.length > 160 || this.captionAt.has(p) || matchHeading(this.info(p))) break;
      p = this.nextContent(p + 1);
    }
    if (firstTab < 0) return undefined;
    let end = firstTab;
    j = firstTab + 1;
    while (j < this.n) {
      j = this.nextContent(j);
      if (j >= this.n || !this.isFree(j)) break;
      const info = this.info(j);
      if (info.tab) {
        end = j;
        j++;
        continue;
      }
      if (isSumber(info.text)) {
        end = this.sumberEnd(j);
        break;
      }
      // A short non-tab line sandwiched between tab rows (wrapped cell).
      const k = this.nextContent(j + 1);
      if (
        k < this.n &&
        this.isFree(k) &&
        this.info(k).tab &&
        info.text.length <= 120 &&
        !this.captionAt.has(j) &&
        !matchHeading(info) &&
        this.blanksBetween(end, j) <= 1
      ) {
        end = j;
        j++;
        continue;
      }
      break;
    }
    return { start: this.nextContent(start), end };
  }

  /** Layout-style table: up to the "Sumber" line, a caption, a BAB heading or resumed prose. */
  scanLayoutTable(start: number, requireRowStart: boolean): { region: Region; terminated: boolean; cutByCaption: number } | undefined {
    const first = this.nextContent(start);
    if (first >= this.n || !this.isFree(first)) return undefined;
    if (requireRowStart) {
      const info = this.info(first);
      if (this.proseLike(info) || matchHeading(info) || listMarker(info.text)) return undefined;
    }
    let end = first - 1;
    let proseRun = 0;
    let proseRunStart = -1;
    let terminated = false;
    let cutByCaption = -1;
    let count = 0;
    for (let j = first; j < this.n; j++) {
      if (!this.isContent(j)) continue;
      if (!this.isFree(j)) {
        if (this.captionAt.has(j)) cutByCaption = j;
        break;
      }
      const info = this.info(j);
      if (isSumber(info.text)) {
        end = this.sumberEnd(j);
        terminated = true;
        break;
      }
      if (matchHeading(info)?.bab || (matchHeading(info)?.frontMatter ?? false)) break;
      if (this.proseLike(info)) {
        if (proseRun === 0) proseRunStart = j;
        proseRun++;
        if (proseRun >= 3) {
          end = this.prevContent(proseRunStart - 1, first - 1);
          return end >= first ? { region: { start: first, end }, terminated: false, cutByCaption: -1 } : undefined;
        }
      } else proseRun = 0;
      end = j;
      if (++count > 1500) break;
    }
    if (end < first) return undefined;
    return { region: { start: first, end }, terminated, cutByCaption };
  }

  figureishStrict(info: LineInfo): boolean {
    return this.layout && !info.trailingWs && !/[-–]$/.test(info.text) && !info.tab;
  }

  parseTables(): void {
    const tableCaptions = this.blocks
      .map((b, idx) => ({ b, idx }))
      .filter((x): x is { b: CaptionBlock; idx: number } => x.b.type === 'caption' && x.b.kind === 'tabel');
    for (const { b } of tableCaptions) {
      const after = b.lines[1]; // 0-based index of the next line
      const tabRegion = this.scanTabTable(after);
      if (tabRegion) {
        this.addTable(b, tabRegion, false);
        this.tableEnds.set(b.anchor, { terminated: true });
        continue;
      }
      const res = this.scanLayoutTable(after, false);
      if (!res) continue;
      let { end } = res.region;
      if (res.cutByCaption >= 0 && this.captionAt.get(res.cutByCaption)?.kind === 'gambar') {
        // Give chart residue printed just before the chart caption back to the chart.
        while (end >= res.region.start) {
          if (!this.isContent(end)) {
            end--;
            continue;
          }
          if (this.figureishStrict(this.info(end))) end--;
          else break;
        }
        while (end >= res.region.start && !this.isContent(end)) end--;
      }
      if (end < res.region.start) continue;
      this.addTable(b, { start: res.region.start, end }, false);
      this.tableEnds.set(b.anchor, { terminated: res.terminated || res.cutByCaption < 0 });
    }
  }

  addTable(caption: CaptionBlock, region: Region, continuation: boolean): void {
    const { rows, rowLines, source } = this.collectRows(region);
    if (rows.length === 0) return;
    const block: TableTextBlock = {
      type: 'table-text',
      id: this.uniqueId(`${caption.anchor}-${continuation ? 'lanjutan' : 'isi'}`),
      lines: [region.start + 1, region.end + 1],
      rows,
      rowLines,
      captionId: caption.anchor,
    };
    if (continuation) block.continuation = true;
    if (source !== undefined) block.source = source;
    this.push(block, region);
    this.extendCaption(caption.anchor, region, source);
  }

  extendCaption(anchor: string, region: Region, source: string | undefined): void {
    const cap = this.captions.find((c) => c.anchor === anchor);
    if (!cap) return;
    cap.extent = [Math.min(cap.extent[0], region.start + 1), Math.max(cap.extent[1], region.end + 1)];
    if (source !== undefined && cap.source === undefined) cap.source = source;
  }

  /** Resume tables that were cut by a chart printed in the middle of them. */
  resumeTables(): void {
    for (const cap of this.captions) {
      if (cap.kind !== 'tabel') continue;
      const state = this.tableEnds.get(cap.anchor);
      if (!state || state.terminated) continue;
      let guard = 0;
      let from = cap.extent[1]; // 0-based index after the extent
      while (guard++ < 5) {
        // Skip the interrupting caption(s) and their chart residue.
        let j = this.nextContent(from);
        while (j < this.n && !this.isFree(j)) {
          const owner = this.blocks[this.claimed[j] ?? -1];
          if (!owner || !(owner.type === 'caption' || owner.type === 'figure-text') || (owner.type === 'caption' && owner.kind === 'tabel')) {
            j = this.n;
            break;
          }
          j = this.nextContent(j + 1);
        }
        if (j >= this.n) break;
        const res = this.scanLayoutTable(j, true);
        if (!res) break;
        const block = this.blocks.find((bl): bl is CaptionBlock => bl.type === 'caption' && bl.anchor === cap.anchor);
        if (!block) break;
        // Only resume when the resumed part looks like rows (no paragraph first).
        this.addTable(block, res.region, true);
        if (res.terminated || res.cutByCaption < 0) break;
        from = res.region.end + 1;
      }
    }
  }

  // -------------------------------------------------------------------------
  // Chart residue
  // -------------------------------------------------------------------------

  figureish(info: LineInfo, dir: 'pre' | 'post'): boolean {
    if (info.tab) return false;
    const t = info.text;
    const h = matchHeading(info);
    if ((h && !(dir === 'post' && !this.layout && h.frontMatter)) || listMarker(t)) return false;
    if (this.layout) {
      if (dir === 'post' && info.leadingWs && info.trailingWs) return false;
      if (this.figureishStrict(info)) return true;
      if (isNumericDominant(t) && words(t).length <= 2) return true;
      if (t.length <= 30 && !/[.;:]$/.test(t) && !isNumericDominant(t)) return true;
      return false;
    }
    if (isNumericDominant(t)) return true;
    return t.length <= 60 && !endsSentence(t);
  }

  parseFigures(): void {
    const figCaptions = this.blocks.filter((b): b is CaptionBlock => b.type === 'caption' && b.kind === 'gambar');
    for (const cap of figCaptions) {
      const first = cap.lines[0] - 1;
      const last = cap.lines[1] - 1;
      // After the caption.
      let end = -1;
      let source: string | undefined;
      for (let j = last + 1; j < this.n; j++) {
        if (!this.isContent(j)) continue;
        if (!this.isFree(j)) break;
        const info = this.info(j);
        if (isSumber(info.text)) {
          end = this.sumberEnd(j);
          source = this.sumberText(j);
          break;
        }
        if (!this.figureish(info, 'post')) break;
        end = j;
      }
      if (end > last) this.addFigure(cap, { start: this.nextContent(last + 1), end }, source);
      if (!this.layout) continue;
      // Before the caption (layout text prints chart values before the caption).
      let start = -1;
      let preSource: string | undefined;
      for (let j = first - 1; j >= 0; j--) {
        if (!this.isContent(j)) continue;
        if (!this.isFree(j)) break;
        const info = this.info(j);
        if (isSumber(info.text)) {
          start = j;
          preSource = info.text;
          break;
        }
        if (!this.figureish(info, 'pre')) break;
        start = j;
      }
      if (start >= 0 && start < first) {
        const region = { start, end: this.prevContent(first - 1) };
        if (region.end >= region.start) this.addFigure(cap, region, preSource);
      }
    }
  }

  addFigure(cap: CaptionBlock, region: Region, source: string | undefined): void {
    const { rows, rowLines } = this.collectRows(region);
    if (rows.length === 0) return;
    const block: FigureTextBlock = {
      type: 'figure-text',
      id: this.uniqueId(`${cap.anchor}-grafik${region.start < cap.lines[0] - 1 ? '-awal' : ''}`),
      lines: [region.start + 1, region.end + 1],
      rows,
      rowLines,
      captionId: cap.anchor,
    };
    if (source !== undefined) block.source = source;
    this.push(block, region);
    this.extendCaption(cap.anchor, region, source);
  }

  // -------------------------------------------------------------------------
  // Generic segmentation of everything not claimed yet
  // -------------------------------------------------------------------------

  lastNumberedLevel = 1;
  lastLetter: { code: number; level: HeadingLevel } | undefined;
  seenLampiran = new Set<string>();

  isStructural(j: number): boolean {
    const info = this.info(j);
    return (
      info.tab ||
      this.captionAt.has(j) ||
      isSumber(info.text) ||
      matchHeading(info) !== undefined ||
      listMarker(info.text) !== undefined
    );
  }

  canJoin(prev: LineInfo, next: LineInfo, gap: number): boolean {
    const a = prev.text;
    const b = next.text;
    if (isNumericDominant(b) && words(b).length >= 2 && !startsLowerOrDigit(b)) return false;
    if (isNumericDominant(b) && words(b).length >= 3) return false;
    const upperA = isUppercaseLine(a);
    const upperB = isUppercaseLine(b);
    if (upperA !== upperB) {
      // Title blocks (all caps) never merge with running text.
      if (!(upperB && words(b).length <= 2 && endsWithConnector(a))) return false;
    }
    if (upperA && upperB) return gap === 0 && !endsSentence(a);
    // Layout text without a blank line between two wrapped lines: same paragraph
    // (front matter is typeset this way), unless the next line opens a new page.
    if (this.layout && gap === 0 && !next.leadingWs && this.lineIsLong(prev) && prev.trailingWs) return true;
    if (endsSentence(a)) {
      return /[.]$/.test(a) && /^\p{Ll}/u.test(b) && !/^[a-z][.)]\s/.test(b);
    }
    if (/[\p{L}\d][-–]$/u.test(a)) return true;
    if (gap === 0 && !this.layout) return true;
    return this.lineIsLong(prev) || startsLowerOrDigit(b) || endsWithConnector(a);
  }

  segment(): void {
    let i = 0;
    while (i < this.n) {
      if (!this.isContent(i) || !this.isFree(i)) {
        i++;
        continue;
      }
      i = this.segmentAt(i);
    }
  }

  /** Returns the index after the block built at line i. */
  segmentAt(i: number): number {
    const info = this.info(i);
    const t = info.text;
    const heading = matchHeading(info);
    if (heading) {
      const lampiran = /^LAMPIRAN\s+([IVXLC]+)$/.exec(t);
      if (lampiran) {
        const label = (lampiran[1] ?? '').toUpperCase();
        if (this.seenLampiran.has(label)) {
          return this.segmentLampiranChunk(i, label, undefined);
        }
        this.seenLampiran.add(label);
        const h = this.addHeading(i, i, 1, t, `LAMPIRAN ${label}`);
        if (this.looksLikeAppendixTable(i)) return this.segmentLampiranChunk(i + 1, label, h);
        return i + 1;
      }
      return this.segmentHeading(i, heading);
    }
    if (isSumber(t)) {
      const end = this.sumberEnd(i);
      const block: SourceBlock = {
        type: 'source',
        id: this.uniqueId(`sumber-${i + 1}`),
        lines: [i + 1, end + 1],
        text: this.sumberText(i),
      };
      this.push(block, { start: i, end });
      return end + 1;
    }
    if (info.tab) return this.segmentLooseTable(i, 'tab');
    const lm = listMarker(t);
    if (lm) return this.segmentList(i);
    if (this.rowLike(info)) {
      const k = this.nextContent(i + 1);
      // A single number-heavy line ("2025", "NIP. 1986…") is text, not a table.
      const single = k >= this.n || !this.isFree(k) || !(this.rowLike(this.info(k)) || isSumber(this.info(k).text));
      if (!single || (this.layout && numericRatio(t) >= 0.6 && words(t).length >= 3)) return this.segmentLooseTable(i, 'rows');
    }
    return this.segmentParagraph(i);
  }

  rowLike(info: LineInfo): boolean {
    const t = info.text;
    if (info.tab) return true;
    const ws = words(t);
    if (ws.length === 0) return false;
    if (isNumericDominant(t) && ws.length >= 1 && !(ws.length === 1 && /^\d{4}$/.test(t) === false && t.length > 12)) return true;
    return /^\d/.test(t) && numericRatio(t) >= 0.4 && ws.length >= 3;
  }

  looksLikeAppendixTable(i: number): boolean {
    let j = i + 1;
    for (let k = 0; k < 40 && j < this.n; k++) {
      j = this.nextContent(j);
      if (j >= this.n || !this.isFree(j)) return false;
      const info = this.info(j);
      if (/^(No|NO|N0)\b/.test(info.text) && !info.tab) return true;
      const h = matchHeading(info);
      if (h && !/^LAMPIRAN\b/.test(info.text)) return false;
      j++;
    }
    return false;
  }

  /** Appendix table: until the next LAMPIRAN with another label / BAB / claimed line. */
  segmentLampiranChunk(i: number, label: string, heading: HeadingBlock | undefined): number {
    let j = i;
    let chunkStart = -1;
    let lastContent = -1;
    const sectionId = heading?.id ?? this.lampiranSection.get(label);
    if (heading) this.lampiranSection.set(label, heading.id);
    const flush = (): void => {
      if (chunkStart < 0 || lastContent < chunkStart) return;
      const region = { start: chunkStart, end: lastContent };
      const { rows, rowLines } = this.collectRows(region);
      const block: TableTextBlock = {
        type: 'table-text',
        id: this.uniqueId(`lampiran-${label.toLowerCase()}-tabel`),
        lines: [region.start + 1, region.end + 1],
        rows,
        rowLines,
      };
      if (sectionId !== undefined) block.sectionId = sectionId;
      this.push(block, region);
      chunkStart = -1;
    };
    while (j < this.n) {
      if (!this.isContent(j)) {
        j++;
        continue;
      }
      if (!this.isFree(j)) break;
      const info = this.info(j);
      const other = /^LAMPIRAN\s+([IVXLC]+)$/.exec(info.text);
      if (other && (other[1] ?? '').toUpperCase() !== label) break;
      if (matchHeading(info)?.bab) break;
      if (other && chunkStart >= 0 && j > chunkStart) flush();
      if (chunkStart < 0) chunkStart = j;
      lastContent = j;
      j++;
    }
    flush();
    return j;
  }

  readonly lampiranSection = new Map<string, string>();

  addHeading(start: number, end: number, level: HeadingLevel, text: string, number: string | undefined): HeadingBlock {
    const clean = text.replace(/\s+/g, ' ').trim();
    const block: HeadingBlock = {
      type: 'heading',
      id: this.uniqueId(slugify(clean, 60), 'h'),
      lines: [start + 1, end + 1],
      level,
      text: clean,
    };
    if (number !== undefined) block.number = number;
    this.push(block, { start, end });
    return block;
  }

  segmentHeading(i: number, h: HeadingMatch): number {
    let text = h.text;
    let end = i;
    if (h.bab) {
      // "BAB III" followed by its all-caps title lines.
      const m = /^BAB\s+\S+\s*[.:]?\s*(.*)$/.exec(text);
      let titled = (m?.[1] ?? '').length > 0;
      for (let guard = 0; guard < 4; guard++) {
        const k = this.nextContent(end + 1);
        if (k >= this.n || !this.isFree(k)) break;
        const nh = matchHeading(this.info(k));
        // An all-caps title typeset as a separate (markdown) heading still belongs to "BAB II".
        const titleHeading = nh !== undefined && nh.level === 'relative' && nh.number === undefined;
        if (this.isStructural(k) && !titleHeading) break;
        const next = this.info(k);
        if (!isUppercaseLine(next.text) || next.text.length > 80) break;
        if (titled && this.blanksBetween(end, k) > 1) break;
        text = `${text} ${next.text}`;
        end = k;
        titled = true;
      }
    } else if (!h.frontMatter) {
      // Markdown soft break: "3.2 Tujuan … dan Pengembangan\nSumber Daya Manusia Kota Binjai".
      const k0 = this.nextContent(end + 1);
      if (
        !this.layout &&
        k0 < this.n &&
        k0 === end + 1 &&
        this.isFree(k0) &&
        !this.isStructural(k0) &&
        !endsSentence(text) &&
        this.info(k0).text.length <= 80 &&
        !endsSentence(this.info(k0).text)
      ) {
        text = joinText(text, this.info(k0).text);
        end = k0;
      }
      for (let guard = 0; guard < 2; guard++) {
        // A wrapped heading: the first part ends in a preposition/comma or an open "(".
        const lw = lastWord(text).replace(/[^\p{L}]/gu, '');
        if (!HEADING_CONNECTORS.has(lw) && !/[,(\-–]$/.test(text) && !hasOpenParen(text)) break;
        const k = this.nextContent(end + 1);
        if (k >= this.n || !this.isFree(k) || this.isStructural(k)) break;
        const next = this.info(k);
        if (next.text.length > 90 || this.proseLike(next)) break;
        text = joinText(text, next.text);
        end = k;
      }
    }
    let level: HeadingLevel;
    const letter = h.level === 'relative' && h.number !== undefined && /^[A-Z]$/.test(h.number) ? h.number : undefined;
    if (letter !== undefined && this.lastLetter && letter.charCodeAt(0) === this.lastLetter.code + 1) {
      // "B." continues the series opened by "A." even if a chapter cover page came in between.
      level = this.lastLetter.level;
    } else if (h.level === 'relative') level = Math.min(4, this.lastNumberedLevel + 1) as HeadingLevel;
    else {
      level = h.level;
      if (h.number !== undefined || h.bab) this.lastNumberedLevel = level;
    }
    if (letter !== undefined) this.lastLetter = { code: letter.charCodeAt(0), level };
    this.addHeading(i, end, level, text, h.number);
    return end + 1;
  }

  segmentLooseTable(i: number, mode: 'tab' | 'rows'): number {
    let end = i;
    let j = i + 1;
    while (j < this.n) {
      j = this.nextContent(j);
      if (j >= this.n || !this.isFree(j)) break;
      const info = this.info(j);
      if (mode === 'tab') {
        if (info.tab) {
          end = j;
          j++;
          continue;
        }
        if (isSumber(info.text)) end = this.sumberEnd(j);
        break;
      }
      if (isSumber(info.text)) {
        end = this.sumberEnd(j);
        break;
      }
      if (this.rowLike(info) || (this.layout && this.figureishStrict(info) && !this.isStructural(j))) {
        end = j;
        j++;
        continue;
      }
      break;
    }
    const region = { start: i, end };
    const { rows, rowLines, source } = this.collectRows(region);
    const block: TableTextBlock = {
      type: 'table-text',
      id: this.uniqueId(`tabel-baris-${i + 1}`),
      lines: [i + 1, end + 1],
      rows,
      rowLines,
    };
    if (source !== undefined) block.source = source;
    this.push(block, region);
    return end + 1;
  }

  segmentList(i: number): number {
    const items: ListItem[] = [];
    const styles: string[] = [];
    let ordered = false;
    let j = i;
    let end = i;
    while (j < this.n) {
      if (!this.isContent(j) || !this.isFree(j)) break;
      const info = this.info(j);
      const lm = listMarker(info.text);
      if (!lm || matchHeading(info) || info.tab || this.captionAt.has(j)) break;
      if (items.length === 0) ordered = lm.ordered;
      let text = lm.body;
      let last = j;
      let lastInfo = info;
      for (;;) {
        const k = this.nextContent(last + 1);
        if (k >= this.n || !this.isFree(k) || this.isStructural(k)) break;
        const next = this.info(k);
        if (!this.canJoin({ ...lastInfo, text: lastInfo === info ? lm.body : lastInfo.text }, next, this.blanksBetween(last, k))) break;
        text = joinText(text, next.text);
        last = k;
        lastInfo = next;
      }
      const style = markerStyle(lm.marker);
      let depth = styles.indexOf(style);
      if (depth < 0) {
        styles.push(style);
        depth = styles.length - 1;
      } else styles.length = depth + 1;
      items.push({ marker: lm.marker, depth, text, lines: [j + 1, last + 1] });
      end = last;
      const k = this.nextContent(last + 1);
      if (k >= this.n || !this.isFree(k)) break;
      const nextInfo = this.info(k);
      if (!listMarker(nextInfo.text) || matchHeading(nextInfo) || nextInfo.tab) break;
      j = k;
    }
    const block: ListBlock = {
      type: 'list',
      id: this.uniqueId(`daftar-${i + 1}`),
      lines: [i + 1, end + 1],
      ordered,
      items,
    };
    this.push(block, { start: i, end });
    return end + 1;
  }

  segmentParagraph(i: number): number {
    let text = this.info(i).text;
    let last = i;
    for (;;) {
      const k = this.nextContent(last + 1);
      if (k >= this.n || !this.isFree(k) || this.isStructural(k)) break;
      const next = this.info(k);
      if (!this.canJoin(this.info(last), next, this.blanksBetween(last, k))) break;
      text = joinText(text, next.text);
      last = k;
    }
    const block: ParagraphBlock = {
      type: 'paragraph',
      id: this.uniqueId(`p-${i + 1}`),
      lines: [i + 1, last + 1],
      text,
    };
    this.push(block, { start: i, end: last });
    return last + 1;
  }

  // -------------------------------------------------------------------------
  // Post-processing
  // -------------------------------------------------------------------------

  finish(): DocumentModel {
    const blocks = [...this.blocks].sort((a, b) => a.lines[0] - b.lines[0]);
    // Paragraphs interrupted by a chart/table/page break mid-sentence.
    let lastPara: ParagraphBlock | ListBlock | undefined;
    for (const b of blocks) {
      if (b.type === 'paragraph') {
        if (lastPara && /^\p{Ll}/u.test(b.text)) {
          const prevText = lastPara.type === 'paragraph' ? lastPara.text : (lastPara.items[lastPara.items.length - 1]?.text ?? '');
          if (!endsSentence(prevText)) b.continuation = true;
        }
        lastPara = b;
      } else if (b.type === 'list') lastPara = b;
      else if (b.type === 'heading') lastPara = undefined;
    }
    // Title of a table without caption: a short line just above it ("➤ Jumlah Pasar …").
    for (let k = 1; k < blocks.length; k++) {
      const b = blocks[k];
      const prev = blocks[k - 1];
      if (!b || !prev || b.type !== 'table-text' || b.captionId !== undefined || b.sectionId !== undefined) continue;
      let t: string | undefined;
      if (prev.type === 'paragraph') t = prev.text;
      else if (prev.type === 'list' && prev.items.length === 1) t = prev.items[0]?.text;
      else if (prev.type === 'heading') t = prev.text;
      if (t === undefined || t.length > 160 || /[:;,]$/.test(t) || b.lines[0] - prev.lines[1] > 4) continue;
      b.title = t.replace(/[.\s]+$/, '');
    }
    const captions = [...this.captions].sort((a, b) => a.line - b.line);
    const toc: TocEntry[] = blocks
      .filter((b): b is HeadingBlock => b.type === 'heading')
      .map((h) => ({ level: h.level, text: h.text, id: h.id, line: h.lines[0] }));
    return {
      blocks,
      captions,
      toc,
      diagnostics: {
        furnitureLines: [...this.furniture].sort((a, b) => a - b).map((i) => i + 1),
        duplicateLabels: this.duplicateLabels,
        numberingGaps: numberingGaps(captions),
        layoutStyle: this.layout,
      },
    };
  }
}

function markerStyle(marker: string): string {
  if (/\d/.test(marker)) return marker.startsWith('(') ? '(1)' : '1.';
  if (/^\(?[a-z][.)]?$|^\([a-z]\)$/.test(marker)) return marker.startsWith('(') ? '(a)' : 'a.';
  return `bullet:${marker}`;
}

function capitalize(word: string): string {
  const w = word.toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function numberingGaps(captions: readonly Caption[]): string[] {
  const groups = new Map<string, { word: string; prefix: string; nums: Set<number> }>();
  for (const c of captions) {
    const word = c.normalizedLabel.split(' ')[0] ?? '';
    const parts = c.number.split('.');
    const lastPart = parts[parts.length - 1] ?? '';
    const num = Number.parseInt(lastPart, 10);
    if (!Number.isFinite(num) || !/^\d+$/.test(lastPart)) continue;
    const prefix = parts.slice(0, -1).join('.');
    const key = `${word}|${prefix}`;
    let g = groups.get(key);
    if (!g) {
      g = { word, prefix, nums: new Set() };
      groups.set(key, g);
    }
    g.nums.add(num);
  }
  const gaps: string[] = [];
  for (const g of groups.values()) {
    const max = Math.max(...g.nums);
    for (let k = 1; k < max; k++) {
      if (!g.nums.has(k)) gaps.push(`${g.word} ${g.prefix.length > 0 ? `${g.prefix}.` : ''}${k}`);
    }
  }
  return gaps;
}

/** Parse a flattened PDF text into blocks, captions and a table of contents. */
export function parseDocument(text: string, options: ParseOptions = {}): DocumentModel {
  const p = new Parser(text, options);
  p.parseCaptions();
  p.parseTables();
  p.parseFigures();
  p.resumeTables();
  p.segment();
  return p.finish();
}

function overlaps(r: LineRange, first: number, last: number): boolean {
  return r[0] <= last && r[1] >= first;
}

/**
 * The block a source line range belongs to, for linking dataset provenance to
 * anchors: a caption block overlapping the range wins; otherwise a table/chart
 * block overlapping it resolves to its caption block; otherwise the first
 * overlapping block; otherwise the nearest block ending before the range.
 */
export function findBlockForLines(model: DocumentModel, range: readonly [number, number]): Block | undefined {
  const first = Math.min(range[0], range[1]);
  const last = Math.max(range[0], range[1]);
  const hits = model.blocks.filter((b) => overlaps(b.lines, first, last));
  const cap = hits.find((b) => b.type === 'caption');
  if (cap) return cap;
  for (const b of hits) {
    if ((b.type === 'table-text' || b.type === 'figure-text') && b.captionId !== undefined) {
      const id = b.captionId;
      const c = model.blocks.find((x) => x.type === 'caption' && x.id === id);
      if (c) return c;
    }
  }
  if (hits.length > 0) return hits[0];
  let best: Block | undefined;
  for (const b of model.blocks) {
    if (b.lines[1] < first && (!best || b.lines[1] > best.lines[1])) best = b;
  }
  return best;
}

/** The caption (table/chart) a source line range belongs to, if any. */
export function findCaptionForLines(model: DocumentModel, range: readonly [number, number]): Caption | undefined {
  const [first, last] = range[0] <= range[1] ? range : [range[1], range[0]];
  const inExtent = model.captions.filter((c) => overlaps(c.extent, first, last));
  if (inExtent.length > 0) {
    // Prefer the caption whose extent overlaps the most.
    let best = inExtent[0];
    let bestOverlap = -1;
    for (const c of inExtent) {
      const o = Math.min(c.extent[1], last) - Math.max(c.extent[0], first);
      if (o > bestOverlap) {
        best = c;
        bestOverlap = o;
      }
    }
    return best;
  }
  const b = findBlockForLines(model, range);
  if (b && b.type === 'caption') return model.captions.find((c) => c.anchor === b.anchor);
  return undefined;
}
