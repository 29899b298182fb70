/**
 * Data build: data/ → data/build/ (typed JSON read by src/content.config.ts): the datasets,
 * documents, agencies, coverage register, resolved indicators and the budget explorer data.
 * Usage: node scripts/data/build.ts [--check]
 *   --check  validate only, write nothing (used by `npm run periksa`).
 * Any error stops the build and leaves the previous data/build/ untouched.
 * PORTAL_DATA_ROOT=<dir> reads <dir> instead of data/ and writes <dir>/build/
 * (tests build a temporary copy); messages still name files as data/….
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, mkdir, writeFile, rename, rm } from 'node:fs/promises';
import { UPLOAD } from '../../src/lib/core/uploads.ts';
import { readTextFile } from './read-text.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runPipeline, type PipelineInput, type PipelineOutput } from './pipeline.ts';
import type { TextFile } from '../../src/lib/core/problems.ts';
import { PARSER_FILES } from './derived.ts';
import { loadBinjaiAreas } from './areas.ts';
import { formatReport, hasErrors, type Problem } from '../../src/lib/core/problems.ts';
import type { AreaIndex } from '../../src/lib/kecamatan/wilayah.ts';
import { SITE } from '../../src/config.ts';
import { acquireBuildLock } from '../build/lock.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_ROOT = path.join(ROOT, 'data');
export const BUILD_DIR = path.join(DATA_ROOT, 'build');

/** The data directory to build: $PORTAL_DATA_ROOT when set, else data/. */
export function dataRootFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env['PORTAL_DATA_ROOT'] ? path.resolve(env['PORTAL_DATA_ROOT']) : DATA_ROOT;
}

export function buildDirFor(dataRoot: string): string {
  return path.join(dataRoot, 'build');
}

/** Entries under `relDir` of the data root named *<ext> (folders too: they are reported), as display paths "data/<relDir>/…", sorted. */
async function listFiles(dataRoot: string, relDir: string, ext: string): Promise<string[]> {
  const dir = path.join(dataRoot, relDir);
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isDirectory()) && e.name.endsWith(ext))
    .map((e) => `data/${path.relative(dataRoot, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .sort();
}

/** Size and SHA-256 of every file in public/berkas/ (officers' uploads), by site path, sorted. */
export async function loadUploads(dir = path.join(ROOT, 'public', UPLOAD.publicFolder.slice(1))): Promise<Map<string, { bytes: number; sha256: string }>> {
  if (!existsSync(dir)) return new Map();
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  return new Map(
    await Promise.all(
      names.map(async (name): Promise<[string, { bytes: number; sha256: string }]> => {
        const bytes = await readFile(path.join(dir, name));
        return [`${UPLOAD.publicFolder}/${name}`, { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }];
      }),
    ),
  );
}

/** Read everything the pipeline needs from a data root (the only I/O before the pure pipeline). */
export async function loadInput(dataRoot: string = dataRootFromEnv(), areas?: AreaIndex): Promise<PipelineInput> {
  const readProblems: Problem[] = [];
  const read = async (display: string): Promise<TextFile | undefined> => {
    const r = await readTextFile(path.join(dataRoot, display.replace(/^data\//, '')), display);
    if (r.problem) readProblems.push(r.problem);
    return r.file;
  };
  // A file everything depends on stands in as empty when unreadable; its problem is already reported.
  const readText = async (display: string): Promise<TextFile> => (await read(display)) ?? { path: display, text: '' };
  const readAll = async (displays: string[]): Promise<TextFile[]> => (await Promise.all(displays.map(read))).filter((f): f is TextFile => f !== undefined);
  const [datasetFiles, rawFiles, sourceFiles, coverageFiles, ledgerFiles, frozenFiles] = await Promise.all([
    listFiles(dataRoot, 'datasets', '.yml'),
    listFiles(dataRoot, 'raw', '.csv'),
    listFiles(dataRoot, 'sources', '.txt'),
    listFiles(dataRoot, 'coverage', '.yml'),
    listFiles(dataRoot, 'versi', '.yml'),
    listFiles(dataRoot, 'versi', '.json'),
  ]);
  const hasSeries = existsSync(path.join(dataRoot, 'series.yml'));
  const parserFiles = PARSER_FILES.filter((f) => existsSync(path.join(dataRoot, f.replace(/^data\//, ''))));
  const hasIndicators = existsSync(path.join(dataRoot, 'indicators.yml'));
  const [documents, agencies, datasets, raws, sources, coverage, files, areaIndex, indicators, ledgers, frozen, series] = await Promise.all([
    readText('data/documents.yml'),
    readText('data/agencies.yml'),
    readAll(datasetFiles),
    readAll(rawFiles),
    readAll(sourceFiles),
    readAll(coverageFiles),
    readAll(parserFiles),
    areas ?? loadBinjaiAreas(),
    hasIndicators ? readText('data/indicators.yml') : undefined,
    readAll(ledgerFiles),
    readAll(frozenFiles),
    hasSeries ? readText('data/series.yml') : undefined,
  ]);
  return {
    documents,
    agencies,
    datasets,
    raw: new Map(raws.map((f) => [f.path, f.text])),
    sources: new Map(sources.map((f) => [f.path, f.text])),
    coverage,
    files: new Map(files.map((f) => [f.path, f.text])),
    areas: areaIndex,
    defaultModified: SITE.release,
    ...(indicators ? { indicators } : {}),
    ...(series ? { series } : {}),
    releases: { ledgers, frozen },
    uploads: await loadUploads(),
    ...(readProblems.length > 0 ? { problems: readProblems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) } : {}),
  };
}

export async function loadAndRun(dataRoot: string = dataRootFromEnv()): Promise<PipelineOutput> {
  return runPipeline(await loadInput(dataRoot));
}

/** Stable JSON: keys in insertion order (built deterministically), 2-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Write every file into `dir` (created fresh). */
export async function writeTree(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  try {
    for (const [rel, content] of files) {
      const full = path.join(dir, rel);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, content);
    }
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Replace `target` by the finished folder `staged` (two renames); on failure the previous `target` is put back. */
export async function swapIn(staged: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) await rename(target, old);
  try {
    await rename(staged, target);
  } catch (e) {
    if (hadTarget) await rename(old, target);
    await rm(staged, { recursive: true, force: true });
    throw e;
  }
  await rm(old, { recursive: true, force: true });
}

/** Write every file into a fresh temp directory, then swap it in: readers never see a half-written build. */
export async function writeAtomically(target: string, files: ReadonlyMap<string, string>): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  await writeTree(tmp, files);
  await swapIn(tmp, target);
}

export function outputFiles(out: PipelineOutput): Map<string, string> {
  const files = new Map<string, string>();
  files.set('documents.json', stableJson(out.documents));
  files.set('agencies.json', stableJson(out.agencies));
  files.set('datasets.json', stableJson(out.datasets));
  files.set('versions.json', stableJson(out.versions));
  files.set('series.json', stableJson(out.series));
  files.set('coverage.json', stableJson(out.coverage));
  files.set('indicators.json', stableJson(out.indicators));
  files.set('berkas.json', stableJson(Object.fromEntries(out.uploads)));
  files.set('wilayah.json', stableJson(out.areas));
  if (out.budget) files.set('budget.json', stableJson(out.budget));
  return files;
}

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const dataRoot = dataRootFromEnv();
  const out = await loadAndRun(dataRoot);
  if (out.problems.length > 0) console.error(formatReport(out.problems));
  if (hasErrors(out.problems)) {
    process.exitCode = 1;
    return;
  }
  if (checkOnly) {
    console.log(`✓ ${out.datasets.length} dataset dan ${out.documents.length} dokumen lolos pemeriksaan.`);
    return;
  }
  // data/build/ has one writer at a time: this command and a full build wait for each other.
  const release = await acquireBuildLock(dataRoot === DATA_ROOT ? ROOT : dataRoot);
  try {
    await writeAtomically(buildDirFor(dataRoot), outputFiles(out));
  } finally {
    await release();
  }
  console.log(`✓ ${out.datasets.length} dataset dan ${out.coverage.length} entri register cakupan ditulis ke ${dataRoot === DATA_ROOT ? 'data/build' : buildDirFor(dataRoot)}/.`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exitCode = 1;
  });
}
