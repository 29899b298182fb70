/**
 * Golden rows: transcribed by hand from data/sources/lkpj-2023.txt into
 * tests/fixtures/budget/golden.json (each entry quotes its source lines).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_PATH, ROWS } from './helpers.ts';

interface GoldenRow {
  _source: string;
  section: string;
  level: string;
  code: string;
  source_lines: [number, number];
  names?: Record<string, string | null>;
  [key: string]: unknown;
}
interface GoldenTotal {
  _source: string;
  section: string;
  level: string;
  code: string;
  target: number;
  realisation: number;
  subkegiatan_count: number;
}

const golden = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as { rows: GoldenRow[]; totals: GoldenTotal[] };

describe('golden rows', () => {
  it('has at least 15 rows from at least 15 different agencies', () => {
    expect(golden.rows.length).toBeGreaterThanOrEqual(15);
    const agencies = new Set(golden.rows.map((g) => g.section.replace(/^\d+-/, '')));
    expect(agencies.size).toBeGreaterThanOrEqual(15);
  });

  for (const g of golden.rows) {
    it(`reproduces line ${g.source_lines[0]} (${g.section} ${g.code})`, () => {
      const row = ROWS.find((r) => r.section.id === g.section && r.source_lines[0] === g.source_lines[0]);
      expect(row, `no row at line ${g.source_lines[0]} in ${g.section}`).toBeDefined();
      if (row === undefined) return;
      const { _source, section, names, ...fields } = g;
      void _source;
      void section;
      const actual: Record<string, unknown> = {};
      for (const k of Object.keys(fields)) actual[k] = (row as unknown as Record<string, unknown>)[k];
      expect(actual).toEqual(fields);
      if (names !== undefined) expect(row.names).toEqual(names);
    });
  }
});

describe('golden computed totals', () => {
  for (const g of golden.totals) {
    it(`sums ${g.level} ${g.code} in ${g.section}`, () => {
      const row = ROWS.find((r) => r.section.id === g.section && r.code === g.code && r.level === g.level);
      expect(row).toBeDefined();
      expect({
        target: row?.target.rupiah,
        realisation: row?.realisation.rupiah,
        subkegiatan_count: row?.subkegiatan_count,
        computed: row?.computed,
        status: row?.target.rupiah_status,
      }).toEqual({ target: g.target, realisation: g.realisation, subkegiatan_count: g.subkegiatan_count, computed: true, status: 'computed' });
    });
  }
});
