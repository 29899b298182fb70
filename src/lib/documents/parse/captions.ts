/**
 * Caption and anchor detection: every Tabel/Gambar line becomes a caption block
 * with its title (continued over wrapped lines by the rules in parse-document.ts,
 * step 2) and a unique anchor; a repeated label gets -2, -3.
 */
import type { ParseContext } from './context.ts';
import { captionAnchor, isSumber, listMarker, matchHeading } from './lines.ts';
import { endsSentence, endsWithConnector, hasOpenParen, isNumericDominant, joinText, words } from './text.ts';
import type { Caption, CaptionBlock } from './types.ts';

export function structuralStop(ctx: ParseContext, j: number): boolean {
  const info = ctx.info(j);
  return (
    info.tab ||
    ctx.captionAt.has(j) ||
    isSumber(info.text) ||
    (matchHeading(info)?.bab ?? false) ||
    /^(No|NO|N0|Kode|KODE|Uraian|URAIAN)\b/.test(info.text)
  );
}

export function titleComplete(t: string): boolean {
  return /(Binjai|\d{4})$/.test(t.trim());
}

export function parseCaptions(ctx: ParseContext): void {
  for (const [i, m] of [...ctx.captionAt.entries()].sort((a, b) => a[0] - b[0])) {
    if (!ctx.isFree(i)) continue;
    let title = m.rest;
    let last = i;
    const titleLines: number[] = [];
    if (title.length > 0) {
      // Same-line title; continue only while markdown bold is still open.
      if (/^\s*(?:#+\s*)?\*\*/.test(ctx.info(i).raw) && !/\*\*\s*$/.test(ctx.info(i).raw.replace(/^\s*(?:#+\s*)?\*\*/, ''))) {
        let j = i + 1;
        while (j < ctx.n && j <= i + 3 && ctx.isContent(j) && !structuralStop(ctx, j)) {
          title = joinText(title, ctx.info(j).text);
          last = j;
          if (/\*\*\s*$/.test(ctx.info(j).raw)) break;
          j++;
        }
      }
    } else {
      const j = ctx.nextContent(i + 1, Math.min(ctx.n, i + 8));
      if (j < ctx.n && ctx.isContent(j) && ctx.isFree(j) && !structuralStop(ctx, j) && ctx.info(j).text.length <= 200 && !proseLikeTitleStop(ctx, j)) {
        title = ctx.info(j).text;
        last = j;
        titleLines.push(j);
        for (let guard = 0; guard < 4; guard++) {
          const k = ctx.nextContent(last + 1, Math.min(ctx.n, last + 6));
          if (k >= ctx.n || !ctx.isContent(k) || !ctx.isFree(k) || structuralStop(ctx, k)) break;
          const next = ctx.info(k);
          if (next.text.length > 140 || endsSentence(next.text) || listMarker(next.text) || matchHeading(next)) break;
          const gap = ctx.blanksBetween(last, k);
          const lastInfo = ctx.info(last);
          if (gap > 2) break;
          const yearLine = /^(?:.*\bTahun\s+)?\d{4}(?:\s*[-–]\s*\d{4})?\s*\)?$/i.test(next.text) && words(next.text).length <= 8;
          let cont = hasOpenParen(title) || endsWithConnector(title) || /^[\p{Ll}(]/u.test(next.text) || yearLine;
          if (!cont && ctx.layout && m.kind === 'gambar' && lastInfo.trailingWs && !titleComplete(title)) {
            // Chart titles are the only chart text with trailing spaces, on every wrapped line.
            cont = !isNumericDominant(next.text) && !(next.leadingWs && next.trailingWs);
          }
          if (!cont && gap === 0 && !ctx.layout) {
            // Markdown soft line break inside the same caption paragraph.
            cont = !isNumericDominant(next.text) && !ctx.proseLike(next);
          }
          if (
            cont &&
            !yearLine &&
            (isNumericDominant(next.text) ||
              (ctx.layout && next.leadingWs && next.trailingWs) ||
              (ctx.layout && m.kind === 'gambar' && !lastInfo.trailingWs))
          ) {
            // A table row or the first line of a new page continues only an unfinished title.
            cont = hasOpenParen(title) || endsWithConnector(title);
          }
          if (!cont) break;
          title = joinText(title, next.text);
          last = k;
          titleLines.push(k);
        }
      }
    }
    title = title.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().replace(/^[:.\-–]\s*/, '');
    const normalizedLabel = `${m.kind === 'tabel' ? 'Tabel' : capitalize(m.word)} ${m.number}`;
    let anchor = captionAnchor(`${m.word} ${m.number}`);
    const key = normalizedLabel.toLowerCase();
    const firstLine = ctx.seenLabels.get(key);
    if (firstLine !== undefined || ctx.usedIds.has(anchor)) {
      const unique = ctx.uniqueId(anchor);
      ctx.duplicateLabels.push({ label: m.label, anchor: unique, line: i + 1, firstLine: firstLine ?? i + 1 });
      anchor = unique;
    } else {
      ctx.usedIds.add(anchor);
      ctx.seenLabels.set(key, i + 1);
    }
    const block: CaptionBlock = {
      type: 'caption',
      id: anchor,
      lines: [i + 1, last + 1],
      kind: m.kind,
      label: m.label,
      number: m.number,
      title,
      anchor,
    };
    ctx.push(block, { start: i, end: last });
    ctx.captions.push({
      kind: m.kind,
      label: m.label,
      normalizedLabel,
      number: m.number,
      title,
      anchor,
      line: i + 1,
      lines: [i + 1, last + 1],
      extent: [i + 1, last + 1],
    });
  }
}

export function proseLikeTitleStop(ctx: ParseContext, j: number): boolean {
  const info = ctx.info(j);
  return ctx.proseLike(info) && endsSentence(info.text);
}

function capitalize(word: string): string {
  const w = word.toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Labels missing from a numbered series ("Gambar III.3" between III.2 and III.4). */
export function numberingGaps(captions: readonly Caption[]): string[] {
  const groups = new Map<string, { word: string; prefix: string; nums: Set<number> }>();
  for (const c of captions) {
    const word = c.normalizedLabel.split(' ')[0] ?? '';
    const parts = c.number.split('.');
    const lastPart = parts[parts.length - 1] ?? '';
    const num = Number.parseInt(lastPart, 10);
    if (!Number.isFinite(num) || !/^\d+$/.test(lastPart)) continue;
    const prefix = parts.slice(0, -1).join('.');
    const key = `${word}|${prefix}`;
    let g = groups.get(key);
    if (!g) {
      g = { word, prefix, nums: new Set() };
      groups.set(key, g);
    }
    g.nums.add(num);
  }
  const gaps: string[] = [];
  for (const g of groups.values()) {
    const max = Math.max(...g.nums);
    for (let k = 1; k < max; k++) {
      if (!g.nums.has(k)) gaps.push(`${g.word} ${g.prefix.length > 0 ? `${g.prefix}.` : ''}${k}`);
    }
  }
  return gaps;
}
