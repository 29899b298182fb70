/**
 * Line joining: paragraphs and lists, built by joining a line to the previous one
 * when the text runs on (no sentence end and a wrapped line, a connector, or a
 * lower-case start). See parse-document.ts, step 6.
 */
import type { ParseContext } from './context.ts';
import { listMarker, matchHeading, type LineInfo } from './lines.ts';
import { endsSentence, endsWithConnector, isNumericDominant, isUppercaseLine, joinText, startsLowerOrDigit, words } from './text.ts';
import type { ListBlock, ListItem, ParagraphBlock } from './types.ts';

export function canJoin(ctx: ParseContext, prev: LineInfo, next: LineInfo, gap: number): boolean {
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
  if (ctx.layout && gap === 0 && !next.leadingWs && ctx.lineIsLong(prev) && prev.trailingWs) return true;
  if (endsSentence(a)) {
    return /[.]$/.test(a) && /^\p{Ll}/u.test(b) && !/^[a-z][.)]\s/.test(b);
  }
  if (/[\p{L}\d][-–]$/u.test(a)) return true;
  if (gap === 0 && !ctx.layout) return true;
  return ctx.lineIsLong(prev) || startsLowerOrDigit(b) || endsWithConnector(a);
}

export function segmentList(ctx: ParseContext, i: number): number {
  const items: ListItem[] = [];
  const styles: string[] = [];
  let ordered = false;
  let j = i;
  let end = i;
  while (j < ctx.n) {
    if (!ctx.isContent(j) || !ctx.isFree(j)) break;
    const info = ctx.info(j);
    const lm = listMarker(info.text);
    if (!lm || matchHeading(info) || info.tab || ctx.captionAt.has(j)) break;
    if (items.length === 0) ordered = lm.ordered;
    let text = lm.body;
    let last = j;
    let lastInfo = info;
    for (;;) {
      const k = ctx.nextContent(last + 1);
      if (k >= ctx.n || !ctx.isFree(k) || ctx.isStructural(k)) break;
      const next = ctx.info(k);
      if (!canJoin(ctx, { ...lastInfo, text: lastInfo === info ? lm.body : lastInfo.text }, next, ctx.blanksBetween(last, k))) break;
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
    const k = ctx.nextContent(last + 1);
    if (k >= ctx.n || !ctx.isFree(k)) break;
    const nextInfo = ctx.info(k);
    if (!listMarker(nextInfo.text) || matchHeading(nextInfo) || nextInfo.tab) break;
    j = k;
  }
  const block: ListBlock = {
    type: 'list',
    id: ctx.uniqueId(`daftar-${i + 1}`),
    lines: [i + 1, end + 1],
    ordered,
    items,
  };
  ctx.push(block, { start: i, end });
  return end + 1;
}

export function segmentParagraph(ctx: ParseContext, i: number): number {
  let text = ctx.info(i).text;
  let last = i;
  for (;;) {
    const k = ctx.nextContent(last + 1);
    if (k >= ctx.n || !ctx.isFree(k) || ctx.isStructural(k)) break;
    const next = ctx.info(k);
    if (!canJoin(ctx, ctx.info(last), next, ctx.blanksBetween(last, k))) break;
    text = joinText(text, next.text);
    last = k;
  }
  const block: ParagraphBlock = {
    type: 'paragraph',
    id: ctx.uniqueId(`p-${i + 1}`),
    lines: [i + 1, last + 1],
    text,
  };
  ctx.push(block, { start: i, end: last });
  return last + 1;
}

export function markerStyle(marker: string): string {
  if (/\d/.test(marker)) return marker.startsWith('(') ? '(1)' : '1.';
  if (/^\(?[a-z][.)]?$|^\([a-z]\)$/.test(marker)) return marker.startsWith('(') ? '(a)' : 'a.';
  return `bullet:${marker}`;
}
