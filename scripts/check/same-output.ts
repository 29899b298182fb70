/**
 * Same output: the site built from the working tree must be byte-identical to the site
 * built from another commit. Run it before committing a refactor, which must not change
 * a single published byte (hashed asset names may change only with their content, which
 * the comparison covers too: a renamed file shows up as missing on one side).
 *   node scripts/check/same-output.ts <ref>      (npm run check:same-output -- <ref>)
 *   e.g. npm run check:same-output -- HEAD       compare uncommitted changes with the last commit
 * The build of <ref> is cached per commit in the system temp folder, so repeated checks
 * against the same ref only build the working tree.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compareTrees, copyProject, linkModules, PROJECT_ROOT, removeCopy, runInCopy } from './project-copy.ts';

function resolveCommit(ref: string): string {
  const out = spawnSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`"${ref}" bukan commit yang dikenal git: ${out.stderr.trim()}`);
  return out.stdout.trim();
}

/** The dist/ of a commit, built once in a cached export of that commit. */
async function distOf(commit: string): Promise<string> {
  const dir = path.join(tmpdir(), `portal-same-output-${commit.slice(0, 12)}`);
  const dist = path.join(dir, 'dist');
  if (existsSync(path.join(dist, 'index.html'))) {
    console.log(`▶ Build ${commit.slice(0, 12)} diambil dari cache (${dir})`);
    return dist;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit], { cwd: PROJECT_ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  linkModules(dir);
  console.log(`▶ Build ${commit.slice(0, 12)} di ${dir}`);
  const run = await runInCopy(dir);
  if (!run.ok) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`build ${commit.slice(0, 12)} gagal:\n${run.output.slice(-3000)}`);
  }
  console.log(`  selesai dalam ${run.seconds.toFixed(1)} detik`);
  return dist;
}

async function main(): Promise<void> {
  const ref = process.argv[2];
  if (ref === undefined || ref.startsWith('-')) {
    console.error('Pakai: npm run check:same-output -- <ref>   (misalnya HEAD atau main)');
    process.exitCode = 2;
    return;
  }
  const commit = resolveCommit(ref);
  const before = await distOf(commit);
  const copy = copyProject('portal-same-output-now-');
  try {
    console.log(`▶ Build pohon kerja di ${copy}`);
    const run = await runInCopy(copy);
    if (!run.ok) throw new Error(`build pohon kerja gagal:\n${run.output.slice(-3000)}`);
    console.log(`  selesai dalam ${run.seconds.toFixed(1)} detik`);
    const differences = compareTrees(before, path.join(copy, 'dist'));
    if (differences.length > 0) {
      console.error(`✗ dist/ berbeda dari build ${ref} (${differences.length} berkas; "pertama" = ${ref}, "kedua" = pohon kerja):`);
      for (const d of differences.slice(0, 50)) console.error(`  ${d}`);
      process.exitCode = 1;
      return;
    }
    console.log(`✓ dist/ sama persis, bita demi bita, dengan build ${ref} (${commit.slice(0, 12)}).`);
  } finally {
    removeCopy(copy);
  }
}

main().catch((e: unknown) => {
  console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
