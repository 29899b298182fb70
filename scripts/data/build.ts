/**
 * Data build: data/ → data/build/ (typed JSON read by src/content.config.ts).
 * Usage: node scripts/data/build.ts [--check]
 *   --check  validate only, write nothing (used by `npm run periksa`).
 * Any error stops the build and leaves the previous data/build/ untouched.
 */
import { readFile, readdir, mkdir, writeFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline, type PipelineOutput, type TextFile } from './pipeline.ts';
import { loadBinjaiAreas } from '../lib/areas.ts';
import { formatReport, hasErrors } from '../../src/lib/problems.ts';
import { SITE } from '../../src/config.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUILD_DIR = path.join(ROOT, 'data/build');

async function readText(rel: string): Promise<TextFile> {
  return { path: rel, text: await readFile(path.join(ROOT, rel), 'utf8') };
}

async function listFiles(relDir: string, ext: string): Promise<string[]> {
  const dir = path.join(ROOT, relDir);
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export async function loadAndRun(): Promise<PipelineOutput> {
  const datasetFiles = await listFiles('data/datasets', '.yml');
  const rawFiles = await listFiles('data/raw', '.csv');
  const sourceFiles = await listFiles('data/sources', '.txt');
  const [documents, agencies, datasets, raws, sources, areas] = await Promise.all([
    readText('data/documents.yml'),
    readText('data/agencies.yml'),
    Promise.all(datasetFiles.map(readText)),
    Promise.all(rawFiles.map(readText)),
    Promise.all(sourceFiles.map(readText)),
    loadBinjaiAreas(),
  ]);
  return runPipeline({
    documents,
    agencies,
    datasets,
    raw: new Map(raws.map((f) => [f.path, f.text])),
    sources: new Map(sources.map((f) => [path.basename(f.path, '.txt'), f.text])),
    areas,
    defaultModified: SITE.release,
  });
}

/** Stable JSON: keys in insertion order (built deterministically), 2-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Write every file into a fresh temp directory, then swap it in: readers never see a half-written build. */
export async function writeAtomically(target: string, files: ReadonlyMap<string, string>): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  for (const [rel, content] of files) {
    const full = path.join(tmp, rel);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  if (existsSync(target)) await rename(target, old);
  await rename(tmp, target);
  await rm(old, { recursive: true, force: true });
}

export function outputFiles(out: PipelineOutput): Map<string, string> {
  const files = new Map<string, string>();
  files.set('documents.json', stableJson(out.documents));
  files.set('agencies.json', stableJson(out.agencies));
  files.set('datasets.json', stableJson(out.datasets));
  return files;
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const out = await loadAndRun();
  if (out.problems.length > 0) console.error(formatReport(out.problems));
  if (hasErrors(out.problems)) {
    process.exitCode = 1;
    return;
  }
  if (checkOnly) {
    console.log(`✓ ${out.datasets.length} dataset dan ${out.documents.length} dokumen lolos pemeriksaan.`);
    return;
  }
  await writeAtomically(BUILD_DIR, outputFiles(out));
  console.log(`✓ ${out.datasets.length} dataset ditulis ke data/build/.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exitCode = 1;
  });
}
