/**
 * Hierarchy: inside each section, every row sits under the row of the level
 * above that it is printed under (sub-kegiatan under its kegiatan under its
 * programme under its bidang under its urusan), and its code extends that
 * row's code. Codes that differ from what is printed are all accounted for.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetRow } from '../../../../src/lib/budget/schema.ts';
import { FIXES, LEVELS, PARSED, ROWS } from '../helpers.ts';

interface Placed {
  row: BudgetRow;
  parent: BudgetRow | null;
  /** All open ancestors when the row was read. */
  ancestors: BudgetRow[];
}

/** Place rows by reading order: a row opens its level and closes all deeper ones. */
function place(rows: readonly BudgetRow[]): Placed[] {
  const out: Placed[] = [];
  let section = '';
  let open: Array<BudgetRow | undefined> = [];
  for (const row of rows) {
    if (row.section.id !== section) {
      section = row.section.id;
      open = [];
    }
    const li = LEVELS.indexOf(row.level);
    const ancestors = open.slice(0, li).filter((r): r is BudgetRow => r !== undefined);
    out.push({ row, parent: open[li - 1] ?? null, ancestors });
    open[li] = row;
    open.length = li + 1;
  }
  return out;
}

const placed = place(ROWS);

describe('hierarchy', () => {
  it('puts every programme, kegiatan and sub-kegiatan directly under a row of the level above', () => {
    const orphans = placed
      .filter((p) => ['program', 'kegiatan', 'subkegiatan'].includes(p.row.level) && p.parent === null)
      .map((p) => `${p.row.source_lines[0]} ${p.row.level} ${p.row.code}`);
    expect(orphans).toEqual([]);
  });

  it('gives every row a code that extends its parent code', () => {
    const wrong = placed
      .filter((p) => p.parent !== null && !p.row.code.startsWith(`${p.parent.code}.`))
      .map((p) => `${p.row.source_lines[0]} ${p.row.level} ${p.row.code} under ${p.parent?.level} ${p.parent?.code}`);
    expect(wrong).toEqual([]);
    // and every ancestor, not just the parent
    const wrongAnc = placed.filter((p) => p.ancestors.some((a) => !p.row.code.startsWith(`${a.code}.`)));
    expect(wrongAnc.map((p) => p.row.source_lines[0])).toEqual([]);
  });

  it('prints urusan and bidang rows in every section except the urusan of Dinas Pendidikan', () => {
    const sections = [...new Set(ROWS.map((r) => r.section.id))];
    const noUrusan = sections.filter((s) => !ROWS.some((r) => r.section.id === s && r.level === 'urusan'));
    const noBidang = sections.filter((s) => !ROWS.some((r) => r.section.id === s && r.level === 'bidang'));
    expect(noUrusan).toEqual(['01-dinas-pendidikan']);
    expect(noBidang).toEqual([]);
  });

  it('reports no hierarchy issue', () => {
    expect(PARSED.issues.filter((i) => ['parent-mismatch', 'missing-parent', 'code-outside-section'].includes(i.kind))).toEqual([]);
  });

  it('sums computed totals from exactly the sub-kegiatan printed below them', () => {
    const sums = new Map<BudgetRow, { t: number; r: number; n: number }>();
    for (const p of placed) {
      if (p.row.level !== 'subkegiatan') continue;
      for (const a of p.ancestors) {
        const s = sums.get(a) ?? { t: 0, r: 0, n: 0 };
        s.t += p.row.target.rupiah ?? 0;
        s.r += p.row.realisation.rupiah ?? 0;
        s.n += 1;
        sums.set(a, s);
      }
    }
    const wrong = ROWS.filter((r) => r.computed).filter((r) => {
      const s = sums.get(r) ?? { t: 0, r: 0, n: 0 };
      return r.target.rupiah !== s.t || r.realisation.rupiah !== s.r || r.subkegiatan_count !== s.n;
    });
    expect(wrong.map((r) => `${r.source_lines[0]} ${r.code}`)).toEqual([]);
  });

  it('derives the level from the number of code segments', () => {
    const segments = (code: string): number => {
      const p = code.split('.');
      return p.length <= 3 ? p.length : p.length - 1;
    };
    expect(ROWS.filter((r) => LEVELS[segments(r.code) - 1] !== r.level)).toEqual([]);
  });
});

describe('codes that differ from the printed code', () => {
  /** Normalise a printed code mechanically: drop stray ' and ;, join segments with dots. */
  function normalisePrinted(printed: string): string {
    const parts = printed.replace(/['’;]/g, '').trim().split(/\s+/);
    return parts.join('.');
  }

  it('are exactly the manual fixes and the three level-from-name rows', () => {
    const changed = ROWS.filter((r) => normalisePrinted(r.code_printed) !== r.code).map((r) => ({
      line: r.source_lines[0],
      printed: r.code_printed,
      code: r.code,
      why: r.fixes.length > 0 ? r.fixes.join(',') : r.quirks.filter((q) => q === 'level-from-name').join(','),
    }));
    expect(changed).toEqual([
      { line: 10852, printed: '1 01 01', code: '1.01', why: 'level-from-name' },
      { line: 10864, printed: '1 01 01 2.01', code: '1.01.01', why: 'level-from-name' },
      { line: 13816, printed: '1 04 05 2.01', code: '1.04.05', why: 'level-from-name' },
      { line: 14302, printed: '2 05 01 3.07 10', code: '1.05.01.2.07.10', why: 'satpol-pengadaan-gedung' },
      { line: 14806, printed: '2 06 07 3.01 02', code: '1.06.07.2.01.02', why: 'dinsos-taman-makam-pahlawan' },
      { line: 20091, printed: '2 20 02', code: '2.21.02', why: 'persandian-bidang' },
      { line: 20097, printed: '2 20 02 2.01', code: '2.21.02.2.01', why: 'persandian-bidang' },
      { line: 20101, printed: '2 20 02 2.01 01', code: '2.21.02.2.01.01', why: 'persandian-bidang' },
      { line: 20109, printed: '2 20 02 2.01 02', code: '2.21.02.2.01.02', why: 'persandian-bidang' },
      { line: 22377, printed: '4 01 01 2.01 04', code: '4.01.01.2.02.04', why: 'bagpem-akuntansi-skpd' },
      { line: 27325, printed: '7 01 03 2.01', code: '7.01.04.2.01', why: 'binjai-kota-trantib' },
      { line: 27329, printed: '7 01 03 2.01 02', code: '7.01.04.2.01.02', why: 'binjai-kota-trantib' },
      { line: 27803, printed: '7 01 01 2.10 01', code: '7.01.01.2.09.01', why: 'binjai-barat-pemeliharaan-kendaraan-perorangan' },
      { line: 27823, printed: '7 01 01 2.11 02', code: '7.01.01.2.09.02', why: 'binjai-barat-pemeliharaan-kendaraan-operasional' },
      { line: 27843, printed: '7 01 01 2.13 06', code: '7.01.01.2.09.06', why: 'binjai-barat-pemeliharaan-peralatan' },
      { line: 27849, printed: '7 01 01 2.15 11', code: '7.01.01.2.09.11', why: 'binjai-barat-pemeliharaan-sarpras-gedung' },
    ]);
  });

  it('applies every manual fix, and only to the lines it names', () => {
    expect(PARSED.issues.filter((i) => i.kind === 'fix-not-applied')).toEqual([]);
    for (const f of FIXES) {
      const rows = ROWS.filter((r) => r.fixes.includes(f.id));
      expect(rows.length, f.id).toBeGreaterThan(0);
      for (const r of rows) {
        expect(r.source_lines[0]).toBeGreaterThanOrEqual(f.line);
        expect(r.source_lines[0]).toBeLessThanOrEqual(f.end_line ?? f.line);
      }
    }
  });

  it('keeps the manual fix table small', () => {
    expect(FIXES.length).toBeLessThanOrEqual(10);
  });

  it('reports the one code it could not resolve: two different kegiatan printed as 5.04.02.2.01', () => {
    expect(PARSED.issues.filter((i) => i.kind === 'duplicate-code').map((i) => [i.line, i.code])).toEqual([[25805, '5.04.02.2.01']]);
  });
});
