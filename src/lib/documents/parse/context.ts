/**
 * The state every stage of the document parser shares: the classified lines,
 * the furniture found, which line each block claimed, the blocks, captions and
 * ids so far, and small navigation helpers (next content line, free lines,
 * "Sumber" notes). Stages are functions of this context, run in the order of
 * parseDocument() (parse-document.ts).
 */
import { detectFurniture } from './furniture.ts';
import { isSumber, lineInfos, listMarker, matchCaption, matchHeading, type CaptionMatch, type LineInfo } from './lines.ts';
import { endsWithConnector, joinText, numericRatio, percentile, words } from './text.ts';
import type { Block, Caption, DuplicateLabel, HeadingLevel, ParseOptions } from './types.ts';

/** 0-based inclusive line range. */
export interface Region {
  start: number;
  end: number;
}

export class ParseContext {
  readonly infos: LineInfo[];
  readonly n: number;
  readonly furniture: Set<number>;
  readonly layout: boolean;
  readonly wrapWidth: number;
  readonly captionAt = new Map<number, CaptionMatch>();
  /** Index of the block that claimed each line, -1 while free. */
  readonly claimed: Int32Array;
  readonly blocks: Block[] = [];
  readonly usedIds = new Set<string>();
  readonly captions: Caption[] = [];
  readonly duplicateLabels: DuplicateLabel[] = [];
  readonly seenLabels = new Map<string, number>();
  /** Table caption anchor → whether its body ended normally (Sumber/prose) or was cut by a chart. */
  readonly tableEnds = new Map<string, { terminated: boolean }>();

  /** Segmentation state: the level of the last numbered heading, the last "A." heading, appendix labels seen. */
  lastNumberedLevel = 1;
  lastLetter: { code: number; level: HeadingLevel } | undefined;
  readonly seenLampiran = new Set<string>();
  readonly lampiranSection = new Map<string, string>();

  constructor(text: string, options: ParseOptions) {
    this.infos = lineInfos(text);
    this.n = this.infos.length;
    this.claimed = new Int32Array(this.n).fill(-1);
    let trailing = 0;
    let body = 0;
    const lengths: number[] = [];
    for (const info of this.infos) {
      if (info.blank || info.tab) continue;
      body++;
      if (info.trailingWs) trailing++;
      if (words(info.text).length >= 5) lengths.push(info.text.length);
    }
    this.layout = body > 0 && trailing / body > 0.5;
    this.wrapWidth = Math.max(40, percentile(lengths, 0.8));
    this.furniture = detectFurniture(this.infos, options.minRepeats ?? 3, options.extraFurniture ?? []);
    for (let i = 0; i < this.n; i++) {
      const info = this.infos[i];
      if (!info || info.blank || this.furniture.has(i)) continue;
      const m = matchCaption(info);
      if (m) this.captionAt.set(i, m);
    }
  }

  info(i: number): LineInfo {
    const info = this.infos[i];
    if (!info) throw new RangeError(`line ${i + 1} out of range`);
    return info;
  }

  /** Non-blank, non-furniture line. */
  isContent(i: number): boolean {
    const info = this.infos[i];
    return info !== undefined && !info.blank && !this.furniture.has(i);
  }

  nextContent(i: number, limit = this.n): number {
    let j = i;
    while (j < limit && !this.isContent(j)) j++;
    return j;
  }

  prevContent(i: number, limit = -1): number {
    let j = i;
    while (j > limit && !this.isContent(j)) j--;
    return j;
  }

  /** Number of blank lines strictly between a and b (furniture lines are not counted). */
  blanksBetween(a: number, b: number): number {
    let c = 0;
    for (let j = a + 1; j < b; j++) if (this.infos[j]?.blank) c++;
    return c;
  }

  uniqueId(base: string, prefix = 'b'): string {
    let id = base.length > 0 ? base : 'blok';
    if (!/^[a-z]/.test(id)) id = `${prefix}-${id}`;
    if (!this.usedIds.has(id)) {
      this.usedIds.add(id);
      return id;
    }
    for (let k = 2; ; k++) {
      const cand = `${id}-${k}`;
      if (!this.usedIds.has(cand)) {
        this.usedIds.add(cand);
        return cand;
      }
    }
  }

  claim(region: Region, blockIndex: number): void {
    for (let j = region.start; j <= region.end; j++) this.claimed[j] = blockIndex;
  }

  isFree(i: number): boolean {
    return (this.claimed[i] ?? 0) === -1;
  }

  push(block: Block, region: Region): number {
    const idx = this.blocks.length;
    this.blocks.push(block);
    this.claim(region, idx);
    return idx;
  }

  lineIsLong(info: LineInfo): boolean {
    return info.text.length >= 0.6 * this.wrapWidth;
  }

  /** A long line of running prose (used to detect the end of a table). */
  proseLike(info: LineInfo): boolean {
    if (info.tab) return false;
    const t = info.text;
    return (
      t.length >= Math.max(50, 0.8 * this.wrapWidth) &&
      words(t).length >= 8 &&
      numericRatio(t) < 0.2 &&
      !/^\d/.test(t)
    );
  }

  /** Last line of a "Sumber : …" note starting at j (it may wrap onto one short line). */
  sumberEnd(j: number): number {
    const t = this.info(j).text;
    if (!endsWithConnector(t)) return j;
    const k = this.nextContent(j + 1);
    if (k >= this.n || !this.isFree(k) || this.isStructural(k) || this.info(k).text.length > 60) return j;
    return k;
  }

  sumberText(j: number): string {
    const e = this.sumberEnd(j);
    return e === j ? this.info(j).text : joinText(this.info(j).text, this.info(e).text);
  }

  collectRows(region: Region): { rows: string[]; rowLines: number[]; source?: string } {
    const rows: string[] = [];
    const rowLines: number[] = [];
    let source: string | undefined;
    for (let j = region.start; j <= region.end; j++) {
      if (!this.isContent(j)) continue;
      const info = this.info(j);
      rows.push(info.raw.replace(/\s+$/, ''));
      rowLines.push(j + 1);
      if (source === undefined && isSumber(info.text)) source = this.sumberText(j);
    }
    return source === undefined ? { rows, rowLines } : { rows, rowLines, source };
  }

  figureishStrict(info: LineInfo): boolean {
    return this.layout && !info.trailingWs && !/[-–]$/.test(info.text) && !info.tab;
  }

  extendCaption(anchor: string, region: Region, source: string | undefined): void {
    const cap = this.captions.find((c) => c.anchor === anchor);
    if (!cap) return;
    cap.extent = [Math.min(cap.extent[0], region.start + 1), Math.max(cap.extent[1], region.end + 1)];
    if (source !== undefined && cap.source === undefined) cap.source = source;
  }

  isStructural(j: number): boolean {
    const info = this.info(j);
    return (
      info.tab ||
      this.captionAt.has(j) ||
      isSumber(info.text) ||
      matchHeading(info) !== undefined ||
      listMarker(info.text) !== undefined
    );
  }
}
