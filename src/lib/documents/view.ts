/**
 * document-view.ts — how a parsed source document is published as web pages. PURE.
 *
 * One module decides, for every consumer (document pages, dataset provenance,
 * the coverage register, the API), which element id a "table label + source
 * lines" reference points to and on which page that element is rendered, so
 * links from datasets to documents and back always agree.
 */
import { captionAnchor, findBlockForLines, type Block, type Caption, type DocumentModel, type LineRange } from './parse-document.ts';

/**
 * Source characters per page before a long document is split into parts.
 * Keeps each page well under ~150 KB gzipped (the LKPJ has ~29 000 lines).
 */
export const PART_CHAR_BUDGET = 120_000;

export interface DocumentPart {
  /** 1-based part number, used in /dokumen/<id>/bagian/<n>/. */
  number: number;
  /** First heading in the part, or the first caption/paragraph text. */
  title: string;
  lines: LineRange;
  blocks: Block[];
}

/** A resolved reference into a document: the element id and the page it is on. */
export interface DocumentTarget {
  /** Element id on the document page: a caption anchor ("tabel-i-3"), a block id, or "L<line>". */
  anchor: string;
  /** Page path with fragment, e.g. "/dokumen/lkpj-2023/bagian/2/#tabel-i-3". */
  href: string;
  /** The caption the reference resolved to, if any. */
  caption?: Caption;
}

export interface SourceRef {
  /** Label as printed ("Tabel I.3") or a descriptive label for an unnumbered table. */
  label: string;
  lines: readonly [number, number];
}

function blockChars(b: Block): number {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
    case 'source':
      return b.text.length;
    case 'caption':
      return b.label.length + b.title.length;
    case 'list':
      return b.items.reduce((n, i) => n + i.text.length, 0);
    default:
      return b.rows.reduce((n, r) => n + r.length + 1, 0);
  }
}

/** Blocks that must stay on the page of the block before them (a table's rows stay with its caption). */
function isAttached(b: Block): boolean {
  return (b.type === 'table-text' && b.captionId !== undefined && !b.continuation) || b.type === 'figure-text' || b.type === 'source';
}

function partTitle(blocks: readonly Block[]): string {
  const h = blocks.find((b) => b.type === 'heading');
  if (h && h.type === 'heading') return h.text;
  const c = blocks.find((b) => b.type === 'caption');
  if (c && c.type === 'caption') return `${c.label} ${c.title}`.trim();
  return 'Lanjutan';
}

/**
 * Splits a document into pages. A new part starts at every level-1 heading
 * (BAB, LAMPIRAN) once the current part has content, and, inside a long
 * chapter, at the first heading or unattached block after the budget is used.
 * A document that fits the budget is one part.
 */
export function splitDocument(model: DocumentModel, budget = PART_CHAR_BUDGET): DocumentPart[] {
  const total = model.blocks.reduce((n, b) => n + blockChars(b), 0);
  const groups: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  for (const b of model.blocks) {
    const chapter = b.type === 'heading' && b.level === 1;
    const overBudget = size >= budget && (b.type === 'heading' || b.type === 'caption' || (size >= budget * 1.5 && !isAttached(b)));
    if (total > budget && current.length > 0 && (chapter || overBudget)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += blockChars(b);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((blocks, k) => ({
    number: k + 1,
    title: partTitle(blocks),
    lines: [blocks[0]?.lines[0] ?? 1, blocks[blocks.length - 1]?.lines[1] ?? 1],
    blocks,
  }));
}

export function documentPath(documentId: string): string {
  return `/dokumen/${documentId}/`;
}

export function sourceTextPath(documentId: string): string {
  return `/dokumen/${documentId}/${documentId}.txt`;
}

export function partPath(documentId: string, partCount: number, part: number): string {
  return partCount <= 1 ? documentPath(documentId) : `/dokumen/${documentId}/bagian/${part}/`;
}

export function lineAnchor(line: number): string {
  return `L${line}`;
}

function overlaps(r: readonly [number, number], first: number, last: number): boolean {
  return r[0] <= last && r[1] >= first;
}

/**
 * Everything a page needs to place and link elements of one document:
 * parts, which part holds which block, and the resolution of references.
 */
export class DocumentView {
  readonly id: string;
  readonly model: DocumentModel;
  readonly parts: DocumentPart[];
  private readonly partOfBlock = new Map<string, number>();
  private readonly captionsByAnchor = new Map<string, Caption>();

  constructor(id: string, model: DocumentModel, budget = PART_CHAR_BUDGET) {
    this.id = id;
    this.model = model;
    this.parts = splitDocument(model, budget);
    for (const p of this.parts) for (const b of p.blocks) this.partOfBlock.set(b.id, p.number);
    for (const c of model.captions) this.captionsByAnchor.set(c.anchor, c);
  }

  /** The part whose blocks contain `line`, or the next block after it (blank/furniture lines). */
  partForLine(line: number): number {
    for (const p of this.parts) if (line <= p.lines[1]) return p.number;
    return this.parts.length;
  }

  hrefFor(anchor: string): string {
    const part = /^L\d+$/.test(anchor) ? this.partForLine(Number(anchor.slice(1))) : (this.partOfBlock.get(anchor) ?? 1);
    return `${partPath(this.id, this.parts.length, part)}#${anchor}`;
  }

  /** The caption printed with `label` whose table/chart overlaps `lines` (repeated labels get "-2", "-3"). */
  captionFor(ref: SourceRef): Caption | undefined {
    const base = captionAnchor(ref.label);
    const [first, last] = ref.lines[0] <= ref.lines[1] ? ref.lines : [ref.lines[1], ref.lines[0]];
    const same = this.model.captions.filter((c) => c.anchor === base || (c.anchor.startsWith(`${base}-`) && /^\d+$/.test(c.anchor.slice(base.length + 1))));
    return same.find((c) => overlaps(c.extent, first, last)) ?? same[0];
  }

  /**
   * Where a table reference points: its caption anchor when the label is a
   * printed caption; otherwise the block at its lines (unnumbered tables);
   * otherwise the line anchor of its first line.
   */
  resolve(ref: SourceRef): DocumentTarget {
    const caption = this.captionFor(ref);
    if (caption) return { anchor: caption.anchor, href: this.hrefFor(caption.anchor), caption };
    // "LAMPIRAN II": an appendix is a heading, not a caption.
    const heading = this.model.blocks.find((b) => b.type === 'heading' && b.id === captionAnchor(ref.label));
    if (heading) return { anchor: heading.id, href: this.hrefFor(heading.id) };
    const block = findBlockForLines(this.model, [ref.lines[0], ref.lines[1]]);
    if (block && overlaps(block.lines, Math.min(...ref.lines), Math.max(...ref.lines))) {
      return { anchor: block.id, href: this.hrefFor(block.id) };
    }
    const anchor = lineAnchor(ref.lines[0]);
    return { anchor, href: this.hrefFor(anchor) };
  }

  /** Link target for the first line of a source line range ("#L793"). */
  lineTarget(line: number): DocumentTarget {
    const anchor = lineAnchor(line);
    return { anchor, href: this.hrefFor(anchor) };
  }

  /** The first block that ends at or after `line` (the block holding it, or the next one after a gap). */
  private blockAt(line: number): Block | undefined {
    const blocks = this.model.blocks;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((blocks[mid]?.lines[1] ?? 0) < line) lo = mid + 1;
      else hi = mid;
    }
    return blocks[lo];
  }

  /**
   * Link target for any source line, even one no page references: the line
   * anchor at the start of the block holding it (every block start carries one).
   */
  blockLineTarget(line: number): DocumentTarget {
    const block = this.blockAt(line);
    return this.lineTarget(block ? block.lines[0] : line);
  }

  /**
   * Link target that lands on the line itself when the page prints it with
   * its own id (a cited row of a <pre> block, see inlineAnchors), else on the
   * start of its block.
   */
  exactLineTarget(line: number, anchored: ReadonlySet<number>): DocumentTarget {
    const block = this.blockAt(line);
    return block && anchored.has(line) && inlineLines(block).has(line) ? this.lineTarget(line) : this.blockLineTarget(line);
  }

  caption(anchor: string): Caption | undefined {
    return this.captionsByAnchor.get(anchor);
  }

  /**
   * Captions of other tables/charts printed inside a cited line range: a sign that the range is
   * wider than its own table. A caption printed inside the cited table's own extent (a chart that
   * the PDF layout drops into the middle of a table) belongs to the page, not to the range, and
   * is not counted.
   */
  foreignCaptions(ref: SourceRef): Caption[] {
    const [first, last] = ref.lines[0] <= ref.lines[1] ? ref.lines : [ref.lines[1], ref.lines[0]];
    const own = this.captionFor(ref);
    return this.model.captions.filter(
      (c) => c.line >= first && c.line <= last && c.anchor !== own?.anchor && !(own && c.line >= own.extent[0] && c.line <= own.extent[1]),
    );
  }
}

const inlineCache = new WeakMap<Block, ReadonlySet<number>>();

/**
 * Source lines a block could print with their own "L<n>" id: the rows of a
 * preformatted (<pre>) table or chart residue. Tab tables rendered as HTML
 * tables and prose blocks have none (their anchors sit before the block).
 */
export function inlineLines(b: Block): ReadonlySet<number> {
  let hit = inlineCache.get(b);
  if (!hit) {
    const pre = b.type === 'figure-text' || (b.type === 'table-text' && tableCells(b.rows) === undefined);
    hit = new Set(pre ? b.rowLines : []);
    inlineCache.set(b, hit);
  }
  return hit;
}

/**
 * Anchored lines printed inside <pre> blocks rather than before them: each
 * block start and referenced line that is a row of a preformatted block. Only
 * cited lines get an id — one per line of the 18,000-line LKPJ appendix would
 * add ~60 % to its gzipped pages — so a budget row lands on its own line.
 */
export function inlineAnchors(blocks: readonly Block[], referenced: Iterable<number>): Set<number> {
  const wanted = new Set(referenced);
  const out = new Set<number>();
  for (const b of blocks) {
    const rows = inlineLines(b);
    if (rows.size === 0) continue;
    if (rows.has(b.lines[0])) out.add(b.lines[0]);
    for (const n of rows) if (wanted.has(n)) out.add(n);
  }
  return out;
}

/** The rows of a preformatted block as text runs (newlines included); an anchored row is its own run with the id of its line. */
export function preRuns(b: Block, anchored: ReadonlySet<number>): Array<{ id?: string; text: string }> {
  if (b.type !== 'table-text' && b.type !== 'figure-text') return [];
  const runs: Array<{ id?: string; text: string }> = [];
  let plain = '';
  b.rows.forEach((text, i) => {
    const line = b.rowLines[i];
    if (i > 0) plain += '\n';
    if (line !== undefined && anchored.has(line)) {
      if (plain !== '') runs.push({ text: plain });
      plain = '';
      runs.push({ id: lineAnchor(line), text });
    } else plain += text;
  });
  if (plain !== '') runs.push({ text: plain });
  return runs;
}

/**
 * Line anchors to print before each block: the block's own first line plus any
 * referenced line that falls inside it or in the gap (blank lines, page
 * furniture) just before it. Lines after the last block go to the last block.
 * Lines the block prints itself (inlineLines) are left out, so no id repeats.
 */
export function lineAnchorsByBlock(blocks: readonly Block[], referenced: Iterable<number>): Map<string, number[]> {
  const sorted = [...new Set(referenced)].sort((a, b) => a - b);
  const out = new Map<string, number[]>();
  let k = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    const lines = new Set<number>([b.lines[0]]);
    const isLast = i === blocks.length - 1;
    while (k < sorted.length && (isLast || (sorted[k] ?? 0) <= b.lines[1])) {
      lines.add(sorted[k] ?? 0);
      k++;
    }
    const inline = inlineLines(b);
    out.set(b.id, [...lines].filter((n) => !inline.has(n)).sort((a, c) => a - c));
  }
  return out;
}

export interface LinkedDataset {
  slug: string;
  title: string;
  source: { document: string; table: string; lines: readonly [number, number] };
}

export interface CoverageRef extends SourceRef {
  document: string;
  title: string;
  datasets: readonly string[];
  reason?: string | undefined;
}

/** What the document page shows under one table/chart: the datasets built from it and its register entries. */
export interface AnchorLinks {
  datasets: Array<{ slug: string; title: string }>;
  coverage: CoverageRef[];
}

/**
 * Links from document elements back to datasets: every dataset whose
 * provenance resolves to an element, plus the datasets its coverage entries
 * name. Keyed by element id; datasets sorted by slug, without duplicates.
 */
export function linksByAnchor(view: DocumentView, datasets: readonly LinkedDataset[], coverage: readonly CoverageRef[]): Map<string, AnchorLinks> {
  const titles = new Map(datasets.map((d) => [d.slug, d.title]));
  const slugs = new Map<string, Set<string>>();
  const entries = new Map<string, CoverageRef[]>();
  const add = (anchor: string, slug: string) => {
    let s = slugs.get(anchor);
    if (!s) slugs.set(anchor, (s = new Set()));
    s.add(slug);
  };
  for (const d of datasets) {
    if (d.source.document !== view.id) continue;
    add(view.resolve({ label: d.source.table, lines: d.source.lines }).anchor, d.slug);
  }
  for (const c of coverage) {
    if (c.document !== view.id) continue;
    const anchor = view.resolve(c).anchor;
    entries.set(anchor, [...(entries.get(anchor) ?? []), c]);
    for (const s of c.datasets) if (titles.has(s)) add(anchor, s);
  }
  const out = new Map<string, AnchorLinks>();
  for (const anchor of new Set([...slugs.keys(), ...entries.keys()])) {
    const list = [...(slugs.get(anchor) ?? [])].sort().map((slug) => ({ slug, title: titles.get(slug) ?? slug }));
    out.set(anchor, { datasets: list, coverage: entries.get(anchor) ?? [] });
  }
  return out;
}

/** Source lines that other pages link to as "#L<n>": the first line of every dataset and register entry. */
export function referencedLines(view: DocumentView, datasets: readonly LinkedDataset[], coverage: readonly CoverageRef[]): number[] {
  const lines = new Set<number>();
  for (const d of datasets) if (d.source.document === view.id) lines.add(d.source.lines[0]);
  for (const c of coverage) if (c.document === view.id) lines.add(c.lines[0]);
  return [...lines].sort((a, b) => a - b);
}

/**
 * Cells of a flattened table whose rows are tab-separated (markdown-style
 * extractions), so it can be shown as an HTML table: tab rows are padded to
 * the widest row, a row without tabs (a note, a "Sumber" line) is one cell
 * that spans the table. Undefined when most rows have no tabs: a visual
 * layout (LKPJ) that only a preformatted block keeps readable.
 */
export function tableCells(rows: readonly string[]): { width: number; rows: string[][] } | undefined {
  const tabbed = rows.filter((r) => r.includes('\t')).length;
  if (rows.length === 0 || tabbed < 2 || tabbed / rows.length < 0.6) return undefined;
  const cells = rows.map((r) => (r.includes('\t') ? r.split('\t').map((c) => c.trim()) : [r.trim()]));
  const width = Math.max(...cells.map((r) => r.length));
  return { width, rows: cells.map((r) => (r.length === 1 ? r : [...r, ...Array<string>(width - r.length).fill('')])) };
}

/**
 * HTML heading rank for each heading block on one page, below the page's
 * heading of rank `parentRank`: the parsed level, but never more than one
 * deeper than the previous heading (a page that starts mid-chapter skips no
 * ranks), and at most 6.
 */
export function headingRanks(blocks: readonly Block[], parentRank = 1): Map<string, number> {
  const out = new Map<string, number>();
  let prev = parentRank;
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    const rank = Math.max(parentRank + 1, Math.min(b.level + parentRank, prev + 1, 6));
    out.set(b.id, rank);
    prev = rank;
  }
  return out;
}
