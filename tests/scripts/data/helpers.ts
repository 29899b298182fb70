/** Shared inputs for the data pipeline tests: the fixture data root, read once, and ways to break it in memory. */
import { fileURLToPath } from 'node:url';
import { loadInput } from '../../../scripts/data/build.ts';
import type { PipelineInput } from '../../../scripts/data/pipeline.ts';
import type { TextFile } from '../../../src/lib/core/problems.ts';
import { AreaIndex, type Area } from '../../../src/lib/kecamatan/wilayah.ts';

export const FIXTURE_ROOT = fileURLToPath(new URL('../../fixtures/pipeline/', import.meta.url));

/** Kota Binjai, its five kecamatan (Kemendagri codes) and two kelurahan: enough for the fixtures, no package load. */
export const FIXTURE_AREAS = new AreaIndex([
  { code: '12.75', name: 'Kota Binjai', parent: '12', level: 'kota' },
  { code: '12.75.01', name: 'Binjai Utara', parent: '12.75', level: 'kecamatan' },
  { code: '12.75.02', name: 'Binjai Kota', parent: '12.75', level: 'kecamatan' },
  { code: '12.75.03', name: 'Binjai Barat', parent: '12.75', level: 'kecamatan' },
  { code: '12.75.04', name: 'Binjai Timur', parent: '12.75', level: 'kecamatan' },
  { code: '12.75.05', name: 'Binjai Selatan', parent: '12.75', level: 'kecamatan' },
  { code: '12.75.01.1001', name: 'Jati Makmur', parent: '12.75.01', level: 'kelurahan' },
  { code: '12.75.02.1001', name: 'Kartini', parent: '12.75.02', level: 'kelurahan' },
] satisfies Area[]);

export function fixtureInput(): Promise<PipelineInput> {
  return loadInput(FIXTURE_ROOT, FIXTURE_AREAS);
}

/** Text of one fixture file by its display path ("data/…"). */
export function fileText(input: PipelineInput, path: string): string {
  const list = [input.documents, input.agencies, ...input.datasets, ...input.coverage].find((f) => f.path === path);
  const text = list?.text ?? input.raw.get(path) ?? input.sources.get(path);
  if (text === undefined) throw new Error(`no fixture file ${path}`);
  return text;
}

/**
 * A copy of `input` with files replaced, added (new path) or removed (null).
 * Paths are display paths: data/documents.yml, data/datasets/x.yml, data/raw/…, data/sources/…, data/coverage/….
 */
export function withFiles(input: PipelineInput, changes: Record<string, string | null>): PipelineInput {
  const patchList = (files: TextFile[], prefix: string): TextFile[] => {
    const out = files.filter((f) => !(f.path in changes)).map((f) => ({ ...f }));
    for (const f of files) {
      const text = changes[f.path];
      if (typeof text === 'string') out.push({ path: f.path, text });
    }
    for (const [path, text] of Object.entries(changes)) {
      if (path.startsWith(prefix) && typeof text === 'string' && !files.some((f) => f.path === path)) out.push({ path, text });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
  };
  const patchMap = (map: ReadonlyMap<string, string>, prefix: string): Map<string, string> => {
    const out = new Map(map);
    for (const [path, text] of Object.entries(changes)) {
      if (!path.startsWith(prefix)) continue;
      if (text === null) out.delete(path);
      else out.set(path, text);
    }
    return out;
  };
  const single = (file: TextFile): TextFile => {
    const text = changes[file.path];
    return typeof text === 'string' ? { path: file.path, text } : file;
  };
  return {
    ...input,
    documents: single(input.documents),
    agencies: single(input.agencies),
    datasets: patchList(input.datasets, 'data/datasets/'),
    coverage: patchList(input.coverage, 'data/coverage/'),
    raw: patchMap(input.raw, 'data/raw/'),
    sources: patchMap(input.sources, 'data/sources/'),
  };
}

/** Replace exactly one occurrence of `from` in a fixture file (fails loudly if the fixture changed). */
export function edit(input: PipelineInput, path: string, from: string, to: string): Record<string, string> {
  const text = fileText(input, path);
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`"${from}" occurs ${count} times in ${path}, expected once`);
  return { [path]: text.replace(from, to) };
}
