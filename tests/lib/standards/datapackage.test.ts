import { describe, expect, test } from 'vitest';
import { datasetPackage, portalPackage } from '../../../src/lib/standards/datapackage.ts';
import { DataPackageSchema } from '../../../src/lib/standards/datapackage-schema.ts';
import { distributionsFor } from '../../../src/lib/datasets/distributions.ts';
import type { DatasetFiles } from '../../../src/lib/standards/common.ts';
import { HOSTILE, POPULATION } from '../../fixtures/standards/datasets.ts';

const items: DatasetFiles[] = await Promise.all(
  [POPULATION, HOSTILE].map(async (dataset) => ({ dataset, distributions: await distributionsFor(dataset) })),
);
const [population] = items as [DatasetFiles, DatasetFiles];

describe('Frictionless datapackage.json', () => {
  test('per dataset: Table Schema with types, units, titles and missingValues', () => {
    const pkg = datasetPackage(population);
    expect(DataPackageSchema.parse(pkg)).toEqual(pkg);
    const r = pkg.resources[0]!;
    expect(r.path).toBe('penduduk-kecamatan-2023.csv');
    expect(r.hash).toBe(`sha256:${population.distributions[0]!.sha256}`);
    expect(r.bytes).toBe(population.distributions[0]!.bytes);
    expect(r.schema.missingValues).toEqual(['']);
    expect(r.schema.fields.map((f) => [f.name, f.type, f.unit ?? null])).toEqual([
      ['kecamatan', 'string', null],
      ['kode_wilayah', 'string', null],
      ['penduduk', 'integer', 'jiwa'],
      ['persentase', 'number', '%'],
      ['baris_total', 'boolean', null],
    ]);
    expect(r.schema.fields[4]).toMatchObject({ trueValues: ['true'], falseValues: ['false'] });
    expect(r.schema.fields[2]!.title).toBe('Jumlah penduduk');
  });

  test('portal package: one resource per dataset at data/<slug>/<slug>.csv', () => {
    const pkg = portalPackage(items);
    expect(DataPackageSchema.parse(pkg)).toEqual(pkg);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.csv',
      'data/data-berbahaya-2022-2023/data-berbahaya-2022-2023.csv',
    ]);
    expect(pkg.version).toBe('2026-11-22');
  });
});
