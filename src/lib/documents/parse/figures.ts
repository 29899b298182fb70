/**
 * Chart residue: the labels and values a chart leaves in the text, after its
 * Gambar caption and (layout text) before it. See parse-document.ts, step 4.
 */
import type { ParseContext, Region } from './context.ts';
import { isSumber, listMarker, matchHeading, type LineInfo } from './lines.ts';
import { endsSentence, isNumericDominant, words } from './text.ts';
import type { CaptionBlock, FigureTextBlock } from './types.ts';

export function figureish(ctx: ParseContext, info: LineInfo, dir: 'pre' | 'post'): boolean {
  if (info.tab) return false;
  const t = info.text;
  const h = matchHeading(info);
  if ((h && !(dir === 'post' && !ctx.layout && h.frontMatter)) || listMarker(t)) return false;
  if (ctx.layout) {
    if (dir === 'post' && info.leadingWs && info.trailingWs) return false;
    if (ctx.figureishStrict(info)) return true;
    if (isNumericDominant(t) && words(t).length <= 2) return true;
    if (t.length <= 30 && !/[.;:]$/.test(t) && !isNumericDominant(t)) return true;
    return false;
  }
  if (isNumericDominant(t)) return true;
  return t.length <= 60 && !endsSentence(t);
}

export function parseFigures(ctx: ParseContext): void {
  const figCaptions = ctx.blocks.filter((b): b is CaptionBlock => b.type === 'caption' && b.kind === 'gambar');
  for (const cap of figCaptions) {
    const first = cap.lines[0] - 1;
    const last = cap.lines[1] - 1;
    // After the caption.
    let end = -1;
    let source: string | undefined;
    for (let j = last + 1; j < ctx.n; j++) {
      if (!ctx.isContent(j)) continue;
      if (!ctx.isFree(j)) break;
      const info = ctx.info(j);
      if (isSumber(info.text)) {
        end = ctx.sumberEnd(j);
        source = ctx.sumberText(j);
        break;
      }
      if (!figureish(ctx, info, 'post')) break;
      end = j;
    }
    if (end > last) addFigure(ctx, cap, { start: ctx.nextContent(last + 1), end }, source);
    if (!ctx.layout) continue;
    // Before the caption (layout text prints chart values before the caption).
    let start = -1;
    let preSource: string | undefined;
    for (let j = first - 1; j >= 0; j--) {
      if (!ctx.isContent(j)) continue;
      if (!ctx.isFree(j)) break;
      const info = ctx.info(j);
      if (isSumber(info.text)) {
        start = j;
        preSource = info.text;
        break;
      }
      if (!figureish(ctx, info, 'pre')) break;
      start = j;
    }
    if (start >= 0 && start < first) {
      const region = { start, end: ctx.prevContent(first - 1) };
      if (region.end >= region.start) addFigure(ctx, cap, region, preSource);
    }
  }
}

export function addFigure(ctx: ParseContext, cap: CaptionBlock, region: Region, source: string | undefined): void {
  const { rows, rowLines } = ctx.collectRows(region);
  if (rows.length === 0) return;
  const block: FigureTextBlock = {
    type: 'figure-text',
    id: ctx.uniqueId(`${cap.anchor}-grafik${region.start < cap.lines[0] - 1 ? '-awal' : ''}`),
    lines: [region.start + 1, region.end + 1],
    rows,
    rowLines,
    captionId: cap.anchor,
  };
  if (source !== undefined) block.source = source;
  ctx.push(block, region);
  ctx.extendCaption(cap.anchor, region, source);
}
