/**
 * Manual fixes (data/budget/fixes.yml): a misprinted code set or re-prefixed on
 * the lines a fix names; every fix must hit a row.
 */
import type { ManualFix } from '../../../src/lib/budget/schema.ts';
import type { RawRecord } from './records.ts';

export function applyFixes(
  rec: RawRecord,
  code: string,
  fixes: readonly ManualFix[],
  used: Set<string>,
): { code: string; applied: string[] } {
  const applied: string[] = [];
  let out = code;
  for (const f of fixes) {
    const end = f.end_line ?? f.line;
    if (rec.codeLine < f.line || rec.codeLine > end) continue;
    if (f.action.type === 'set-code') {
      if (rec.codeLine !== f.line) continue;
      out = f.action.code;
      applied.push(f.id);
      used.add(f.id);
    } else {
      const from = f.action.from;
      if (out === from || out.startsWith(`${from}.`)) {
        out = f.action.to + out.slice(from.length);
        applied.push(f.id);
        used.add(f.id);
      }
    }
  }
  return { code: out, applied };
}
