/**
 * Totals and absorption of the budget explorer (src/lib/budget/explorer.ts),
 * on small hand-made rows so every number can be checked by eye.
 */
import { describe, expect, it } from 'vitest';
import { absorption, buildExplorer, explainReconciliation, StructureError, subAbsorption, sumTotals } from '../../../src/lib/budget/explorer.ts';
import { BudgetBuildSchema, type BudgetLevel, type BudgetMeasure, type BudgetRow, type RupiahStatus } from '../../../src/lib/budget/schema.ts';

function measure(rupiah: number | null, status: RupiahStatus = rupiah === null ? 'absent' : 'printed'): BudgetMeasure {
  return { volume: null, unit: null, rupiah, rupiah_status: status, rupiah_line: status === 'printed' ? 1 : null, printed: '' };
}

const SECTION_A = { index: 1, name: 'DINAS A KOTA BINJAI', slug: 'dinas-a', id: '01-dinas-a' };
const SECTION_B = { index: 2, name: 'BAGIAN B', slug: 'bagian-b', id: '02-bagian-b' };
const LEVELS: Record<number, BudgetLevel> = { 1: 'urusan', 2: 'bidang', 3: 'program', 5: 'kegiatan', 6: 'subkegiatan' };

let nextLine = 100;
/** A row as the parser emits it; upper levels carry the parser's computed sums. */
function row(section: typeof SECTION_A, code: string, name: string, t: number | null = null, r: number | null = null, opts: { tStatus?: RupiahStatus; rStatus?: RupiahStatus; sum?: [number, number, number] } = {}): BudgetRow {
  const level = LEVELS[code.split('.').length] ?? 'subkegiatan';
  const line = (nextLine += 2);
  const sub = level === 'subkegiatan';
  return {
    section,
    level,
    code,
    code_printed: code.replace(/\./g, ' '),
    name,
    names: { urusan: null, bidang: null, program: null, kegiatan: null, subkegiatan: null },
    indicator: null,
    target: sub ? measure(t, opts.tStatus) : { ...measure(opts.sum?.[0] ?? 0, 'computed'), rupiah_line: null },
    realisation: sub ? measure(r, opts.rStatus) : { ...measure(opts.sum?.[1] ?? 0, 'computed'), rupiah_line: null },
    absorption_pct: null,
    realisation_volume_kind: 'none',
    computed: !sub,
    subkegiatan_count: sub ? 1 : (opts.sum?.[2] ?? 0),
    source_lines: [line, line + 1],
    fixes: [],
    quirks: [],
  };
}

describe('absorption()', () => {
  it.each([
    [200, 150, 75],
    [1_000, 1_000, 100],
    [1_000, 1_250, 125],
    [1_000, 0, 0],
    [0, 10, null],
    [null, 10, null],
    [10, null, null],
  ])('target %s, realisation %s → %s %%', (t, r, pct) => {
    expect(absorption(t, r)).toBe(pct);
  });
});

describe('subAbsorption()', () => {
  it('treats a printed dash realisation as nil (0 %) and an empty cell as unknown', () => {
    expect(subAbsorption({ target: measure(500), realisation: measure(null, 'dash') })).toBe(0);
    expect(subAbsorption({ target: measure(500), realisation: measure(null, 'absent') })).toBeNull();
    expect(subAbsorption({ target: measure(null, 'dash'), realisation: measure(null, 'dash') })).toBeNull();
    expect(subAbsorption({ target: measure(400), realisation: measure(100) })).toBe(25);
  });
});

describe('sumTotals()', () => {
  it('sums sub-kegiatan, counts dash/empty as 0 and reports how many were not printed', () => {
    const t = sumTotals([
      { target: measure(1_000), realisation: measure(900) },
      { target: measure(500), realisation: measure(null, 'dash') },
      { target: measure(null, 'absent'), realisation: measure(null, 'absent') },
    ]);
    expect(t).toEqual({
      target: 1_500,
      realisation: 900,
      absorption_pct: 60,
      subkegiatan_count: 3,
      target_not_printed: 1,
      realisation_not_printed: 2,
      computed: true,
    });
  });

  it('has no absorption for an empty list', () => {
    expect(sumTotals([])).toMatchObject({ target: 0, realisation: 0, absorption_pct: null, subkegiatan_count: 0 });
  });
});

function sample(): BudgetRow[] {
  nextLine = 100;
  return [
    row(SECTION_A, '1', 'URUSAN SATU'),
    row(SECTION_A, '1.02', 'BIDANG KESEHATAN'),
    row(SECTION_A, '1.02.01', 'PROGRAM PENUNJANG', null, null, { sum: [3_000, 2_400, 2] }),
    row(SECTION_A, '1.02.01.2.01', 'Perencanaan', null, null, { sum: [3_000, 2_400, 2] }),
    row(SECTION_A, '1.02.01.2.01.01', 'Penyusunan Dokumen', 1_000, 900),
    row(SECTION_A, '1.02.01.2.01.02', 'Evaluasi', 2_000, 1_500),
    row(SECTION_A, '1.02.02', 'PROGRAM PEMENUHAN', null, null, { sum: [500, 0, 2] }),
    row(SECTION_A, '1.02.02.2.01', 'Kegiatan X', null, null, { sum: [500, 0, 1] }),
    row(SECTION_A, '1.02.02.2.01.01', 'Sub X', 500, null, { rStatus: 'dash' }),
    // The same kegiatan code printed again for a different kegiatan (as in BKD, 5.04.02.2.01).
    row(SECTION_A, '1.02.02.2.01', 'Kegiatan Y', null, null, { sum: [0, 0, 1] }),
    row(SECTION_A, '1.02.02.2.01.01', 'Sub Y', null, null),
    row(SECTION_B, '4', 'UNSUR PENDUKUNG'),
    row(SECTION_B, '4.01', 'SEKRETARIAT DAERAH'),
    row(SECTION_B, '4.01.01', 'PROGRAM PENUNJANG', null, null, { sum: [10_000, 10_000, 1] }),
    row(SECTION_B, '4.01.01.2.02', 'Keuangan', null, null, { sum: [10_000, 10_000, 1] }),
    row(SECTION_B, '4.01.01.2.02.01', 'Gaji', 10_000, 10_000),
  ];
}

const rec = { subkegiatan_rows: 5, target_sum: 13_500, realisation_sum: 12_400, lra_budget: 15_000, lra_realised: 12_000, budget_difference: 1_500, realised_difference: -400, target_not_printed: 1, realisation_not_printed: 2 };

describe('buildExplorer()', () => {
  const b = buildExplorer({ rows: sample(), issues: [], reconciliation: rec, lines: [100, 200] });

  it('produces data that satisfies the build schema', () => {
    expect(() => BudgetBuildSchema.parse(b)).not.toThrow();
  });

  it('sums the city total from every sub-kegiatan', () => {
    expect(b.totals).toMatchObject({ target: 13_500, realisation: 12_400, subkegiatan_count: 5, target_not_printed: 1, realisation_not_printed: 2, computed: true });
    expect(b.totals.absorption_pct).toBeCloseTo((12_400 / 13_500) * 100, 10);
  });

  it('groups urusan by the first code segment, with their sections', () => {
    expect(b.urusan.map((u) => [u.code, u.name, u.totals.target, u.totals.realisation, u.section_ids])).toEqual([
      ['1', 'URUSAN SATU', 3_500, 2_400, ['01-dinas-a']],
      ['4', 'UNSUR PENDUKUNG', 10_000, 10_000, ['02-bagian-b']],
    ]);
  });

  it('gives each section its bidang, programmes with urls and computed totals', () => {
    const a = b.sections[0];
    expect(a).toMatchObject({ id: '01-dinas-a', url: '/anggaran/01-dinas-a/', urusan_code: '1', bidang_code: '1.02', bidang_name: 'BIDANG KESEHATAN' });
    expect(a?.programs.map((p) => [p.code, p.url, p.totals.target, p.totals.realisation, p.totals.absorption_pct])).toEqual([
      ['1.02.01', '/anggaran/01-dinas-a/1.02.01/', 3_000, 2_400, 80],
      ['1.02.02', '/anggaran/01-dinas-a/1.02.02/', 500, 0, 0],
    ]);
    expect(a?.source_lines).toEqual([102, 123]);
  });

  it('keeps two kegiatan printed with the same code apart, with unique anchors', () => {
    const p = b.sections[0]?.programs[1];
    expect(p?.kegiatan.map((k) => [k.anchor, k.name, k.totals.target, k.totals.subkegiatan_count])).toEqual([
      ['k-1.02.02.2.01', 'Kegiatan X', 500, 1],
      ['k-1.02.02.2.01-120', 'Kegiatan Y', 0, 1],
    ]);
    expect(p?.kegiatan.flatMap((k) => k.subkegiatan.map((s) => s.anchor))).toEqual(['s-1.02.02.2.01.01', 's-1.02.02.2.01.01-122']);
  });

  it('computes sub-kegiatan absorption from rupiah', () => {
    const subs = b.sections.flatMap((s) => s.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subkegiatan)));
    expect(subs.map((s) => [s.name, s.absorption_pct])).toEqual([
      ['Penyusunan Dokumen', 90],
      ['Evaluasi', 75],
      ['Sub X', 0],
      ['Sub Y', null],
      ['Gaji', 100],
    ]);
  });

  it('refuses totals that disagree with the parser', () => {
    const rows = sample();
    const program = rows[2];
    if (program) program.target = { ...program.target, rupiah: 2_999 };
    expect(() => buildExplorer({ rows, issues: [], reconciliation: rec, lines: [100, 200] })).toThrow(/jumlah program 1\.02\.01 tidak cocok/);
  });

  it('refuses a sub-kegiatan printed under a kegiatan that is not its parent, naming the line', () => {
    const rows = sample();
    const misplaced = rows[5];
    if (misplaced) misplaced.code = '1.02.01.2.09.02';
    try {
      buildExplorer({ rows, issues: [], reconciliation: rec, lines: [100, 200] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StructureError);
      expect((e as StructureError).line).toBe(112);
      expect((e as Error).message).toContain('sub-kegiatan 1.02.01.2.09.02 tercetak di bawah kegiatan 1.02.01.2.01');
    }
  });

  it('publishes warnings and notes of the parser but never errors', () => {
    const out = buildExplorer({
      rows: sample(),
      issues: [
        { severity: 'warning', kind: 'no-amount', line: 5, message: 'm', code: null },
        { severity: 'error', kind: 'x', line: 6, message: 'm', code: null },
      ],
      reconciliation: rec,
      lines: [100, 200],
    });
    expect(out.issues.map((i) => i.kind)).toEqual(['no-amount']);
  });
});

describe('explainReconciliation()', () => {
  it('subtracts the explained parts from the differences, leaving the residuals', () => {
    const r = explainReconciliation({ ...rec, budget_difference: 20_053_550_540, realised_difference: -37_227_738_161 });
    expect(r.parts).toEqual([
      { id: 'hibah-bos', budget: 15_486_304_200, realised: 0 },
      { id: 'blud', budget: 0, realised: -30_595_886_438 },
      { id: 'btt-misprint', budget: -1_000, realised: 0 },
    ]);
    expect(r.budget_residual).toBe(4_567_247_340);
    expect(r.realised_residual).toBe(-6_631_851_723);
  });
});
