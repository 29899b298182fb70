/**
 * Post-processing once every line is in a block: blocks in source order,
 * paragraphs flagged as continuations, titles of tables without caption, the
 * table of contents and the diagnostics.
 */
import { numberingGaps } from './captions.ts';
import type { ParseContext } from './context.ts';
import { endsSentence } from './text.ts';
import type { DocumentModel, HeadingBlock, ListBlock, ParagraphBlock, TocEntry } from './types.ts';

export function finish(ctx: ParseContext): DocumentModel {
  const blocks = [...ctx.blocks].sort((a, b) => a.lines[0] - b.lines[0]);
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
  const captions = [...ctx.captions].sort((a, b) => a.line - b.line);
  const toc: TocEntry[] = blocks
    .filter((b): b is HeadingBlock => b.type === 'heading')
    .map((h) => ({ level: h.level, text: h.text, id: h.id, line: h.lines[0] }));
  return {
    blocks,
    captions,
    toc,
    diagnostics: {
      furnitureLines: [...ctx.furniture].sort((a, b) => a - b).map((i) => i + 1),
      duplicateLabels: ctx.duplicateLabels,
      numberingGaps: numberingGaps(captions),
      layoutStyle: ctx.layout,
    },
  };
}
