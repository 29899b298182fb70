/**
 * Budget build: LKPJ 2023 Lampiran I → data/build/budget.json (read by
 * src/content.config.ts for the explorer at /anggaran/).
 *   node scripts/budget/build.ts        (a step of `npm run build` and `npm run dev`)
 *
 * Runs after the data build (which owns data/build/): parse, validate with zod,
 * group and sum (src/lib/budget/explorer.ts), then write atomically. Any parse
 * error stops the build with an Indonesian message naming file, line, problem and fix.
 */
import { readFile, mkdir, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_DIR, ROOT, stableJson } from '../data/build.ts';
import { formatReport } from '../../src/lib/core/problems.ts';
import { FIXES_FILE, OUTPUT_FILE, SOURCE_FILE, runBudget } from './core.ts';

export { FIXES_FILE, OUTPUT_FILE, SOURCE_FILE, issueProblems, runBudget, type BudgetBuildResult } from './core.ts';

/** Temp file + rename in data/build/ (owned by the data build, so only this one file is swapped). */
async function writeFileAtomically(target: string, content: string): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(tmp, content);
  await rename(tmp, target).catch(async (e: unknown) => {
    await rm(tmp, { force: true });
    throw e;
  });
}

async function main(): Promise<void> {
  const [source, fixes] = await Promise.all([
    readFile(path.join(ROOT, SOURCE_FILE), 'utf8'),
    readFile(path.join(ROOT, FIXES_FILE), 'utf8'),
  ]);
  const result = runBudget(source, fixes);
  if (!result.value) {
    console.error(formatReport(result.problems));
    process.exitCode = 1;
    return;
  }
  await writeFileAtomically(path.join(BUILD_DIR, OUTPUT_FILE), stableJson(result.value));
  const t = result.value.totals;
  console.log(`✓ Anggaran 2023: ${t.subkegiatan_count} sub-kegiatan dari ${result.value.sections.length} OPD ditulis ke data/build/${OUTPUT_FILE}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  });
}
