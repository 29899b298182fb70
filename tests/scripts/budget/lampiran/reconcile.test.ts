/**
 * Reconciliation of the appendix with the LRA (Tabel I.7, belanja daerah).
 * The sums are asserted exactly; the differences are reported, not hidden,
 * and the parts that can be explained from the same document are checked
 * against the LRA detail printed in it (lines 1540–1760).
 */
import { describe, expect, it } from 'vitest';
import { LRA_BELANJA_2023, reconcile } from '../../../../scripts/budget/parse-lampiran.ts';
import { ROWS, SUBS, line } from '../helpers.ts';

const rec = reconcile(ROWS);

describe('reconcile()', () => {
  it('uses the LRA Tabel I.7 totals printed in the source', () => {
    expect(line(1231)).toContain('5 BELANJA DAERAH 1,038,614,999,856.00 823,371,381,789.00');
    expect(LRA_BELANJA_2023).toEqual({ budget: 1_038_614_999_856, realised: 823_371_381_789 });
  });

  it('returns the exact sums and differences', () => {
    expect(rec).toEqual({
      subkegiatan_rows: 1012,
      target_sum: 1_018_561_449_316,
      realisation_sum: 860_599_119_950,
      lra_budget: 1_038_614_999_856,
      lra_realised: 823_371_381_789,
      budget_difference: 20_053_550_540,
      realised_difference: -37_227_738_161,
      target_not_printed: 29,
      realisation_not_printed: 95,
    });
  });

  it('reports the difference instead of hiding it', () => {
    expect(rec.budget_difference).not.toBe(0);
    expect(rec.realised_difference).not.toBe(0);
    expect(rec.target_sum + rec.budget_difference).toBe(rec.lra_budget);
    expect(rec.realisation_sum + rec.realised_difference).toBe(rec.lra_realised);
  });

  it('is pure and works on any row list', () => {
    expect(reconcile([])).toMatchObject({ subkegiatan_rows: 0, target_sum: 0, realisation_sum: 0, budget_difference: 1_038_614_999_856 });
    expect(reconcile(ROWS)).toEqual(rec);
  });
});

describe('why the appendix differs from the LRA', () => {
  const byLine = (n: number) => SUBS.find((r) => r.source_lines[0] === n);

  it('BOS: the two BOS sub-kegiatan carry exactly the LRA BOS accounts, with no realisation', () => {
    // LRA: 5.1.02.88 (line 1608), 5.2.02.88 (1686), 5.2.05.88 (1734) — realised 0.00 in the LRA.
    expect(line(1608)).toContain('19,091,789,500.00  0.00');
    expect(line(1686)).toContain('4,801,515,000.00  0.00');
    expect(line(1734)).toContain('5,627,522,000.00  0.00');
    const bos = SUBS.filter((r) => /Dana BOS/.test(r.name));
    expect(bos.map((r) => r.source_lines[0])).toEqual([11211, 11304]);
    expect(bos.reduce((s, r) => s + (r.target.rupiah ?? 0), 0)).toBe(19_091_789_500 + 4_801_515_000 + 5_627_522_000);
    expect(bos.every((r) => r.realisation.rupiah === null)).toBe(true);
  });

  it('Hibah Dana BOS (LRA 5.1.05.06, 15,486,304,200) is on no sub-kegiatan of the appendix', () => {
    expect(line(1621)).toContain('5.1.05.06 Belanja Hibah Dana BOS 15,486,304,200.00  0.00');
    expect(SUBS.some((r) => r.target.rupiah === 15_486_304_200)).toBe(false);
  });

  it('BLUD: the RSUD BLUD sub-kegiatan target equals the four LRA BLUD accounts, which the LRA shows unrealised', () => {
    // 5.1.01.99 (1591), 5.1.02.99 (1610), 5.2.02.99 (1691), 5.2.03.99 (1707)
    expect(line(1591)).toContain('8,279,438,003.00  0.00');
    expect(line(1610)).toContain('20,000,000,000.00  0.00');
    expect(line(1691)).toContain('1,200,000,000.00  0.00');
    expect(line(1707)).toContain('1,000,000,000.00  0.00');
    const blud = byLine(12565);
    expect(blud?.target.rupiah).toBe(8_279_438_003 + 20_000_000_000 + 1_200_000_000 + 1_000_000_000);
    expect(blud?.realisation.rupiah).toBe(30_595_886_438);
  });

  it('Belanja Tidak Terduga is printed 1,000 higher than in the LRA', () => {
    expect(line(1747)).toContain('5.3.01 Belanja Tidak Terduga 792,115,908.00');
    expect(byLine(25187)?.target.rupiah).toBe(792_116_908);
  });

  it('leaves a documented residual after the explained parts', () => {
    const hibahBos = 15_486_304_200;
    const bttMisprint = 1_000; // appendix higher
    const bludRealised = 30_595_886_438; // in the appendix, 0 in the LRA
    expect(rec.budget_difference - hibahBos + bttMisprint).toBe(4_567_247_340);
    expect(rec.realised_difference + bludRealised).toBe(-6_631_851_723);
  });
});
