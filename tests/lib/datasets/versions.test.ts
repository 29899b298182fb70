import { describe, expect, test } from 'vitest';
import { asVersion, frozenText, recordedFiles, sha256, versionContent, versionFiles, versionId, versionJson } from '../../../src/lib/datasets/versions.ts';
import { cslItem, citation, apaCitation } from '../../../src/lib/datasets/citation.ts';
import type { BuiltDataset } from '../../../src/lib/datasets/schema.ts';
import { POPULATION } from '../../fixtures/standards/datasets.ts';

const record = { id: '2026-12-08-1a2b3c4d', released: '2026-12-08', reason: 'Rilis pertama' };

describe('the frozen content of a version', () => {
  test('is the dataset without release metadata, one row per line', () => {
    const marked: BuiltDataset = { ...POPULATION, version: 'x', versions: [], editions: [], series: { id: 's', title: 'S', url: '/seri/s/' } };
    expect(frozenText(marked)).toBe(frozenText(POPULATION));
    const text = frozenText(POPULATION);
    expect(text).toContain('  "rows": [\n    {"kecamatan":"Binjai Utara","kode_wilayah":"12.75.01","penduduk":88364,"persentase":29.14,"baris_total":false},\n');
    expect(JSON.parse(text)).toEqual(versionContent(POPULATION));
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
  });

  test('its id is the release date and the first 8 characters of its SHA-256', () => {
    const hash = sha256(frozenText(POPULATION));
    expect(versionId('2026-12-08', hash)).toBe(`2026-12-08-${hash.slice(0, 8)}`);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the downloads of a version', () => {
  test('the JSON names the version and its permanent address', () => {
    const body = JSON.parse(versionJson(POPULATION, record)) as { version: unknown; rows: unknown[] };
    expect(body.version).toEqual({ id: record.id, released: '2026-12-08', reason: 'Rilis pertama', url: `/data/penduduk-kecamatan-2023/versi/${record.id}/` });
    expect(body.rows).toEqual(POPULATION.rows);
  });

  test('are the same bytes every time (what npm run rilis records is what the build serves)', async () => {
    const [a, b] = await Promise.all([recordedFiles(POPULATION, record), recordedFiles(structuredClone(POPULATION), record)]);
    expect(a).toEqual(b);
    const files = await versionFiles(POPULATION, record);
    expect(a.csv).toEqual({ bytes: Buffer.byteLength(files.csv as string), sha256: sha256(files.csv) });
  });

  test('citations of a version name it and its permanent address', () => {
    const cited = asVersion(POPULATION, record, [
      { ...record, previous: null, sha256: 'a'.repeat(64), url: `/data/penduduk-kecamatan-2023/versi/${record.id}/`, distributions: [], changes: null },
    ]);
    expect(cslItem(cited)).toMatchObject({ version: record.id, URL: `https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/versi/${record.id}/`, issued: { 'date-parts': [[2026, 12, 8]] } });
    expect(apaCitation(cited)).toBe(
      `Badan Pusat Statistik Kota Binjai. (2026). Jumlah Penduduk Menurut Kecamatan 2023 (Versi ${record.id}) [Set data]. Portal Data Terbuka Kota Binjai. https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/versi/${record.id}/`,
    );
    expect(citation(cited)).toContain(`(diakses dari versi ${record.id}; lisensi CC-BY-4.0)`);
    expect(citation(POPULATION)).not.toContain('versi');
  });
});
