/**
 * The data build CLI on a temporary copy of the fixture data root
 * (PORTAL_DATA_ROOT): a good build writes data/build/, a malformed input exits
 * non-zero, reports in Indonesian and leaves the previous build byte-for-byte
 * untouched (no partial output, no leftover temp directories).
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from './helpers.ts';

const BUILD_SCRIPT = fileURLToPath(new URL('../../../scripts/data/build.ts', import.meta.url));
const run = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI with the Node running the tests (Node 24, which strips TypeScript types). */
async function build(dataRoot: string, ...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BUILD_SCRIPT, ...args], { env: { ...process.env, PORTAL_DATA_ROOT: dataRoot } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'portal-data-'));
  await cp(FIXTURE_ROOT, root, { recursive: true });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('node scripts/data/build.ts', () => {
  it('builds a valid data root into <root>/build, including the coverage register', async () => {
    const result = await build(root);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`✓ 4 dataset dan 5 entri register cakupan ditulis ke ${path.join(root, 'build')}/.\n`);
    const files = await snapshot(path.join(root, 'build'));
    // The fixture root has no indicator registry and no parsed appendix: no budget.json, no indicators.
    expect(Object.keys(files)).toEqual(['agencies.json', 'berkas.json', 'coverage.json', 'datasets.json', 'documents.json', 'indicators.json', 'series.json', 'versions.json', 'wilayah.json']);
    expect(files['indicators.json']).toBe('[]\n');
    // Nor versions (data/versi/) or series (data/series.yml).
    expect([files['versions.json'], files['series.json']]).toEqual(['[]\n', '[]\n']);
    expect(JSON.parse(files['wilayah.json'] ?? '[]').map((a: { name: string }) => a.name)).toContain('Binjai Utara');
    expect(JSON.parse(files['coverage.json'] ?? '[]').map((e: { label: string }) => e.label)).toEqual([
      'Tabel 1.1',
      'Uraian jumlah penduduk (tanpa nomor)',
      'Gambar 1.1',
      'Gambar 1.2',
      'Tabel 1.2',
    ]);
  });

  it('on a malformed input exits 1, says why in Indonesian, and leaves the previous build untouched', async () => {
    const before = await snapshot(path.join(root, 'build'));
    const csv = path.join(root, 'raw/contoh-2023/tabel-1-1.csv');
    const good = await readFile(csv, 'utf8');
    await writeFile(csv, good.replace('"88,364"', 'delapan puluh'));
    try {
      const result = await build(root);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('GALAT data/raw/contoh-2023/tabel-1-1.csv, baris 5, kolom 3 (penduduk)\n  Masalah: "delapan puluh" bukan angka yang sah');
      expect(result.stderr).toContain('1 galat, 0 peringatan. Tidak ada yang diterbitkan; perbaiki galat di atas lalu jalankan lagi.');
      expect(await snapshot(path.join(root, 'build'))).toEqual(before);
      expect((await readdir(root)).sort()).toEqual(['README.md', 'agencies.yml', 'build', 'coverage', 'datasets', 'documents.yml', 'raw', 'sources']);
    } finally {
      await writeFile(csv, good);
    }
  });
});
