import { expect, test } from 'vitest';
import { cleanLines } from '../../../../scripts/budget/lampiran/lines.ts';
import { splitRecords } from '../../../../scripts/budget/lampiran/records.ts';
import { recordRow } from '../../../../scripts/budget/lampiran/rows.ts';
import type { ParseIssue } from '../../../../src/lib/budget/schema.ts';
import { APPENDIX } from './synthetic.fixture.ts';

const issues: ParseIssue[] = [];
const { records } = splitRecords(cleanLines(APPENDIX, 2, 14, issues), issues);
const rows = records.map((r) => recordRow(r, [], new Set(), issues));

test('each record becomes a row at the level its code gives, upper levels computed later', () => {
  expect(rows.map((r) => [r.level, r.code, r.name, r.computed])).toEqual([
    ['bidang', '1.02', 'URUSAN PEMERINTAHAN BIDANG KESEHATAN', true],
    ['program', '1.02.02', 'PROGRAM PEMENUHAN UPAYA KESEHATAN', true],
    ['kegiatan', '1.02.02.2.01', 'Penyediaan Fasilitas', true],
    ['subkegiatan', '1.02.02.2.01.01', 'Pengadaan Obat', false],
    ['subkegiatan', '1.02.02.2.01.02', 'Pelatihan Tenaga', false],
  ]);
});

test('a sub-kegiatan carries its amounts, indicator and source lines', () => {
  expect(rows[3]).toMatchObject({
    indicator: 'Jumlah Obat',
    target: { volume: 12, unit: 'paket', rupiah: 1_000_000 },
    realisation: { volume: 12, unit: 'paket', rupiah: 900_000 },
    realisation_volume_kind: 'physical',
    source_lines: [9, 10],
  });
});

test('a realisation volume in percent is budget absorption, not physical output', () => {
  expect(rows[4]).toMatchObject({ realisation_volume_kind: 'budget_absorption', absorption_pct: 90 });
});
