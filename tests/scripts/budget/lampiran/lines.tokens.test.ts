/**
 * Token conservation: every rupiah amount printed in Lampiran I lands on
 * exactly one parsed row, and nothing else is taken for an amount.
 *
 * Definition of a rupiah amount token (decided by inspecting the appendix):
 *   English grouping with at least one thousands separator and exactly two
 *   decimals, not part of a longer number:
 *     (?<![\d,.])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d,])
 * The smallest amount in the appendix is above 1,000, so every amount has a
 * separator; percentages ("99.33", "100.38", "0.80350623") never do. The
 * "completeness" test below shows no other money-like shape occurs in the range.
 */
import { describe, expect, it } from 'vitest';
import { appendixRange } from '../../../../scripts/budget/parse-lampiran.ts';
import { APPENDIX_FIRST, APPENDIX_LAST, ROWS, SOURCE, line, money } from '../helpers.ts';

const MONEY = /(?<![\d,.])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d,])/g;

function appendixLines(): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (let n = APPENDIX_FIRST; n <= APPENDIX_LAST; n++) out.push([n, line(n)]);
  return out;
}

describe('appendix range', () => {
  it('is found where it was located by hand', () => {
    expect(line(APPENDIX_FIRST).trim()).toBe('LAMPIRAN I');
    expect(line(APPENDIX_LAST + 1).trim()).toBe('LAMPIRAN II');
    expect(appendixRange(SOURCE)).toEqual([APPENDIX_FIRST, APPENDIX_LAST]);
  });
});

describe('money token definition is complete for the appendix', () => {
  const text = appendixLines();
  it('has no Indonesian-format amounts (1.234.567,00)', () => {
    const hits = text.filter(([, t]) => /\d{1,3}(?:\.\d{3})+,\d{2}/.test(t));
    expect(hits).toEqual([]);
  });
  it('has no grouped numbers without two decimals (1,234,567 or 1,234.5)', () => {
    const hits = text.filter(([, t]) => /(?<![\d,.])\d{1,3}(?:,\d{3})+(?!\.\d{2})(?![\d,])/.test(t));
    expect(hits).toEqual([]);
  });
  it('has no ungrouped numbers >= 1000 with two decimals (1234.00)', () => {
    const hits = text.filter(([, t]) => /(?<![\d,.])\d{4,}\.\d{2}(?!\d)/.test(t));
    expect(hits).toEqual([]);
  });
  it('prints every amount with .00 (whole rupiah)', () => {
    const cents = text.flatMap(([n, t]) => [...t.matchAll(MONEY)].filter((m) => !m[0].endsWith('.00')).map((m) => `${n}: ${m[0]}`));
    expect(cents).toEqual([]);
  });
});

describe('token conservation', () => {
  const tokens = appendixLines().flatMap(([n, t]) => [...t.matchAll(MONEY)].map((m) => ({ line: n, token: m[0] })));

  it('counts 1,900 amount tokens in the appendix', () => {
    expect(tokens.length).toBe(1900);
  });

  it('puts every token on exactly one row, and consumes nothing else', () => {
    const remaining = new Map<string, number>();
    for (const t of tokens) remaining.set(`${t.line}|${t.token}`, (remaining.get(`${t.line}|${t.token}`) ?? 0) + 1);
    const phantom: string[] = [];
    for (const r of ROWS) {
      for (const [which, m] of [['target', r.target], ['realisation', r.realisation]] as const) {
        if (m.rupiah_status !== 'printed') continue;
        const key = `${m.rupiah_line}|${money(m.rupiah ?? -1)}`;
        const left = remaining.get(key) ?? 0;
        if (left === 0) phantom.push(`${r.source_lines[0]} ${r.code} ${which} ${key}`);
        else remaining.set(key, left - 1);
      }
    }
    const leftover = [...remaining].filter(([, c]) => c > 0).map(([k, c]) => `line ${k.replace('|', ': ')} ×${c}`);
    expect(leftover, 'tokens in the text that no row consumed').toEqual([]);
    expect(phantom, 'amounts on rows that are not in the text').toEqual([]);
  });

  it('prints money only on sub-kegiatan rows; totals above are computed', () => {
    const upperPrinted = ROWS.filter((r) => r.level !== 'subkegiatan' && (r.target.rupiah_status !== 'computed' || r.realisation.rupiah_status !== 'computed'));
    expect(upperPrinted).toEqual([]);
    expect(ROWS.filter((r) => r.level !== 'subkegiatan').every((r) => r.computed)).toBe(true);
    expect(ROWS.filter((r) => r.level === 'subkegiatan').every((r) => !r.computed)).toBe(true);
  });

  it('takes the first amount of a sub-kegiatan as target and the second as realisation', () => {
    const bad = ROWS.filter(
      (r) =>
        r.target.rupiah_status === 'printed' &&
        r.realisation.rupiah_status === 'printed' &&
        (r.target.rupiah_line ?? 0) > (r.realisation.rupiah_line ?? 0),
    );
    expect(bad).toEqual([]);
    // No sub-kegiatan prints a realisation amount without a target amount.
    expect(ROWS.filter((r) => r.realisation.rupiah_status === 'printed' && r.target.rupiah_status !== 'printed')).toEqual([]);
  });
});
