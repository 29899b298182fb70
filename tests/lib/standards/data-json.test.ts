import { describe, expect, test } from 'vitest';
import { dataJson } from '../../../src/lib/standards/data-json.ts';
import { DcatUsCatalogSchema } from '../../../src/lib/standards/dcat-schema.ts';
import { distributionsFor } from '../../../src/lib/datasets/distributions.ts';
import type { DatasetFiles } from '../../../src/lib/standards/common.ts';
import { HOSTILE, POPULATION } from '../../fixtures/standards/datasets.ts';

const items: DatasetFiles[] = await Promise.all(
  [POPULATION, HOSTILE].map(async (dataset) => ({ dataset, distributions: await distributionsFor(dataset) })),
);

describe('DCAT-US 1.1 data.json', () => {
  const catalog = dataJson(items);
  test('validates and declares its schema', () => {
    expect(DcatUsCatalogSchema.parse(catalog)).toEqual(catalog);
    expect(catalog.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
  });

  test('every dataset has the required DCAT-US fields', () => {
    const d = catalog.dataset[0]!;
    expect(d).toMatchObject({
      title: 'Jumlah Penduduk Menurut Kecamatan 2023',
      modified: '2026-11-22',
      publisher: { name: 'Badan Pusat Statistik Kota Binjai' },
      contactPoint: { hasEmail: 'mailto:ppid@binjaikota.go.id' },
      identifier: 'https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/',
      accessLevel: 'public',
      temporal: '2023-01-01/2023-12-31',
      keyword: ['penduduk', 'binjai utara', 'Kependudukan'],
    });
    expect(d.distribution.map((x) => x.format)).toEqual(['CSV', 'JSON', 'XLSX']);
    expect(d.distribution[2]!.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  test('a dataset without keywords still gets one (its topic), as DCAT-US requires', () => {
    expect(catalog.dataset[1]!.keyword).toEqual(['Kependudukan']);
  });

  test('the schema rejects a dataset without keywords or distributions', () => {
    const broken = structuredClone(catalog);
    broken.dataset[0]!.keyword = [];
    expect(DcatUsCatalogSchema.safeParse(broken).success).toBe(false);
    const noDist = structuredClone(catalog);
    noDist.dataset[0]!.distribution = [];
    expect(DcatUsCatalogSchema.safeParse(noDist).success).toBe(false);
  });
});
