import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { acquireBuildLock, LOCK_NAME } from '../../../scripts/build/lock.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a second build waits for the first, saying so in Indonesian, then takes over', async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'portal-lock-'));
  const said: string[] = [];
  const releaseFirst = await acquireBuildLock(dir);
  const order: string[] = [];
  const second = acquireBuildLock(dir, (t) => said.push(t)).then((release) => {
    order.push('second');
    return release;
  });
  await new Promise((r) => setTimeout(r, 1500));
  order.push('first done');
  await releaseFirst();
  const releaseSecond = await second;
  expect(order).toEqual(['first done', 'second']);
  expect(said).toEqual([`⏳ Build lain sedang berjalan di folder ini (${LOCK_NAME}); menunggu sampai selesai…`]);
  await releaseSecond();
});
