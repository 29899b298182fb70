import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { assertBuilt, DIST } from '../support/dist.ts';
import { compareTrees, copyProject, removeCopy, runInCopy } from '../../scripts/check/project-copy.ts';

/**
 * Two builds from the same sources give byte-identical sites: the dist/ that
 * `npm run build` just produced, and a second build of a copy of the project at
 * another path (so absolute paths leaking into the output would show up too).
 * Nothing is excluded. `npm run check:reproducible` builds twice from scratch.
 */
let copy: string | undefined;
afterAll(() => {
  if (copy) removeCopy(copy);
});

test('a second build at another path is byte-identical to dist/', { timeout: 600_000 }, async () => {
  assertBuilt();
  copy = copyProject('portal-repro-');
  const run = await runInCopy(copy);
  expect(run.ok, run.output.slice(-3000)).toBe(true);
  const differences = compareTrees(DIST, path.join(copy, 'dist'));
  expect(differences, `Build tidak dapat diulang:\n${differences.slice(0, 30).join('\n')}`).toEqual([]);
});
