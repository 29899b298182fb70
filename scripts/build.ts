/**
 * Full build: inputs → data/build/ → site → search index, published atomically.
 *   node scripts/build.ts [--verbose]        (npm run build; --verbose shows Astro's every route)
 *
 * 1. checkAll() (the same checks as `npm run periksa`) validates data/ and content/ once;
 * 2. its result is written to data/build/ in one swap (datasets, budget, indicators …);
 * 3. Astro renders the site into a staging folder (dist.tmp-<pid>/);
 * 4. the sitemap is written and Pagefind indexes the staging folder;
 * 5. only when every stage succeeded is the staging folder swapped in as dist/.
 * A failure or an interruption (Ctrl+C, a CI cancel) at any stage leaves the previous dist/ and
 * data/build/ untouched and removes the staging folder. One build at a time (scripts/build/lock.ts).
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../src/lib/core/problems.ts';
import { formatNumber } from '../src/lib/core/format.ts';
import { buildDirFor, dataRootFromEnv, outputFiles, writeAtomically } from './data/build.ts';
import { checkAll } from './periksa.ts';
import { buildWithAstro, runningAstro } from './build/astro.ts';
import { acquireBuildLock } from './build/lock.ts';
import { stage } from './build/log.ts';
import { indexSearch } from './build/search-index.ts';
import { writeSitemap } from './build/sitemap.ts';
import { checkOfficerLinks } from './check/officer-links.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAGING = path.join(ROOT, `dist.tmp-${process.pid}`);

class BuildError extends Error {}

const n = formatNumber;

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const release = await acquireBuildLock(ROOT);
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n✗ Pembangunan dihentikan (${signal}); dist/ dan data/build/ yang lama tidak diubah.`);
    runningAstro()?.kill(signal);
    void rm(STAGING, { recursive: true, force: true }).finally(() => release().finally(() => process.exit(130)));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await rm(STAGING, { recursive: true, force: true });
    let checked: Awaited<ReturnType<typeof checkAll>> | undefined;
    await stage('Periksa data dan konten', async () => {
      checked = await checkAll();
      if (checked.problems.length > 0) console.log(formatReport(checked.problems));
      if (hasErrors(checked.problems)) throw new BuildError('ada kesalahan di berkas data atau konten (lihat di atas); perbaiki lalu jalankan lagi.');
      const { data, content } = checked;
      return `${n(data.datasets.length)} dataset, ${n(data.documents.length)} dokumen, ${n(data.indicators.length)} indikator, ${n(content.dip.length + data.datasets.length)} entri DIP, ${n(content.pages)} halaman PPID`;
    });
    await stage('Tulis data/build/', async () => {
      const files = outputFiles(checked!.data);
      await writeAtomically(buildDirFor(dataRootFromEnv()), files);
      return `${n(files.size)} berkas`;
    });
    await stage('Bangun halaman (Astro)', async () => {
      const run = await buildWithAstro(ROOT, STAGING, verbose);
      return `${n(run.pages)} halaman dan berkas${run.warnings > 0 ? `, ${n(run.warnings)} peringatan` : ''}`;
    });
    await stage('Periksa tautan tulisan petugas', async () => {
      const links = [...checked!.data.links, ...checked!.content.links];
      const broken = checkOfficerLinks(links, STAGING);
      if (broken.length > 0) {
        console.log(formatReport(broken));
        throw new BuildError('ada tautan ke halaman atau berkas yang tidak ada (lihat di atas); situs tidak diterbitkan.');
      }
      return `${n(links.length)} tautan internal ada di situs`;
    });
    await stage('Peta situs', async () => `${n(await writeSitemap(STAGING))} halaman di sitemap.xml`);
    await stage('Indeks pencarian (Pagefind)', async () => `${n(await indexSearch(STAGING))} halaman diindeks`);
    await stage('Terbitkan dist/', async () => {
      const old = `${DIST}.old-${process.pid}`;
      if (existsSync(DIST)) await rename(DIST, old);
      await rename(STAGING, DIST);
      await rm(old, { recursive: true, force: true });
      return 'situs siap di dist/';
    });
  } catch (e) {
    await rm(STAGING, { recursive: true, force: true });
    throw e;
  } finally {
    if (!interrupted) await release();
  }
}

main().catch((e: unknown) => {
  console.error(`\n✗ Pembangunan dihentikan: ${e instanceof Error ? e.message : String(e)}`);
  console.error('  dist/ dan data/build/ yang lama tidak diubah.');
  process.exitCode = 1;
});
