/**
 * `npm run periksa`: the PPID officer's one command. Checks every data file
 * (the data pipeline in check mode), every DIP entry in content/dip/, the
 * editable PPID pages in content/ppid/ and the service-report CSV, then prints
 * each problem in Indonesian with file, line, column and the fix.
 * Exit code 1 when there is an error; nothing is written.
 *
 * Usage: node scripts/periksa.ts [--konten <folder>]
 *   --konten  check another content folder (with dip/ and ppid/ inside); used by tests.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadAndRun, ROOT } from './data/build.ts';
import { checkDipReferences, parseDipFile, type ParsedDipFile } from '../src/lib/ppid/dip.ts';
import { checkPpidPage, parseLaporanCsv } from '../src/lib/ppid/content.ts';
import { formatReport, hasErrors, problem, type Problem } from '../src/lib/core/problems.ts';
import { formatNumber } from '../src/lib/core/format.ts';

/** Pages the portal itself provides that DIP entries may link to. */
export const PPID_PAGES = ['/ppid/', '/ppid/dip/', '/ppid/permohonan/', '/ppid/keberatan/', '/ppid/laporan/'];

export interface PeriksaResult {
  problems: Problem[];
  summary: string;
}

function shown(full: string): string {
  const rel = path.relative(ROOT, full);
  return (rel.startsWith('..') ? full : rel).split(path.sep).join('/');
}

async function filesIn(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).sort().map((n) => path.join(dir, n));
}

export async function periksa(contentDir: string): Promise<PeriksaResult> {
  const data = await loadAndRun();
  const problems: Problem[] = [...data.problems];

  const dipFiles: ParsedDipFile[] = [];
  for (const full of await filesIn(path.join(contentDir, 'dip'))) {
    const file = shown(full);
    if (!/\.ya?ml$/.test(full)) {
      problems.push(
        problem({
          severity: 'warning',
          file,
          message: 'berkas ini bukan .yml sehingga tidak dibaca sebagai entri DIP',
          hint: 'Ganti akhiran nama berkas menjadi .yml, atau pindahkan berkas ini keluar dari content/dip/.',
        }),
      );
      continue;
    }
    const { value, problems: found } = parseDipFile({ path: file, text: await readFile(full, 'utf8') });
    problems.push(...found);
    if (value) dipFiles.push(value);
  }
  problems.push(
    ...checkDipReferences(dipFiles, { agencies: data.agencies, datasets: data.datasets, documents: data.documents, pages: PPID_PAGES }),
  );

  let pages = 0;
  let periods = 0;
  for (const full of await filesIn(path.join(contentDir, 'ppid'))) {
    const file = shown(full);
    const text = await readFile(full, 'utf8');
    if (full.endsWith('.md')) {
      const r = checkPpidPage({ path: file, text });
      problems.push(...r.problems);
      if (r.value) pages++;
    } else if (full.endsWith('.csv')) {
      const r = parseLaporanCsv({ path: file, text });
      problems.push(...r.problems);
      periods += r.rows.length;
    }
  }

  const n = formatNumber;
  const summary = [
    '✓ Semua berkas lolos pemeriksaan.',
    `  ${n(data.datasets.length)} dataset dan ${n(data.documents.length)} dokumen sumber`,
    `  ${n(dipFiles.length)} entri DIP tulisan petugas + ${n(data.datasets.length)} entri DIP dari dataset = ${n(dipFiles.length + data.datasets.length)} entri`,
    `  ${n(pages)} halaman PPID dan ${n(periods)} periode laporan layanan`,
    'Langkah berikutnya: "npm run build" untuk membangun situs, lalu terbitkan folder dist/.',
  ].join('\n');
  return { problems, summary };
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--konten');
  const contentDir = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1] ?? '') : path.join(ROOT, 'content');
  const { problems, summary } = await periksa(contentDir);
  if (problems.length > 0) console.log(formatReport(problems));
  if (hasErrors(problems)) {
    process.exitCode = 1;
    return;
  }
  console.log(problems.length > 0 ? `\n${summary}` : summary);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  });
}
