/**
 * One build at a time per clone: data/build/ and dist/ have one writer. A second build (or
 * `npm run data:build`) started while one runs waits for it, saying so, and gives up with a clear
 * message after a while. proper-lockfile (mkdir-based, refreshed while held, so a lock left by a
 * killed process goes stale and is taken over) does the locking; the lock folder is .build.lock.
 */
import path from 'node:path';
import lockfile from 'proper-lockfile';

export const LOCK_NAME = '.build.lock';
const WAIT_MINUTES = 20;

export class LockTimeout extends Error {}

/** Takes the build lock of `root`; resolves with the function that releases it. */
export async function acquireBuildLock(root: string, say: (text: string) => void = console.log): Promise<() => Promise<void>> {
  const options = { realpath: false, lockfilePath: path.join(root, LOCK_NAME), stale: 30_000, update: 5_000 };
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      return await lockfile.lock(root, options);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
      if (!told) {
        say(`⏳ Build lain sedang berjalan di folder ini (${LOCK_NAME}); menunggu sampai selesai…`);
        told = true;
      }
      if (Date.now() - started > WAIT_MINUTES * 60_000)
        throw new LockTimeout(
          `build lain masih berjalan sesudah ${WAIT_MINUTES} menit. Tunggu sampai selesai, atau hentikan prosesnya; bila tidak ada build yang berjalan, hapus folder ${LOCK_NAME}.`,
        );
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
