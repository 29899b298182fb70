import { describe, expect, test } from 'vitest';
import { dataJson } from '../../../src/lib/standards/data-json.ts';
import { dcatApCatalog } from '../../../src/lib/standards/dcat-ap.ts';
import { schemaOrgDataset, jsonForScript } from '../../../src/lib/standards/schema-org.ts';
import { datasetPackage, portalPackage } from '../../../src/lib/standards/datapackage.ts';
import { DcatApCatalogSchema, DcatUsCatalogSchema } from '../../../src/lib/standards/dcat-schema.ts';
import { DataPackageSchema } from '../../../src/lib/standards/datapackage-schema.ts';
import { SchemaOrgDatasetSchema } from '../../../src/lib/standards/schema-org-schema.ts';
import { distributionsFor } from '../../../src/lib/datasets/distributions.ts';
import type { DatasetFiles } from '../../../src/lib/standards/common.ts';
import { HOSTILE, INJECTION, POPULATION } from '../../fixtures/standards/datasets.ts';

const items: DatasetFiles[] = await Promise.all(
  [POPULATION, HOSTILE].map(async (dataset) => ({ dataset, distributions: await distributionsFor(dataset) })),
);
const [population, hostile] = items as [DatasetFiles, DatasetFiles];

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

describe('DCAT-AP 3 catalog.jsonld', () => {
  const catalog = dcatApCatalog(items);
  test('validates, with catalogue title, description and publisher', () => {
    expect(DcatApCatalogSchema.parse(catalog)).toEqual(catalog);
    expect(catalog['dct:title']['@value']).toBe('Portal Data Terbuka Kota Binjai');
    expect(catalog['dct:publisher']['foaf:name']['@value']).toBe('Pemerintah Kota Binjai');
    expect(catalog['dct:modified']['@value']).toBe('2026-11-22');
  });

  test('datasets carry temporal and spatial coverage; distributions access URL, licence and checksum', () => {
    const d = catalog['dcat:dataset'][1]!;
    expect(d['dct:temporal']['dcat:startDate']['@value']).toBe('2022-01-01');
    expect(d['dct:temporal']['dcat:endDate']['@value']).toBe('2023-12-31');
    expect(d['dct:spatial']['dct:identifier']).toBe('12.75');
    const x = d['dcat:distribution'][0]!;
    expect(x['dcat:accessURL']['@id']).toBe('https://data.binjaikota.go.id/data/data-berbahaya-2022-2023/');
    expect(x['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/deed.id');
    expect(x['spdx:checksum']['spdx:checksumValue']['@value']).toBe(hostile.distributions[0]!.sha256);
    expect(x['dcat:byteSize']['@value']).toBe(String(hostile.distributions[0]!.bytes));
  });
});

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
