/**
 * Full build: inputs → data/build/ → site → search index, published atomically.
 *   node scripts/build.ts [--verbose]        (npm run build; --verbose shows Astro's every route)
 *
 * 1. checkAll() (the same checks as `npm run periksa`) validates data/ and content/ once;
 * 2. its result is written to a staging data/build.tmp-<pid>/ (datasets, budget, indicators …);
 * 3. Astro renders the site from it into a staging dist.tmp-<pid>/;
 * 4. every officer-written link is checked against the rendered files, the sitemap is written and
 *    Pagefind indexes the staging folder;
 * 5. only when every stage succeeded are data/build/ and dist/ swapped in, one after the other.
 * A failure or an interruption (Ctrl+C, a CI cancel) at any stage leaves the previous dist/ and
 * data/build/ untouched and removes the staging folder. One build at a time (scripts/build/lock.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, hasErrors } from '../src/lib/core/problems.ts';
import { formatNumber } from '../src/lib/core/format.ts';
import { buildDirFor, dataRootFromEnv, outputFiles, swapIn, writeTree } from './data/build.ts';
import { checkAll } from './periksa.ts';
import { buildWithAstro, runningAstro } from './build/astro.ts';
import { acquireBuildLock } from './build/lock.ts';
import { stage } from './build/log.ts';
import { indexSearch } from './build/search-index.ts';
import { writeSitemap } from './build/sitemap.ts';
import { checkOfficerLinks } from './check/officer-links.ts';
import { checkFrozenDownloads } from './check/versions.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAGING = path.join(ROOT, `dist.tmp-${process.pid}`);
const DATA_BUILD = buildDirFor(dataRootFromEnv());
const DATA_STAGING = `${DATA_BUILD}.tmp-${process.pid}`;

/** Removes both staging folders: whatever stops the build, nothing half-made stays behind. */
const cleanUp = () => Promise.all([rm(STAGING, { recursive: true, force: true }), rm(DATA_STAGING, { recursive: true, force: true })]);

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
    void cleanUp().finally(() => release().finally(() => process.exit(130)));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await cleanUp();
    let checked: Awaited<ReturnType<typeof checkAll>> | undefined;
    await stage('Periksa data dan konten', async () => {
      checked = await checkAll();
      if (checked.problems.length > 0) console.log(formatReport(checked.problems));
      if (hasErrors(checked.problems)) throw new BuildError('ada kesalahan di berkas data atau konten (lihat di atas); perbaiki lalu jalankan lagi.');
      const { data, content } = checked;
      return `${n(data.datasets.length)} dataset, ${n(data.documents.length)} dokumen, ${n(data.indicators.length)} indikator, ${n(content.dip.length + data.datasets.length)} entri DIP, ${n(content.pages)} halaman PPID`;
    });
    await stage('Siapkan data/build/', async () => {
      const files = outputFiles(checked!.data);
      await writeTree(DATA_STAGING, files);
      return `${n(files.size)} berkas`;
    });
    await stage('Bangun halaman (Astro)', async () => {
      const run = await buildWithAstro(ROOT, STAGING, DATA_STAGING, verbose);
      return `${n(run.pages)} halaman dan berkas${run.warnings > 0 ? `, ${n(run.warnings)} peringatan` : ''}`;
    });
    await stage('Periksa versi beku', async () => {
      const changed = checkFrozenDownloads(checked!.data.versions, STAGING);
      if (changed.length > 0) {
        console.log(formatReport(changed));
        throw new BuildError('unduhan versi yang sudah terbit berubah (lihat di atas); tidak ada yang diterbitkan.');
      }
      return `${n(checked!.data.versions.length)} versi, setiap unduhan sama persis dengan saat dirilis`;
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
    await stage('Terbitkan dist/ dan data/build/', async () => {
      await swapIn(DATA_STAGING, DATA_BUILD);
      await swapIn(STAGING, DIST);
      return 'situs siap di dist/';
    });
  } catch (e) {
    await cleanUp();
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
