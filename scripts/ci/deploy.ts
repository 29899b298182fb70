/**
 * The one command the pipelines run (.github/workflows, .gitea/workflows, .gitlab-ci.yml), and
 * that anyone can run on their own machine:
 *   npm run ci:deploy -- check                  periksa only (merge requests): Indonesian report, exit 1 on an error
 *   npm run ci:deploy -- folder <dir>           build, then publish dist/ into <dir> (swapped in whole)
 *   npm run ci:deploy -- github-pages <dir>     build, then the GitHub Pages artifact folder (<dir>, with .nojekyll)
 *   npm run ci:deploy -- gitlab-pages <dir>     build, then the GitLab Pages folder (<dir>)
 *   npm run ci:deploy -- rsync <user@host:dir>  build, then copy to a web server with rsync
 * A failing check or build publishes nothing: the target keeps the previous site. In GitHub or
 * Gitea Actions the report is also written to the job summary shown on the change.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatReport, hasErrors } from '../../src/lib/core/problems.ts';
import { ROOT, swapIn } from '../data/build.ts';
import { checkAll, coverageLines } from '../periksa.ts';

export const TARGETS = ['check', 'folder', 'github-pages', 'gitlab-pages', 'rsync'] as const;
type Target = (typeof TARGETS)[number];

class DeployError extends Error {}

function summary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, `${markdown}\n`);
}

async function check(): Promise<void> {
  const result = await checkAll();
  const report = result.problems.length > 0 ? formatReport(result.problems) : '';
  if (report) console.log(report);
  if (hasErrors(result.problems)) {
    summary(`## ✗ Pemeriksaan portal gagal\n\nPerubahan ini **tidak diterbitkan**. Perbaiki berkas berikut, lalu simpan lagi.\n\n\`\`\`\n${report}\n\`\`\``);
    throw new DeployError('ada kesalahan di berkas data atau konten (lihat di atas); tidak ada yang diterbitkan.');
  }
  const lines = coverageLines(result);
  console.log(['✓ Semua berkas lolos pemeriksaan.', ...lines.map((l) => `  ${l}`)].join('\n'));
  summary(`## ✓ Pemeriksaan portal lolos\n\n${lines.map((l) => `- ${l}`).join('\n')}${report ? `\n\nPeringatan:\n\n\`\`\`\n${report}\n\`\`\`` : ''}`);
}

function build(): void {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (run.status !== 0) {
    summary('## ✗ Pembangunan situs gagal\n\nPerubahan ini **tidak diterbitkan**; lihat log tahap "Bangun dan terbitkan".');
    throw new DeployError('pembangunan situs gagal; tidak ada yang diterbitkan.');
  }
}

/** dist/ into `dir`, whole: copied beside it, then swapped in, so a reader never sees half a site. */
async function publishFolder(dir: string, extra: Record<string, string> = {}): Promise<void> {
  const target = path.resolve(dir);
  const staged = `${target}.tmp-${process.pid}`;
  rmSync(staged, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'dist'), staged, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(staged, name), text);
  await swapIn(staged, target);
  console.log(`✓ Situs diterbitkan ke ${target}`);
}

function rsync(dest: string): void {
  const run = spawnSync('rsync', ['-a', '--delete', '--checksum', `${path.join(ROOT, 'dist')}/`, dest], { stdio: 'inherit' });
  if (run.error || run.status !== 0) throw new DeployError(`rsync ke ${dest} gagal${run.error ? `: ${run.error.message}` : ''}; situs di server tidak berubah.`);
  console.log(`✓ Situs disalin ke ${dest}`);
}

async function main(): Promise<void> {
  const [target, dest] = process.argv.slice(2) as [string | undefined, string | undefined];
  if (!TARGETS.includes(target as Target))
    throw new DeployError(`target "${target ?? ''}" tidak dikenal. Pakai salah satu: ${TARGETS.join(', ')} (lihat docs/panduan-ppid.md, "Pipeline").`);
  if (target !== 'check' && !dest) throw new DeployError(`target ${target} memerlukan tujuan, misalnya: npm run ci:deploy -- ${target} ${target === 'rsync' ? 'pengguna@server:/srv/portal-data/' : 'situs'}`);
  await check();
  if (target === 'check') return;
  build();
  if (target === 'rsync') return rsync(dest!);
  await publishFolder(dest!, target === 'github-pages' ? { '.nojekyll': '' } : {});
  if (!existsSync(path.join(path.resolve(dest!), 'index.html'))) throw new DeployError(`${dest}/index.html tidak ada sesudah penerbitan.`);
}

if (import.meta.main) {
  main().catch((e: unknown) => {
    console.error(`✗ ${e instanceof DeployError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  });
}
