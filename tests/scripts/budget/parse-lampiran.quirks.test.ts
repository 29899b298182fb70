/**
 * Every known quirk of the Lampiran I text (issue 7, part 1) as a test row:
 * the line it occurs on, what is printed there, and what the parser makes of
 * it. Handled in code and tagged on the row (`quirks`), never fixed silently.
 */
import { describe, expect, it } from 'vitest';
import type { BudgetRow } from '../../../src/lib/budget/schema.ts';
import { PARSED, ROWS, SOURCE_LINES, SUBS, line } from './helpers.ts';

const at = (n: number): BudgetRow => {
  const r = ROWS.find((x) => x.source_lines[0] === n);
  if (!r) throw new Error(`no row starts at line ${n}`);
  return r;
};

describe('quirks handled in code', () => {
  it.each([
    // [quirk, first line, printed fragment, expected row fields]
    ['code-punctuation', 18392, "2 15 02 2.'05 01", { code: '2.15.02.2.05.01', code_printed: "2 15 02 2.'05 01" }],
    ['code-punctuation', 26183, '6 01 01 2.09 ;09', { code: '6.01.01.2.09.09', code_printed: '6 01 01 2.09 ;09' }],
    ['persen-split', 12446, 'Penyediaan Jasa Pemeliharaan', { realisation: expect.objectContaining({ volume: 46.26, unit: 'persen', rupiah: 33_067_000, rupiah_line: 12464 }) }],
    ['unit-split-across-lines', 15001, '', { target: expect.objectContaining({ volume: 34, unit: 'orang/12 bulan', rupiah: 3_566_751_862 }) }],
    ['unit-split-across-lines', 19196, '', { target: expect.objectContaining({ volume: 40, unit: 'unit usaha', rupiah: 59_997_860 }) }],
    ['word-split-in-unit', 20521, '', { target: expect.objectContaining({ volume: 43, unit: 'perpustakaan', rupiah: 23_400_000 }) }],
    ['glued-column-text-dropped', 10872, '3 Peningkatan jumlah sertifikasi bagi pendidik 1 01 01 2.01', { code: '1.01.01.2.01', name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah' }],
    ['indicator-unlabelled', 27295, '', { indicator: 'Jumlah Laporan Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan' }],
    ['stray-number-ignored', 25773, '', { realisation: expect.objectContaining({ volume: 50.43, rupiah: 42_076_100 }) }],
    ['percent-unit-implied', 11211, '', { realisation: expect.objectContaining({ volume: 0, unit: null, rupiah: null, rupiah_status: 'dash' }), realisation_volume_kind: 'budget_absorption' }],
    ['level-from-name', 10864, '1 01 01 2.01 PROGRAM', { level: 'program', code: '1.01.01' }],
  ] as const)('%s at line %i', (quirk, n, printed, expected) => {
    if (printed) expect(line(n)).toContain(printed);
    const r = at(n);
    expect(r.quirks).toContain(quirk);
    expect(r).toMatchObject(expected);
  });

  it('finds a section heading glued to the next column (BAGIAN HUKUM 4 UNSUR PENDUKUNG …, line 22151)', () => {
    expect(line(22151).trim()).toBe('BAGIAN HUKUM 4 UNSUR PENDUKUNG URUSAN');
    expect(at(22151)).toMatchObject({ level: 'urusan', code: '4', name: 'UNSUR PENDUKUNG URUSAN PEMERINTAHAN', section: { id: '33-bagian-hukum' } });
  });

  it('keeps a realisation volume without unit as printed and reports it (line 26423)', () => {
    expect(at(26423).realisation).toMatchObject({ volume: 60.0843265, unit: null, rupiah: 6_015_644_177 });
    expect(PARSED.issues.some((i) => i.kind === 'realisation-unit-missing' && i.line >= 26423 && i.line <= 26427)).toBe(true);
  });
});

describe('rows with no amount', () => {
  it.each([
    ['both cells a dash: "0 -  0 -"', 14073, 'dash', 'dash'],
    ['one cell pair printed: "0 -" (taken as the target)', 20101, 'dash', 'absent'],
    ['nothing printed at all', 14117, 'absent', 'absent'],
  ] as const)('%s (line %i)', (_label, n, t, r) => {
    const row = at(n);
    expect(row.level).toBe('subkegiatan');
    expect([row.target.rupiah_status, row.realisation.rupiah_status]).toEqual([t, r]);
    expect([row.target.rupiah, row.realisation.rupiah]).toEqual([null, null]);
  });

  it('accounts for all 29 sub-kegiatan without a target amount: 20 print nothing, 6 print only "0", 3 print a dash', () => {
    const noTarget = SUBS.filter((r) => r.target.rupiah === null);
    const nothing = noTarget.filter((r) => r.target.printed === '' && r.realisation.printed === '');
    const zeroOnly = noTarget.filter((r) => r.target.printed === '0' && r.realisation.printed === '');
    const dash = noTarget.filter((r) => r.target.rupiah_status === 'dash');
    expect([noTarget.length, nothing.length, zeroOnly.length, dash.length]).toEqual([29, 20, 6, 3]);
    expect(zeroOnly.map((r) => r.source_lines[0])).toEqual([17795, 21549, 23438, 23652, 26321, 28348]);
    expect(zeroOnly.every((r) => r.target.volume === 0 && r.target.rupiah_status === 'absent')).toBe(true);
  });

  it('names each sub-kegiatan that prints only "0" as a warning: the 0 is the target volume, the amounts stay absent', () => {
    const warned = PARSED.issues.filter((i) => i.kind === 'volume-without-amount');
    expect(warned.map((i) => [i.line, i.code, i.severity])).toEqual([
      [17795, '2.14.03.2.02.01', 'warning'],
      [21549, '3.30.04.2.02.02', 'warning'],
      [23438, '4.01.01.2.02.05', 'warning'],
      [23652, '4.01.01.2.02.01', 'warning'],
      [26321, '6.01.03.2.02.01', 'warning'],
      [28348, '8.01.03.2.01.01', 'warning'],
    ]);
    expect(warned[0]?.message).toBe('only a target volume "0" printed on line 17799, no amount and no realisation');
    // The "0" lines print nothing else: not an amount (every amount prints as 1,234.00).
    expect([17799, 21567, 23446, 23656, 26333, 28378].map((n) => SOURCE_LINES[n - 1])).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('reports each sub-kegiatan that prints nothing as a warning, never as zero', () => {
    const nothing = SUBS.filter((r) => r.target.printed === '' && r.realisation.printed === '');
    const warned = new Set(PARSED.issues.filter((i) => i.kind === 'no-amount').map((i) => i.line));
    expect(nothing.length).toBe(20);
    expect(nothing.every((r) => warned.has(r.source_lines[0]) && r.target.rupiah === null && r.realisation.rupiah === null)).toBe(true);
  });
});

describe('repeated page headers and policy text', () => {
  // The exact fragments of the repeated page header/footer ("Tindak Lanjut" alone is ordinary text in names).
  const HEADER = /LAMPIRAN I\b|CAPAIAN PELAKSANAAN PROGRAM|Tindak Lanjut Rekomendasi DPRD|No Urusan Pemerintahan|Organisasi Perangkat|\bPage \d+|K Rp\.\s+K Rp\./;

  it('never lets a page-header fragment into a name, indicator or cell', () => {
    const leaks = ROWS.filter((r) => HEADER.test([r.name, r.indicator ?? '', r.target.printed, r.realisation.printed].join(' | ')));
    expect(leaks.map((r) => r.source_lines[0])).toEqual([]);
  });

  it('drops policy (Kebijakan) text before a page break and reports where (line 11028)', () => {
    expect(line(11028).trim()).toBe('Meningkatkan kinerja urusan pendidikan');
    const issue = PARSED.issues.find((i) => i.kind === 'policy-text-dropped' && i.line === 11028);
    expect(issue?.severity).toBe('info');
    expect(ROWS.some((r) => /Meningkatkan kinerja urusan pendidikan/.test(`${r.name} ${r.indicator ?? ''}`))).toBe(false);
  });
});
