/**
 * Generic segmentation of every line no caption, table or chart claimed:
 * headings, "Sumber" notes, appendix tables, loose tables, then lists and
 * paragraphs (prose.ts). See parse-document.ts, steps 5 and 6.
 */
import type { ParseContext } from './context.ts';
import { isSumber, listMarker, matchHeading, type HeadingMatch, type LineInfo } from './lines.ts';
import { segmentList, segmentParagraph } from './prose.ts';
import { endsSentence, HEADING_CONNECTORS, hasOpenParen, isNumericDominant, isUppercaseLine, joinText, lastWord, numericRatio, slugify, words } from './text.ts';
import type { HeadingBlock, HeadingLevel, SourceBlock, TableTextBlock } from './types.ts';

export function segment(ctx: ParseContext): void {
  let i = 0;
  while (i < ctx.n) {
    if (!ctx.isContent(i) || !ctx.isFree(i)) {
      i++;
      continue;
    }
    i = segmentAt(ctx, i);
  }
}

/** Returns the index after the block built at line i. */
export function segmentAt(ctx: ParseContext, i: number): number {
  const info = ctx.info(i);
  const t = info.text;
  const heading = matchHeading(info);
  if (heading) {
    const lampiran = /^LAMPIRAN\s+([IVXLC]+)$/.exec(t);
    if (lampiran) {
      const label = (lampiran[1] ?? '').toUpperCase();
      if (ctx.seenLampiran.has(label)) {
        return segmentLampiranChunk(ctx, i, label, undefined);
      }
      ctx.seenLampiran.add(label);
      const h = addHeading(ctx, i, i, 1, t, `LAMPIRAN ${label}`);
      if (looksLikeAppendixTable(ctx, i)) return segmentLampiranChunk(ctx, i + 1, label, h);
      return i + 1;
    }
    return segmentHeading(ctx, i, heading);
  }
  if (isSumber(t)) {
    const end = ctx.sumberEnd(i);
    const block: SourceBlock = {
      type: 'source',
      id: ctx.uniqueId(`sumber-${i + 1}`),
      lines: [i + 1, end + 1],
      text: ctx.sumberText(i),
    };
    ctx.push(block, { start: i, end });
    return end + 1;
  }
  if (info.tab) return segmentLooseTable(ctx, i, 'tab');
  const lm = listMarker(t);
  if (lm) return segmentList(ctx, i);
  if (rowLike(info)) {
    const k = ctx.nextContent(i + 1);
    // A single number-heavy line ("2025", "NIP. 1986…") is text, not a table.
    const single = k >= ctx.n || !ctx.isFree(k) || !(rowLike(ctx.info(k)) || isSumber(ctx.info(k).text));
    if (!single || (ctx.layout && numericRatio(t) >= 0.6 && words(t).length >= 3)) return segmentLooseTable(ctx, i, 'rows');
  }
  return segmentParagraph(ctx, i);
}

export function rowLike(info: LineInfo): boolean {
  const t = info.text;
  if (info.tab) return true;
  const ws = words(t);
  if (ws.length === 0) return false;
  if (isNumericDominant(t) && ws.length >= 1 && !(ws.length === 1 && /^\d{4}$/.test(t) === false && t.length > 12)) return true;
  return /^\d/.test(t) && numericRatio(t) >= 0.4 && ws.length >= 3;
}

export function looksLikeAppendixTable(ctx: ParseContext, i: number): boolean {
  let j = i + 1;
  for (let k = 0; k < 40 && j < ctx.n; k++) {
    j = ctx.nextContent(j);
    if (j >= ctx.n || !ctx.isFree(j)) return false;
    const info = ctx.info(j);
    if (/^(No|NO|N0)\b/.test(info.text) && !info.tab) return true;
    const h = matchHeading(info);
    if (h && !/^LAMPIRAN\b/.test(info.text)) return false;
    j++;
  }
  return false;
}

/** Appendix table: until the next LAMPIRAN with another label / BAB / claimed line. */
export function segmentLampiranChunk(ctx: ParseContext, i: number, label: string, heading: HeadingBlock | undefined): number {
  let j = i;
  let chunkStart = -1;
  let lastContent = -1;
  const sectionId = heading?.id ?? ctx.lampiranSection.get(label);
  if (heading) ctx.lampiranSection.set(label, heading.id);
  const flush = (): void => {
    if (chunkStart < 0 || lastContent < chunkStart) return;
    const region = { start: chunkStart, end: lastContent };
    const { rows, rowLines } = ctx.collectRows(region);
    const block: TableTextBlock = {
      type: 'table-text',
      id: ctx.uniqueId(`lampiran-${label.toLowerCase()}-tabel`),
      lines: [region.start + 1, region.end + 1],
      rows,
      rowLines,
    };
    if (sectionId !== undefined) block.sectionId = sectionId;
    ctx.push(block, region);
    chunkStart = -1;
  };
  while (j < ctx.n) {
    if (!ctx.isContent(j)) {
      j++;
      continue;
    }
    if (!ctx.isFree(j)) break;
    const info = ctx.info(j);
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

export function addHeading(ctx: ParseContext, start: number, end: number, level: HeadingLevel, text: string, number: string | undefined): HeadingBlock {
  const clean = text.replace(/\s+/g, ' ').trim();
  const block: HeadingBlock = {
    type: 'heading',
    id: ctx.uniqueId(slugify(clean, 60), 'h'),
    lines: [start + 1, end + 1],
    level,
    text: clean,
  };
  if (number !== undefined) block.number = number;
  ctx.push(block, { start, end });
  return block;
}

export function segmentHeading(ctx: ParseContext, i: number, h: HeadingMatch): number {
  let text = h.text;
  let end = i;
  if (h.bab) {
    // "BAB III" followed by its all-caps title lines.
    const m = /^BAB\s+\S+\s*[.:]?\s*(.*)$/.exec(text);
    let titled = (m?.[1] ?? '').length > 0;
    for (let guard = 0; guard < 4; guard++) {
      const k = ctx.nextContent(end + 1);
      if (k >= ctx.n || !ctx.isFree(k)) break;
      const nh = matchHeading(ctx.info(k));
      // An all-caps title typeset as a separate (markdown) heading still belongs to "BAB II".
      const titleHeading = nh !== undefined && nh.level === 'relative' && nh.number === undefined;
      if (ctx.isStructural(k) && !titleHeading) break;
      const next = ctx.info(k);
      if (!isUppercaseLine(next.text) || next.text.length > 80) break;
      if (titled && ctx.blanksBetween(end, k) > 1) break;
      text = `${text} ${next.text}`;
      end = k;
      titled = true;
    }
  } else if (!h.frontMatter) {
    // Markdown soft break: "3.2 Tujuan … dan Pengembangan\nSumber Daya Manusia Kota Binjai".
    const k0 = ctx.nextContent(end + 1);
    if (
      !ctx.layout &&
      k0 < ctx.n &&
      k0 === end + 1 &&
      ctx.isFree(k0) &&
      !ctx.isStructural(k0) &&
      !endsSentence(text) &&
      ctx.info(k0).text.length <= 80 &&
      !endsSentence(ctx.info(k0).text)
    ) {
      text = joinText(text, ctx.info(k0).text);
      end = k0;
    }
    for (let guard = 0; guard < 2; guard++) {
      // A wrapped heading: the first part ends in a preposition/comma or an open "(".
      const lw = lastWord(text).replace(/[^\p{L}]/gu, '');
      if (!HEADING_CONNECTORS.has(lw) && !/[,(\-–]$/.test(text) && !hasOpenParen(text)) break;
      const k = ctx.nextContent(end + 1);
      if (k >= ctx.n || !ctx.isFree(k) || ctx.isStructural(k)) break;
      const next = ctx.info(k);
      if (next.text.length > 90 || ctx.proseLike(next)) break;
      text = joinText(text, next.text);
      end = k;
    }
  }
  let level: HeadingLevel;
  const letter = h.level === 'relative' && h.number !== undefined && /^[A-Z]$/.test(h.number) ? h.number : undefined;
  if (letter !== undefined && ctx.lastLetter && letter.charCodeAt(0) === ctx.lastLetter.code + 1) {
    // "B." continues the series opened by "A." even if a chapter cover page came in between.
    level = ctx.lastLetter.level;
  } else if (h.level === 'relative') level = Math.min(4, ctx.lastNumberedLevel + 1) as HeadingLevel;
  else {
    level = h.level;
    if (h.number !== undefined || h.bab) ctx.lastNumberedLevel = level;
  }
  if (letter !== undefined) ctx.lastLetter = { code: letter.charCodeAt(0), level };
  addHeading(ctx, i, end, level, text, h.number);
  return end + 1;
}

export function segmentLooseTable(ctx: ParseContext, i: number, mode: 'tab' | 'rows'): number {
  let end = i;
  let j = i + 1;
  while (j < ctx.n) {
    j = ctx.nextContent(j);
    if (j >= ctx.n || !ctx.isFree(j)) break;
    const info = ctx.info(j);
    if (mode === 'tab') {
      if (info.tab) {
        end = j;
        j++;
        continue;
      }
      if (isSumber(info.text)) end = ctx.sumberEnd(j);
      break;
    }
    if (isSumber(info.text)) {
      end = ctx.sumberEnd(j);
      break;
    }
    if (rowLike(info) || (ctx.layout && ctx.figureishStrict(info) && !ctx.isStructural(j))) {
      end = j;
      j++;
      continue;
    }
    break;
  }
  const region = { start: i, end };
  const { rows, rowLines, source } = ctx.collectRows(region);
  const block: TableTextBlock = {
    type: 'table-text',
    id: ctx.uniqueId(`tabel-baris-${i + 1}`),
    lines: [i + 1, end + 1],
    rows,
    rowLines,
  };
  if (source !== undefined) block.source = source;
  ctx.push(block, region);
  return end + 1;
}
