/**
 * Line classification: each source line as a LineInfo (cleaned text, blank, tab
 * row, trailing/leading whitespace), and what a line can open: a caption
 * (Tabel/Gambar + number), a heading (BAB, front matter, numbered, lettered,
 * markdown #), a list item or a "Sumber :" note.
 */
import type { CaptionKind, HeadingLevel } from './types.ts';
import { cleanText, numericRatio, slugify, words } from './text.ts';

export const CAPTION_RE =
  /^(Tabel|TABEL|Table|TABLE|Gambar|GAMBAR|Grafik|GRAFIK|Diagram|DIAGRAM|Bagan|BAGAN)\s*\.?\s*((?:[IVXLC]+|\d{1,3})(?:\s*\.\s*\d{1,3})*)(?=$|[\s.:\-–,]|[A-Z])(.*)$/;

export const FRONT_MATTER_RE =
  /^(KATA PENGANTAR|DAFTAR ISI|DAFTAR TABEL|DAFTAR GAMBAR|DAFTAR GRAFIK|DAFTAR LAMPIRAN|RINGKASAN EKSEKUTIF|IKHTISAR EKSEKUTIF|EXECUTIVE SUMMARY|PENDAHULUAN|PENUTUP|LAMPIRAN(?:\s+[IVXLC]+)?)$/;

export interface LineInfo {
  raw: string;
  text: string;
  blank: boolean;
  tab: boolean;
  trailingWs: boolean;
  leadingWs: boolean;
}

export interface CaptionMatch {
  kind: CaptionKind;
  label: string;
  number: string;
  rest: string;
  word: string;
}

export function matchCaption(info: LineInfo): CaptionMatch | undefined {
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

export function isSumber(text: string): boolean {
  return /^sumber\s*(?:data)?\s*:/i.test(text);
}

export function listMarker(text: string): { marker: string; body: string; ordered: boolean } | undefined {
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

export interface HeadingMatch {
  level: HeadingLevel | 'relative';
  number?: string;
  text: string;
  bab?: boolean;
  frontMatter?: boolean;
}

export function matchHeading(info: LineInfo): HeadingMatch | undefined {
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

/**
 * Anchor id for a caption label as printed: "Tabel I.3" → "tabel-i-3",
 * "Tabel III. 11" → "tabel-iii-11", "TABEL 3. 13" → "tabel-3-13",
 * "Tabel . 3.3" → "tabel-3-3", "**Tabel 1.3" → "tabel-1-3".
 */
export function captionAnchor(label: string): string {
  return slugify(cleanText(label), 80);
}

/** One LineInfo per source line (a final newline does not make an extra line). */
export function lineInfos(text: string): LineInfo[] {
  const rawLines = text.split(/\r?\n/);
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '' && text.endsWith('\n')) rawLines.pop();
  return rawLines.map((raw) => {
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
}
