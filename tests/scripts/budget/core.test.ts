/**
 * The budget build step (scripts/budget/core.ts) on the real source:
 * exact totals, a known agency, the reconciliation, and Indonesian failures.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBudget, FIXES_FILE, SOURCE_FILE } from '../../../scripts/budget/core.ts';
import { stableJson } from '../../../scripts/data/build.ts';
import { reconcile } from '../../../scripts/budget/parse-lampiran.ts';
import { formatReport } from '../../../src/lib/core/problems.ts';
import { ROWS, SOURCE, SUBS } from './helpers.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const FIXES_TEXT = readFileSync(`${root}${FIXES_FILE}`, 'utf8');
const result = runBudget(SOURCE, FIXES_TEXT);
const b = result.value;
if (!b) throw new Error(formatReport(result.problems));

describe('runBudget() on LKPJ 2023', () => {
  it('publishes 1,012 sub-kegiatan in 53 sections and 8 urusan', () => {
    expect(b.totals.subkegiatan_count).toBe(1012);
    expect(b.sections).toHaveLength(53);
    expect(b.urusan.map((u) => u.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(b.sections.reduce((n, s) => n + s.programs.length, 0)).toBe(154);
  });

  it('makes the city total equal the sum of every sub-kegiatan', () => {
    const target = SUBS.reduce((s, r) => s + (r.target.rupiah ?? 0), 0);
    const realisation = SUBS.reduce((s, r) => s + (r.realisation.rupiah ?? 0), 0);
    expect(b.totals).toMatchObject({ target: 1_018_561_449_316, realisation: 860_599_119_950, target_not_printed: 29, realisation_not_printed: 95, computed: true });
    expect(b.totals.target).toBe(target);
    expect(b.totals.realisation).toBe(realisation);
    expect(b.totals.absorption_pct?.toFixed(2)).toBe('84.49');
  });

  it('makes every level add up to the level above', () => {
    const sum = (xs: ReadonlyArray<{ totals: { target: number; realisation: number; subkegiatan_count: number } }>) =>
      xs.reduce<[number, number, number]>((a, x) => [a[0] + x.totals.target, a[1] + x.totals.realisation, a[2] + x.totals.subkegiatan_count], [0, 0, 0]);
    const city = [b.totals.target, b.totals.realisation, b.totals.subkegiatan_count];
    expect(sum(b.urusan)).toEqual(city);
    expect(sum(b.sections)).toEqual(city);
    for (const s of b.sections) {
      expect(sum(s.programs)).toEqual([s.totals.target, s.totals.realisation, s.totals.subkegiatan_count]);
      for (const p of s.programs) expect(sum(p.kegiatan)).toEqual([p.totals.target, p.totals.realisation, p.totals.subkegiatan_count]);
    }
  });

  it('gives Dinas Kesehatan its exact numbers', () => {
    const s = b.sections.find((x) => x.id === '02-dinas-kesehatan');
    expect(s?.totals).toMatchObject({ target: 133_407_822_910, realisation: 114_925_363_794, subkegiatan_count: 54, realisation_not_printed: 7 });
    expect(s?.totals.absorption_pct?.toFixed(2)).toBe('86.15');
    expect(s?.programs.map((p) => [p.code, p.totals.target])).toEqual([
      ['1.02.01', 70_288_991_229],
      ['1.02.02', 61_191_922_287],
      ['1.02.03', 911_116_900],
      ['1.02.04', 357_989_694],
      ['1.02.05', 657_802_800],
    ]);
  });

  it('gives the urusan their exact targets', () => {
    expect(b.urusan.map((u) => [u.code, u.totals.target])).toEqual([
      ['1', 677_467_083_444],
      ['2', 101_200_904_654],
      ['3', 7_593_361_652],
      ['4', 122_071_333_737],
      ['5', 41_622_560_051],
      ['6', 10_290_906_687],
      ['7', 42_459_422_640],
      ['8', 15_855_876_451],
    ]);
  });

  it('states the reconciliation with LRA Tabel I.7 and its explained parts', () => {
    expect(b.reconciliation).toMatchObject({
      ...reconcile(ROWS),
      target_sum: 1_018_561_449_316,
      lra_budget: 1_038_614_999_856,
      realisation_sum: 860_599_119_950,
      lra_realised: 823_371_381_789,
      budget_difference: 20_053_550_540,
      realised_difference: -37_227_738_161,
      budget_residual: 4_567_247_340,
      realised_residual: -6_631_851_723,
    });
  });

  it('keeps the printed absorption percentage apart from the computed one', () => {
    const sub = b.sections[0]?.programs[0]?.kegiatan.flatMap((k) => k.subkegiatan).find((x) => x.source_lines[0] === 10898);
    expect(sub).toMatchObject({ name: 'Penyediaan Gaji dan Tunjangan ASN', printed_absorption_pct: 99.33, realisation_volume_kind: 'budget_absorption' });
    expect(sub?.absorption_pct?.toFixed(2)).toBe('99.33');
  });

  it('is deterministic: two runs serialise to identical bytes', () => {
    const again = runBudget(SOURCE, FIXES_TEXT).value;
    expect(stableJson(again)).toBe(stableJson(b));
  });
});

describe('runBudget() failures are Indonesian problems naming file, line and fix', () => {
  it('reports a manual fix that matches no row', () => {
    const bad = `${FIXES_TEXT}\n  - id: salah-baris\n    line: 5\n    printed: "x"\n    meaning: "y"\n    why: "z"\n    action: { type: set-code, code: "1.01" }\n`;
    const r = runBudget(SOURCE, bad);
    expect(r.value).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: SOURCE_FILE, line: 5, message: expect.stringContaining('perbaikan manual tidak mengenai baris mana pun') }),
    ]);
    expect(r.problems[0]?.hint).toContain(FIXES_FILE);
    expect(formatReport(r.problems)).toMatch(/^GALAT data\/sources\/lkpj-2023\.txt, baris 5\n {2}Masalah: .+\n {2}Perbaikan: .+/);
  });

  it('reports a source without the appendix', () => {
    const r = runBudget('bukan LKPJ', FIXES_TEXT);
    expect(r.problems.map((p) => [p.file, p.message.split(' — ')[0]])).toContainEqual([SOURCE_FILE, 'Lampiran I tidak ditemukan']);
  });

  it('reports an invalid fixes file with its line', () => {
    const r = runBudget(SOURCE, 'fixes:\n  - id: Bukan Slug\n    line: 0\n');
    expect(r.value).toBeUndefined();
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.every((p) => p.file === FIXES_FILE && p.line !== undefined)).toBe(true);
  });
});
