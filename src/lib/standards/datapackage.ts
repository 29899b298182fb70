import { SITE } from '../../config.ts';
import { type Distribution } from '../datasets/distributions.ts';
import { datasetUrl, fileUrl } from '../datasets/urls.ts';
import type { BuiltDataset, PublishedField } from '../datasets/schema.ts';
import { DataPackageSchema, type DataPackage, type DataResource, type TableField } from './datapackage-schema.ts';
import { absolute, catalogueModified, keywordsOf, type DatasetFiles } from './common.ts';

/**
 * Frictionless Data Packages: /data/<slug>/datapackage.json for one dataset
 * (resource path relative to it) and /datapackage.json for the whole portal
 * (paths relative to the site root, the same layout as inside /unduh/semua-data.zip).
 */

const TYPE: Record<PublishedField['type'], TableField['type']> = {
  string: 'string',
  kecamatan: 'string',
  kelurahan: 'string',
  integer: 'integer',
  number: 'number',
  year: 'year',
  boolean: 'boolean',
};

/** The CSV writes missing data as an empty cell and nothing else. */
export const MISSING_VALUES = [''];

const LICENSE = { name: SITE.license.id, path: SITE.license.url, title: SITE.license.title };

export function tableField(f: PublishedField): TableField {
  const type = TYPE[f.type];
  return {
    name: f.name,
    title: f.title,
    description: f.description,
    type,
    ...(f.unit ? { unit: f.unit } : {}),
    ...(type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    ...(type === 'number' || type === 'integer' ? { bareNumber: true } : {}),
  };
}

function csvOf(distributions: readonly Distribution[], slug: string): Distribution {
  const csv = distributions.find((x) => x.format === 'CSV');
  if (!csv) throw new Error(`Dataset ${slug} tidak punya distribusi CSV: datapackage.json tidak dapat dibuat.`);
  return csv;
}

export function dataResource(d: BuiltDataset, distributions: readonly Distribution[], path: string): DataResource {
  const csv = csvOf(distributions, d.slug);
  return {
    profile: 'tabular-data-resource',
    name: d.slug,
    title: d.title,
    description: d.description,
    path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: csv.bytes,
    hash: `sha256:${csv.sha256}`,
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
    schema: { fields: d.fields.map(tableField), missingValues: MISSING_VALUES },
    sources: [{ title: `${d.source.document_title}, ${d.source.table}` }, { title: SITE.name, path: absolute(datasetUrl(d.slug)) }],
    licenses: [LICENSE],
  };
}

const contributors = (publisher: string) => [
  { title: publisher, role: 'author' },
  { title: SITE.contact.name, role: 'publisher', email: SITE.contact.email },
];

export function datasetPackage({ dataset: d, distributions }: DatasetFiles): DataPackage {
  return DataPackageSchema.parse({
    profile: 'tabular-data-package',
    name: d.slug,
    id: absolute(datasetUrl(d.slug)),
    title: d.title,
    description: d.description,
    homepage: absolute(datasetUrl(d.slug)),
    version: d.modified,
    created: `${d.modified}T00:00:00Z`,
    keywords: keywordsOf(d),
    licenses: [LICENSE],
    contributors: contributors(d.publisher_name),
    resources: [dataResource(d, distributions, `${d.slug}.csv`)],
  });
}

/** Path of a dataset's CSV relative to the site root (and to the root of the bulk ZIP). */
export function portalCsvPath(slug: string): string {
  return fileUrl(slug, 'csv').slice(1);
}

export function portalPackage(items: readonly DatasetFiles[]): DataPackage {
  const modified = catalogueModified(items.map((i) => i.dataset));
  return DataPackageSchema.parse({
    profile: 'tabular-data-package',
    name: 'portal-data-binjai',
    id: absolute('/datapackage.json'),
    title: SITE.name,
    description: 'Semua dataset Portal Data Terbuka Kota Binjai: data statistik dari dokumen resmi Pemerintah Kota Binjai, satu sumber daya CSV per dataset.',
    homepage: absolute('/'),
    version: modified,
    created: `${modified}T00:00:00Z`,
    keywords: ['Kota Binjai', 'data terbuka', 'statistik daerah'],
    licenses: [LICENSE],
    contributors: contributors(SITE.publisher),
    resources: items.map(({ dataset, distributions }) => dataResource(dataset, distributions, portalCsvPath(dataset.slug))),
  });
}
