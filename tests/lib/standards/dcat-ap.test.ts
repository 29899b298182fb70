import { describe, expect, test } from 'vitest';
import { dcatApCatalog } from '../../../src/lib/standards/dcat-ap.ts';
import { DcatApCatalogSchema } from '../../../src/lib/standards/dcat-schema.ts';
import { distributionsFor } from '../../../src/lib/datasets/distributions.ts';
import type { DatasetFiles } from '../../../src/lib/standards/common.ts';
import { HOSTILE, POPULATION } from '../../fixtures/standards/datasets.ts';

const items: DatasetFiles[] = await Promise.all(
  [POPULATION, HOSTILE].map(async (dataset) => ({ dataset, distributions: await distributionsFor(dataset) })),
);
const [, hostile] = items as [DatasetFiles, DatasetFiles];

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
