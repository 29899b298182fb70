/** The document model a parse produces: blocks in source order, captions, a table of contents. */
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
