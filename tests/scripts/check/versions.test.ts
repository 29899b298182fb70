import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkFrozenDownloads } from '../../../scripts/check/versions.ts';
import { recordedFiles, versionFileUrl, versionFiles, versionRef } from '../../../src/lib/datasets/versions.ts';
import { POPULATION } from '../../fixtures/standards/datasets.ts';

test('a version download whose bytes differ from the record fails, naming the version and the fix', async () => {
  const partial = { id: '2026-12-08-1a2b3c4d', released: '2026-12-08', reason: 'Rilis pertama' };
  const record = { ...partial, previous: null, sha256: 'a'.repeat(64), files: await recordedFiles(POPULATION, partial) };
  const version = { slug: POPULATION.slug, record, ref: versionRef(POPULATION.slug, record, null), dataset: POPULATION };
  const dist = mkdtempSync(path.join(tmpdir(), 'versi-dist-'));
  const files = await versionFiles(POPULATION, partial);
  for (const f of ['csv', 'json', 'xlsx'] as const) {
    const file = path.join(dist, versionFileUrl(POPULATION.slug, partial.id, f));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, files[f]);
  }
  expect(checkFrozenDownloads([version], dist)).toEqual([]);
  writeFileSync(path.join(dist, versionFileUrl(POPULATION.slug, partial.id, 'csv')), `${files.csv as string}x`);
  const [p] = checkFrozenDownloads([version], dist);
  expect(p?.file).toBe('data/versi/penduduk-kecamatan-2023.yml');
  expect(p?.message).toMatch(/^unduhan CSV versi "2026-12-08-1a2b3c4d" tidak lagi sama persis dengan saat dirilis/);
  expect(p?.hint).toMatch(/^Versi yang terbit tidak boleh berubah/);
});
