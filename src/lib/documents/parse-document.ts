/**
 * parse-document.ts — turns a flattened PDF text extraction (data/sources/*.txt)
 * into a structured, readable document model. PURE: no I/O, no globals mutated.
 *
 * Each stage is a module of ./parse/, run in this order by parseDocument():
 *   lines.ts + text.ts   classify each line, text helpers     (step 0)
 *   furniture.ts         page headers/footers/page numbers    (step 1)
 *   captions.ts          captions, titles and anchors          (step 2)
 *   tables.ts            table bodies, resumed tables          (step 3)
 *   figures.ts           chart residue                         (step 4)
 *   segment.ts, prose.ts headings, appendix, lists, paragraphs (steps 5–6)
 *   finish.ts            order, continuations, toc, diagnostics
 * They share one ParseContext (context.ts): the lines, which block claimed each.
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
import { finish } from './parse/finish.ts';
import { parseCaptions } from './parse/captions.ts';
import { ParseContext } from './parse/context.ts';
import { parseFigures } from './parse/figures.ts';
import { segment } from './parse/segment.ts';
import { parseTables, resumeTables } from './parse/tables.ts';
import type { Block, Caption, DocumentModel, LineRange, ParseOptions } from './parse/types.ts';

export type * from './parse/types.ts';
export { captionAnchor } from './parse/lines.ts';

/** Parse a flattened PDF text into blocks, captions and a table of contents. */
export function parseDocument(text: string, options: ParseOptions = {}): DocumentModel {
  const ctx = new ParseContext(text, options);
  parseCaptions(ctx);
  parseTables(ctx);
  parseFigures(ctx);
  resumeTables(ctx);
  segment(ctx);
  return finish(ctx);
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
