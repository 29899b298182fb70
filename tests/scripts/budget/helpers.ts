/** Shared inputs for the Lampiran I parser tests: the source text, the manual fixes, one parse. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ManualFixFileSchema, type BudgetLevel, type BudgetRow } from '../../../src/lib/budget/schema.ts';
import { parseLampiranI } from '../../../scripts/budget/parse-lampiran.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const SOURCE = readFileSync(`${root}data/sources/lkpj-2023.txt`, 'utf8');
export const SOURCE_LINES = SOURCE.split('\n');
export const FIXES = ManualFixFileSchema.parse(parse(readFileSync(`${root}data/budget/fixes.yml`, 'utf8'))).fixes;
export const PARSED = parseLampiranI(SOURCE, FIXES);
export const ROWS: readonly BudgetRow[] = PARSED.rows;
export const SUBS: readonly BudgetRow[] = ROWS.filter((r) => r.level === 'subkegiatan');

export const GOLDEN_PATH = `${root}tests/fixtures/budget/golden.json`;

/** The appendix, located by hand: "LAMPIRAN I" + table header … the line before " LAMPIRAN II". */
export const APPENDIX_FIRST = 10817;
export const APPENDIX_LAST = 28597;

export const LEVELS: readonly BudgetLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];

/** Source line n (1-based). */
export function line(n: number): string {
  return SOURCE_LINES[n - 1] ?? '';
}

/** Format whole rupiah as the source prints it: 1,234,567.00 */
export function money(n: number): string {
  return `${n.toLocaleString('en-US')}.00`;
}
