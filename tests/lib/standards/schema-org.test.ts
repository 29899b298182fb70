import { describe, expect, test } from 'vitest';
import { schemaOrgDataset, jsonForScript } from '../../../src/lib/standards/schema-org.ts';
import { SchemaOrgDatasetSchema } from '../../../src/lib/standards/schema-org-schema.ts';
import { distributionsFor } from '../../../src/lib/datasets/distributions.ts';
import type { DatasetFiles } from '../../../src/lib/standards/common.ts';
import { HOSTILE, INJECTION, POPULATION } from '../../fixtures/standards/datasets.ts';

const items: DatasetFiles[] = await Promise.all(
  [POPULATION, HOSTILE].map(async (dataset) => ({ dataset, distributions: await distributionsFor(dataset) })),
);
const [population, hostile] = items as [DatasetFiles, DatasetFiles];

describe('schema.org Dataset JSON-LD', () => {
  test('has name, licence, creator, coverage, distributions and variables', () => {
    const ld = schemaOrgDataset(population);
    expect(SchemaOrgDatasetSchema.parse(ld)).toEqual(ld);
    expect(ld).toMatchObject({
      name: 'Jumlah Penduduk Menurut Kecamatan 2023',
      license: 'https://creativecommons.org/licenses/by/4.0/deed.id',
      creator: { '@type': 'Organization', name: 'Badan Pusat Statistik Kota Binjai' },
      temporalCoverage: '2023',
      spatialCoverage: { '@type': 'Place', address: { addressLocality: 'Kota Binjai', addressCountry: 'ID' } },
    });
    expect(ld.distribution.map((x) => x.encodingFormat)).toEqual([
      'text/csv',
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(ld.distribution[0]!.contentUrl).toBe('https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.csv');
    // Generated helper columns (kode_wilayah, baris_total) are not measured variables.
    expect(ld.variableMeasured.map((v) => v.name)).toEqual(['Kecamatan', 'Jumlah penduduk', 'Persentase penduduk']);
    expect(ld.variableMeasured[1]).toMatchObject({ unitText: 'jiwa' });
    expect(schemaOrgDataset(hostile).temporalCoverage).toBe('2022/2023');
  });

  test('script-safe JSON: no "<", ">" or "&" survive, and the value round-trips', () => {
    const ld = schemaOrgDataset(hostile);
    const text = jsonForScript(ld);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(ld);
    expect((JSON.parse(text) as { name: string }).name).toContain(INJECTION);
  });
});
