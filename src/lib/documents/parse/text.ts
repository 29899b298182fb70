/**
 * Text helpers of the document parser: cleaning a printed line (markdown, tags,
 * entities), counting words and numbers, sentence ends and connectors, and
 * joining wrapped lines ("laki-" + "laki" → "laki-laki"). Pure string functions.
 */
import { slugify as slugText } from '../../core/slug.ts';

export const CONNECTORS = new Set([
  'dan', 'di', 'ke', 'dari', 'yang', 'pada', 'untuk', 'dengan', 'atau', 'serta', 'menurut', 'atas', 'oleh',
  'terhadap', 'dalam', 'bagi', 'per', 'sesuai', 'tahun', 'kota', 'kabupaten', 'provinsi', 'se', 'antara',
  'sampai', 'hingga', 'melalui', 'tentang', 'sebagai', 'berdasarkan', 'beserta', 'the', 'of', 'and', 'kab',
  'kec', 'kel', 'nomor', 'no', 'rp', 'rp.', '&', 'kepada',
]);

/** Words that cannot end a heading: the heading wrapped onto the next line. */
export const HEADING_CONNECTORS = new Set([
  'dan', 'di', 'ke', 'dari', 'yang', 'pada', 'untuk', 'dengan', 'atau', 'serta', 'menurut', 'atas', 'oleh',
  'terhadap', 'dalam', 'bagi', 'sesuai', 'antara', 'melalui', 'tentang', 'sebagai', 'berdasarkan', 'beserta',
  'kepada', 'of', 'and', 'the',
]);

export const ABBREVIATIONS = /(?:^|\s)(?:Rp|No|Nomor|Jl|Kel|Kec|Kab|Drs|Dr|dr|H|Hj|Ir|Prof|St|dkk|dll|dsb|Yth|Tbk|Sdr|a\.n|u\.p|s\.d)\.$/;

export function cleanText(raw: string): string {
  let t = raw.replace(/\t/g, ' ').trim();
  t = t.replace(/^#{1,6}\s+/, '');
  t = t.replace(/<[^>]+>/g, '');
  t = t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ');
  t = t.replace(/\*\*|__/g, '');
  t = t.replace(/(^|\s)\*(?=\S)/g, '$1').replace(/(\S)\*(?=\s|$|[.,;:])/g, '$1');
  return t.replace(/\s+/g, ' ').trim();
}

/** Repetition key: whitespace collapsed, digits → "#". Case is kept (running heads are typeset identically). */
export function normKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#');
}

export function words(t: string): string[] {
  return t.split(/\s+/).filter((w) => w.length > 0);
}

export const NUMERIC_TOKEN = /^[(\-–+]?(?:Rp\.?)?[\d][\d.,:/%]*\)?%?$|^[-–]$|^\d+(?:[.,]\d+)*%?$/;

export function numericRatio(t: string): number {
  const ws = words(t);
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (NUMERIC_TOKEN.test(w)) n++;
  return n / ws.length;
}

export function isNumericDominant(t: string): boolean {
  const ws = words(t);
  return ws.length > 0 && numericRatio(t) >= 0.5;
}

export function endsSentence(t: string): boolean {
  const s = t.trim();
  if (!/[.!?:;]["'”’»)\]]*$/.test(s)) return false;
  if (ABBREVIATIONS.test(s)) return false;
  return true;
}

export function lastWord(t: string): string {
  const ws = words(t);
  return (ws[ws.length - 1] ?? '').toLowerCase();
}

export function endsWithConnector(t: string): boolean {
  const s = t.trim();
  if (/[,\-–&/(]$/.test(s)) return true;
  return CONNECTORS.has(lastWord(s).replace(/[^\p{L}.&]/gu, ''));
}

export function startsLowerOrDigit(t: string): boolean {
  return /^[\p{Ll}\d(]/u.test(t.trim());
}

export function hasOpenParen(t: string): boolean {
  let depth = 0;
  for (const ch of t) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

export function isUppercaseLine(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.85 && words(t).length <= 14;
}

export function joinText(a: string, b: string): string {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // "laki-" + "laki" → "laki-laki"; "140-" + "1395/SK" → "140-1395/SK".
  if (/[\p{L}\d][-–]$/u.test(a) && /^[\p{L}\d]/u.test(b)) return a + b;
  return `${a} ${b}`;
}

export function slugify(text: string, maxLen = 60): string {
  return slugText(text, { maxLength: maxLen, cut: 'word' });
}


export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.floor(p * (sorted.length - 1))));
  return sorted[idx] ?? 0;
}
