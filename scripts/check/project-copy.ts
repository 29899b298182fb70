/**
 * Throwaway copies of the project for checks that must build something other than
 * dist/: reproducibility (a second build at another path), the injection corpus
 * (hostile data) and the scale benchmark (thousands of synthetic datasets).
 * The copy holds the working tree's tracked and untracked-but-not-ignored files, so
 * uncommitted edits are included and generated output (dist/, data/build/) is not.
 * node_modules is shared through per-package symlinks; Astro's and Vite's caches
 * (node_modules/.astro, .vite) are not, so no build reads another build's cache.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

export function projectFiles(root = PROJECT_ROOT): string[] {
  const out = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`git ls-files gagal: ${out.stderr}`);
  return out.stdout.split('\0').filter((f) => f.length > 0);
}

/** Copies the project into a new temporary directory and returns its path. */
export function copyProject(prefix = 'portal-copy-', root = PROJECT_ROOT): string {
  const dest = mkdtempSync(path.join(tmpdir(), prefix));
  for (const rel of projectFiles(root)) {
    try {
      cpSync(path.join(root, rel), path.join(dest, rel));
    } catch (e) {
      // A file deleted in the working tree but still in the index.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  linkModules(dest, root);
  return dest;
}

/** Shares the project's node_modules with a copy through per-package symlinks (build caches excluded). */
export function linkModules(dest: string, root = PROJECT_ROOT): void {
  const modules = path.join(root, 'node_modules');
  mkdirSync(path.join(dest, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (!CACHES.has(entry)) symlinkSync(path.join(modules, entry), path.join(dest, 'node_modules', entry));
  }
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface BuildRun {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the largest process in the build, in MiB (from /usr/bin/time), when known. */
  peakMiB: number | null;
  output: string;
}

/**
 * Runs `node <script>` in a project copy (default: the full build, scripts/build.ts)
 * with the same Node that runs this process. Asynchronous so a test runner stays responsive.
 */
export function runInCopy(dir: string, script = 'scripts/build.ts', args: string[] = []): Promise<BuildRun> {
  const timeFile = path.join(dir, '.build-time');
  const useTime = existsExecutable('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const argv = useTime ? ['-f', '%M', '-o', timeFile, process.execPath, script, ...args] : [script, ...args];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (code) => {
      let peakMiB: number | null = null;
      if (useTime) {
        const kb = Number.parseInt(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '', 10);
        if (Number.isFinite(kb)) peakMiB = Math.round(kb / 1024);
        rmSync(timeFile, { force: true });
      }
      resolve({ ok: code === 0, seconds: (performance.now() - started) / 1000, peakMiB, output });
    });
  });
}

function existsExecutable(file: string): boolean {
  return spawnSync('test', ['-x', file]).status === 0;
}

/** sha256 of every file under a directory, keyed by relative path, sorted. */
export function treeDigest(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/** Differences between two directory trees, described in Indonesian; empty when byte-identical. */
export function compareTrees(a: string, b: string): string[] {
  const da = treeDigest(a);
  const db = treeDigest(b);
  const problems: string[] = [];
  for (const [file, hash] of da) {
    if (!db.has(file)) problems.push(`${file}: hanya ada di build pertama`);
    else if (db.get(file) !== hash) problems.push(`${file}: isi berbeda${firstDifference(path.join(a, file), path.join(b, file))}`);
  }
  for (const file of db.keys()) if (!da.has(file)) problems.push(`${file}: hanya ada di build kedua`);
  return problems;
}

function firstDifference(fa: string, fb: string): string {
  const ta = readFileSync(fa);
  const tb = readFileSync(fb);
  let i = 0;
  while (i < ta.length && i < tb.length && ta[i] === tb[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 30), i + 30).toString('utf8'));
  return ` mulai bita ${i}: ${show(ta)} ≠ ${show(tb)}`;
}
