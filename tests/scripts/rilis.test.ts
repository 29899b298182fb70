import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { planRelease, writeRelease } from '../../scripts/rilis.ts';
import { VersionRecordSchema } from '../../src/lib/datasets/versions-schema.ts';
import { z } from 'zod';
import type { BuiltDataset } from '../../src/lib/datasets/schema.ts';
import { POPULATION } from '../fixtures/standards/datasets.ts';

describe('npm run rilis', () => {
  test('a first release needs no reason; its record names the content and every download', async () => {
    const [plan] = await planRelease([POPULATION], { date: '2026-12-08' });
    expect(plan!.record).toMatchObject({ released: '2026-12-08', reason: 'Rilis pertama', previous: null });
    expect(plan!.record.id).toBe(`2026-12-08-${plan!.record.sha256.slice(0, 8)}`);
    expect(Object.keys(plan!.record.files)).toEqual(['csv', 'json', 'xlsx']);
  });

  test('a changed dataset needs a reason; a bad date and an unknown dataset are refused', async () => {
    const changed: BuiltDataset = { ...POPULATION, versions: [{ id: '2026-12-08-00000000', released: '2026-12-08', reason: 'x', previous: null, sha256: '0'.repeat(64), url: '', distributions: [], changes: null }] };
    await expect(planRelease([changed], { date: '2027-01-05' })).rejects.toThrow('1 dataset berubah sejak versi terakhirnya (penduduk-kecamatan-2023). Tulis alasannya, misalnya: npm run rilis -- --alasan');
    await expect(planRelease([changed], { date: '2026-12-01', reason: 'Koreksi' })).rejects.toThrow('tanggal rilis 2026-12-01 lebih awal dari versi terakhir penduduk-kecamatan-2023 (2026-12-08).');
    await expect(planRelease([POPULATION], { date: '08-12-2026' })).rejects.toThrow('tanggal rilis "08-12-2026" tidak valid: tulis TTTT-BB-HH, contoh 2026-12-08.');
    await expect(planRelease([POPULATION], { date: '2026-12-08', only: ['tidak-ada'] })).rejects.toThrow('dataset "tidak-ada" tidak ada (atau belum lolos pemeriksaan).');
    const [plan] = await planRelease([changed], { date: '2027-01-05', reason: 'Koreksi' });
    expect(plan!.record.previous).toBe('2026-12-08-00000000');
  });

  test('a dataset already equal to a version is not released again', async () => {
    expect(await planRelease([{ ...POPULATION, version: '2026-12-08-00000000' }], { date: '2027-01-05', reason: 'x' })).toEqual([]);
  });

  test('records are appended to the ledger as text; the frozen file is never overwritten', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rilis-'));
    const [first] = await planRelease([POPULATION], { date: '2026-12-08' });
    await writeRelease(root, [first!]);
    const ledger = path.join(root, 'data/versi/penduduk-kecamatan-2023.yml');
    const before = readFileSync(ledger, 'utf8');
    expect(before.startsWith('# Riwayat versi dataset penduduk-kecamatan-2023, ditulis oleh "npm run rilis".')).toBe(true);
    const second = { ...first!, record: { ...first!.record, id: '2027-01-05-abcdef01', released: '2027-01-05', previous: first!.record.id, reason: 'Koreksi' } };
    await writeRelease(root, [second]);
    const after = readFileSync(ledger, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(z.array(VersionRecordSchema).parse(parse(after)).map((r) => r.id)).toEqual([first!.record.id, '2027-01-05-abcdef01']);
    expect(existsSync(path.join(root, `data/versi/penduduk-kecamatan-2023/${first!.record.id}.json`))).toBe(true);
    await expect(writeRelease(root, [first!])).rejects.toThrow(/EEXIST/);
  });
});
