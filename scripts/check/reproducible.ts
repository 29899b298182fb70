/**
 * Reproducible builds: the project is copied twice to different temporary paths,
 * built in each, and the two dist/ trees must be byte-identical (nothing excluded).
 *   node scripts/check/reproducible.ts        (npm run check:reproducible)
 * `npm test` runs the cheaper half (tests/build/reproducible.test.ts): one build in a
 * copy, compared with the dist/ that `npm run build` has just produced.
 */
import path from 'node:path';
import { compareTrees, copyProject, removeCopy, runInCopy } from './project-copy.ts';

async function main(): Promise<void> {
  const copies = [copyProject('portal-repro-a-'), copyProject('portal-repro-b-')];
  try {
    for (const [i, dir] of copies.entries()) {
      console.log(`▶ Build ${i + 1} di ${dir}`);
      const run = await runInCopy(dir);
      if (!run.ok) throw new Error(`build ${i + 1} gagal:\n${run.output.slice(-3000)}`);
      console.log(`  selesai dalam ${run.seconds.toFixed(1)} detik`);
    }
    const differences = compareTrees(path.join(copies[0]!, 'dist'), path.join(copies[1]!, 'dist'));
    if (differences.length > 0) {
      console.error(`✗ Dua build dari sumber yang sama berbeda (${differences.length} berkas):`);
      for (const d of differences.slice(0, 50)) console.error(`  ${d}`);
      console.error('  Cari sumber ketidakpastian: new Date(), urutan tanpa sort, path absolut, angka acak.');
      process.exitCode = 1;
      return;
    }
    console.log('✓ Dua build identik sampai ke bita terakhir.');
  } finally {
    for (const dir of copies) removeCopy(dir);
  }
}

await main();
