/**
 * Table bodies: the rows after a Tabel caption, as tab rows (markdown text) or up
 * to the "Sumber" line (layout text), and tables resumed after a chart printed
 * inside them. See parse-document.ts, step 3.
 */
import type { ParseContext, Region } from './context.ts';
import { isSumber, listMarker, matchHeading } from './lines.ts';
import type { CaptionBlock, TableTextBlock } from './types.ts';

/** Markdown-style table: tab rows (with a short preamble), plus a trailing Sumber line. */
export function scanTabTable(ctx: ParseContext, start: number): Region | undefined {
  let j = ctx.nextContent(start);
  let firstTab = -1;
  for (let k = 0, p = j; k < 4 && p < ctx.n; k++) {
    if (!ctx.isFree(p)) break;
    if (ctx.info(p).tab) {
      firstTab = p;
      break;
    }
    const t = ctx.info(p).text;
    if (t.length > 160 || ctx.captionAt.has(p) || matchHeading(ctx.info(p))) break;
    p = ctx.nextContent(p + 1);
  }
  if (firstTab < 0) return undefined;
  let end = firstTab;
  j = firstTab + 1;
  while (j < ctx.n) {
    j = ctx.nextContent(j);
    if (j >= ctx.n || !ctx.isFree(j)) break;
    const info = ctx.info(j);
    if (info.tab) {
      end = j;
      j++;
      continue;
    }
    if (isSumber(info.text)) {
      end = ctx.sumberEnd(j);
      break;
    }
    // A short non-tab line sandwiched between tab rows (wrapped cell).
    const k = ctx.nextContent(j + 1);
    if (
      k < ctx.n &&
      ctx.isFree(k) &&
      ctx.info(k).tab &&
      info.text.length <= 120 &&
      !ctx.captionAt.has(j) &&
      !matchHeading(info) &&
      ctx.blanksBetween(end, j) <= 1
    ) {
      end = j;
      j++;
      continue;
    }
    break;
  }
  return { start: ctx.nextContent(start), end };
}

/** Layout-style table: up to the "Sumber" line, a caption, a BAB heading or resumed prose. */
export function scanLayoutTable(ctx: ParseContext, start: number, requireRowStart: boolean): { region: Region; terminated: boolean; cutByCaption: number } | undefined {
  const first = ctx.nextContent(start);
  if (first >= ctx.n || !ctx.isFree(first)) return undefined;
  if (requireRowStart) {
    const info = ctx.info(first);
    if (ctx.proseLike(info) || matchHeading(info) || listMarker(info.text)) return undefined;
  }
  let end = first - 1;
  let proseRun = 0;
  let proseRunStart = -1;
  let terminated = false;
  let cutByCaption = -1;
  let count = 0;
  for (let j = first; j < ctx.n; j++) {
    if (!ctx.isContent(j)) continue;
    if (!ctx.isFree(j)) {
      if (ctx.captionAt.has(j)) cutByCaption = j;
      break;
    }
    const info = ctx.info(j);
    if (isSumber(info.text)) {
      end = ctx.sumberEnd(j);
      terminated = true;
      break;
    }
    if (matchHeading(info)?.bab || (matchHeading(info)?.frontMatter ?? false)) break;
    if (ctx.proseLike(info)) {
      if (proseRun === 0) proseRunStart = j;
      proseRun++;
      if (proseRun >= 3) {
        end = ctx.prevContent(proseRunStart - 1, first - 1);
        return end >= first ? { region: { start: first, end }, terminated: false, cutByCaption: -1 } : undefined;
      }
    } else proseRun = 0;
    end = j;
    if (++count > 1500) break;
  }
  if (end < first) return undefined;
  return { region: { start: first, end }, terminated, cutByCaption };
}

export function parseTables(ctx: ParseContext): void {
  const tableCaptions = ctx.blocks
    .map((b, idx) => ({ b, idx }))
    .filter((x): x is { b: CaptionBlock; idx: number } => x.b.type === 'caption' && x.b.kind === 'tabel');
  for (const { b } of tableCaptions) {
    const after = b.lines[1]; // 0-based index of the next line
    const tabRegion = scanTabTable(ctx, after);
    if (tabRegion) {
      addTable(ctx, b, tabRegion, false);
      ctx.tableEnds.set(b.anchor, { terminated: true });
      continue;
    }
    const res = scanLayoutTable(ctx, after, false);
    if (!res) continue;
    let { end } = res.region;
    if (res.cutByCaption >= 0 && ctx.captionAt.get(res.cutByCaption)?.kind === 'gambar') {
      // Give chart residue printed just before the chart caption back to the chart.
      while (end >= res.region.start) {
        if (!ctx.isContent(end)) {
          end--;
          continue;
        }
        if (ctx.figureishStrict(ctx.info(end))) end--;
        else break;
      }
      while (end >= res.region.start && !ctx.isContent(end)) end--;
    }
    if (end < res.region.start) continue;
    addTable(ctx, b, { start: res.region.start, end }, false);
    ctx.tableEnds.set(b.anchor, { terminated: res.terminated || res.cutByCaption < 0 });
  }
}

export function addTable(ctx: ParseContext, caption: CaptionBlock, region: Region, continuation: boolean): void {
  const { rows, rowLines, source } = ctx.collectRows(region);
  if (rows.length === 0) return;
  const block: TableTextBlock = {
    type: 'table-text',
    id: ctx.uniqueId(`${caption.anchor}-${continuation ? 'lanjutan' : 'isi'}`),
    lines: [region.start + 1, region.end + 1],
    rows,
    rowLines,
    captionId: caption.anchor,
  };
  if (continuation) block.continuation = true;
  if (source !== undefined) block.source = source;
  ctx.push(block, region);
  ctx.extendCaption(caption.anchor, region, source);
}

/** Resume tables that were cut by a chart printed in the middle of them. */
export function resumeTables(ctx: ParseContext): void {
  for (const cap of ctx.captions) {
    if (cap.kind !== 'tabel') continue;
    const state = ctx.tableEnds.get(cap.anchor);
    if (!state || state.terminated) continue;
    let guard = 0;
    let from = cap.extent[1]; // 0-based index after the extent
    while (guard++ < 5) {
      // Skip the interrupting caption(s) and their chart residue.
      let j = ctx.nextContent(from);
      while (j < ctx.n && !ctx.isFree(j)) {
        const owner = ctx.blocks[ctx.claimed[j] ?? -1];
        if (!owner || !(owner.type === 'caption' || owner.type === 'figure-text') || (owner.type === 'caption' && owner.kind === 'tabel')) {
          j = ctx.n;
          break;
        }
        j = ctx.nextContent(j + 1);
      }
      if (j >= ctx.n) break;
      const res = scanLayoutTable(ctx, j, true);
      if (!res) break;
      const block = ctx.blocks.find((bl): bl is CaptionBlock => bl.type === 'caption' && bl.anchor === cap.anchor);
      if (!block) break;
      // Only resume when the resumed part looks like rows (no paragraph first).
      addTable(ctx, block, res.region, true);
      if (res.terminated || res.cutByCaption < 0) break;
      from = res.region.end + 1;
    }
  }
}
