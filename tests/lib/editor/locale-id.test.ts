import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ID_PHRASES } from '../../../src/lib/editor/locale-id.ts';

/** Keys (dotted) and %{placeholders} of a phrase tree. */
function keys(tree: object, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, [...new Set([...v.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]!))].sort());
    else for (const [kk, vv] of keys(v as object, key)) out.set(kk, vv);
  }
  return out;
}

test('the Indonesian interface has every phrase of Decap\'s English one, with the same placeholders', async () => {
  const source = readFileSync(new URL('../../../node_modules/decap-cms-locales/src/en/index.js', import.meta.url), 'utf8');
  const en = (await import(`data:text/javascript,${encodeURIComponent(source)}`)).default as object;
  const english = keys(en);
  const indonesian = keys(ID_PHRASES);
  expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  for (const [key, placeholders] of english) expect(indonesian.get(key), key).toEqual(placeholders);
});
