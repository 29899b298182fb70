/**
 * `npm run periksa`: the PPID officer's one command. Checks every data file
 * (the data pipeline), every DIP entry in content/dip/, the editable PPID pages
 * in content/ppid/ and the service-report CSV, then prints each problem in
 * Indonesian with file, line, column and the fix.
 * Exit code 1 when there is an error; nothing is written.
 * `npm run build` runs the same checks (checkAll) as its first stage and keeps
 * their result, so nothing is validated twice.
 *
 * Usage: node scripts/periksa.ts [--konten <folder>]
 *   --konten  check another content folder (with dip/ and ppid/ inside); used by tests.
 */
import path from 'node:path';
import { loadAndRun, ROOT } from './data/build.ts';
import type { PipelineOutput } from './data/pipeline.ts';
import { checkContent, loadContent, type ContentResult } from './content/check.ts';
import { loadRoutes } from './content/routes.ts';
import { formatReport, hasErrors, type Problem } from '../src/lib/core/problems.ts';
import { formatNumber } from '../src/lib/core/format.ts';

export interface CheckResult {
  data: PipelineOutput;
  content: ContentResult;
  problems: Problem[];
}

function shown(full: string): string {
  const rel = path.relative(ROOT, full);
  return (rel.startsWith('..') ? full : rel).split(path.sep).join('/');
}

/** One pass over everything the build reads: data/ through the pipeline, content/ against its result. */
export async function checkAll(contentDir = path.join(ROOT, 'content')): Promise<CheckResult> {
  const [data, files] = await Promise.all([loadAndRun(), loadContent(contentDir, shown)]);
  const content = checkContent(files, data, loadRoutes(ROOT, data));
  return { data, content, problems: [...data.problems, ...content.problems] };
}

/** "158 dataset dan 4 dokumen sumber, …": what one check covered, for the summary lines. */
export function coverageLines(r: CheckResult): string[] {
  const n = formatNumber;
  const { data, content } = r;
  return [
    `${n(data.datasets.length)} dataset dan ${n(data.documents.length)} dokumen sumber, ${n(data.indicators.length)} indikator`,
    `${n(content.dip.length)} entri DIP tulisan petugas + ${n(data.datasets.length)} entri DIP dari dataset = ${n(content.dip.length + data.datasets.length)} entri`,
    `${n(content.pages)} halaman PPID dan ${n(content.periods)} periode laporan layanan`,
  ];
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--konten');
  const contentDir = i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1] ?? '') : path.join(ROOT, 'content');
  const result = await checkAll(contentDir);
  if (result.problems.length > 0) console.log(formatReport(result.problems));
  if (hasErrors(result.problems)) {
    process.exitCode = 1;
    return;
  }
  const summary = [
    '✓ Semua berkas lolos pemeriksaan.',
    ...coverageLines(result).map((l) => `  ${l}`),
    'Langkah berikutnya: "npm run build" untuk membangun situs, lalu terbitkan folder dist/.',
  ].join('\n');
  console.log(result.problems.length > 0 ? `\n${summary}` : summary);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  });
}
