/**
 * Full build: data → site → search index, published atomically.
 *   node scripts/build.ts        (npm run build)
 *
 * 0. `npm run periksa` (scripts/periksa.ts) checks data, DIP entries and PPID content, in Indonesian;
 * 1. the data build (scripts/data/build.ts) validates every dataset and writes data/build/;
 * 2. Astro renders the site into a temporary directory;
 * 3. Pagefind indexes that directory;
 * 4. only when every step succeeded is the temporary directory swapped in as dist/.
 * A failure at any step leaves the previous dist/ untouched: nothing partial is ever published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeSitemap } from './build/sitemap.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const STAGING = path.join(ROOT, `dist.tmp-${process.pid}`);
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

function run(label: string, args: string[]): void {
  console.log(`\n▶ ${label}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' },
  });
  if (result.status !== 0) throw new BuildError(`${label} gagal (kode keluar ${result.status ?? result.signal}).`);
  phaseDone(label, started);
}

/** One line per phase, read by the scale benchmark (scripts/bench/scale.ts) for its breakdown. */
function phaseDone(label: string, started: number): void {
  console.log(`⏱ ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

class BuildError extends Error {}

async function indexSearch(site: string): Promise<void> {
  console.log('\n▶ Indeks pencarian (Pagefind)');
  const started = performance.now();
  // Chart SVGs (axis ticks, labels) repeat the table beside them: keep them out of the index.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id', excludeSelectors: ['svg'] });
  if (!index) throw new BuildError(`Pagefind gagal: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new BuildError(`Pagefind gagal membaca halaman: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length > 0) throw new BuildError(`Pagefind gagal menulis indeks: ${written.errors.join('; ')}`);
  console.log(`  ${added.page_count} halaman diindeks.`);
  await pagefind.close();
  phaseDone('Indeks pencarian (Pagefind)', started);
}

async function main(): Promise<void> {
  await rm(STAGING, { recursive: true, force: true });
  try {
    run('Periksa: data, DIP, dan konten PPID', ['scripts/periksa.ts']);
    run('Data: validasi dan normalisasi', ['scripts/data/build.ts']);
    run('Anggaran: urai LKPJ 2023 Lampiran I', ['scripts/budget/build.ts']);
    run('Situs: Astro', [ASTRO, 'build', '--outDir', STAGING]);
    const sitemapStarted = performance.now();
    console.log(`\n▶ Peta situs: ${await writeSitemap(STAGING)} halaman di sitemap.xml`);
    phaseDone('Peta situs', sitemapStarted);
    await indexSearch(STAGING);
    const old = `${DIST}.old-${process.pid}`;
    if (existsSync(DIST)) await rename(DIST, old);
    await rename(STAGING, DIST);
    await rm(old, { recursive: true, force: true });
    console.log('\n✓ Situs siap di dist/.');
  } catch (e) {
    await rm(STAGING, { recursive: true, force: true });
    throw e;
  }
}

main().catch((e: unknown) => {
  console.error(`\n✗ Pembangunan dihentikan: ${e instanceof Error ? e.message : String(e)}`);
  console.error('  dist/ yang lama tidak diubah.');
  process.exitCode = 1;
});
