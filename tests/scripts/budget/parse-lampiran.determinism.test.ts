/** The parser is pure and deterministic, and its output matches the schemas. */
import { describe, expect, it } from 'vitest';
import { BudgetRowSchema, ManualFixFileSchema, ParseIssueSchema } from '../../../src/lib/budget/schema.ts';
import { parseLampiranI } from '../../../scripts/budget/parse-lampiran.ts';
import { FIXES, PARSED, SOURCE } from './helpers.ts';

describe('parseLampiranI', () => {
  it('gives the same rows and issues on every run', () => {
    const again = parseLampiranI(SOURCE, FIXES);
    expect(JSON.stringify(again)).toBe(JSON.stringify(PARSED));
  });

  it('does not mutate its inputs', () => {
    const frozen = structuredClone(FIXES).map((f) => Object.freeze({ ...f, action: Object.freeze({ ...f.action }) }));
    Object.freeze(frozen);
    expect(() => parseLampiranI(SOURCE, frozen)).not.toThrow();
  });

  it('emits rows and issues that satisfy the schemas', () => {
    for (const r of PARSED.rows) BudgetRowSchema.parse(r);
    for (const i of PARSED.issues) ParseIssueSchema.parse(i);
    expect(ManualFixFileSchema.safeParse({ fixes: FIXES }).success).toBe(true);
  });

  it('reports an unapplied fix and an absent appendix instead of failing silently', () => {
    const bogus = parseLampiranI(SOURCE, [
      { id: 'nowhere', line: 5, printed: 'x', meaning: 'y', why: 'z', action: { type: 'set-code', code: '1.01' } },
    ]);
    expect(bogus.issues.some((i) => i.kind === 'fix-not-applied' && i.line === 5)).toBe(true);
    expect(parseLampiranI('no appendix here', []).issues.map((i) => i.kind)).toEqual(['appendix-not-found']);
  });

  it('lists its issues by kind (all reviewed; see docs/anggaran-parser.md)', () => {
    const kinds: Record<string, number> = {};
    for (const i of PARSED.issues) kinds[`${i.severity}:${i.kind}`] = (kinds[`${i.severity}:${i.kind}`] ?? 0) + 1;
    expect(kinds).toEqual({
      'warning:no-amount': 20,
      'warning:volume-without-amount': 6,
      'warning:percentage-mismatch': 5,
      'warning:duplicate-code': 1,
      'info:stray-number-ignored': 2,
      'info:realisation-unit-missing': 2,
      'info:policy-text-dropped': 29,
    });
  });
});
