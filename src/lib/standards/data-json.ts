import { SITE } from '../../config.ts';
import { datasetUrl } from '../datasets/urls.ts';
import { DCAT_US_SCHEMA, DcatUsCatalogSchema, type DcatUsCatalog, type DcatUsDataset } from './dcat-schema.ts';
import { topicTitle } from '../datasets/topics.ts';
import { absolute, endDate, keywordsOf, spatialLabel, startDate, type DatasetFiles } from './common.ts';

/** /data.json: the catalogue in DCAT-US 1.1 (Project Open Data), as CKAN and data.gov-style harvesters read it. */
export function dataJsonDataset({ dataset: d, distributions }: DatasetFiles): DcatUsDataset {
  return {
    '@type': 'dcat:Dataset',
    title: d.title,
    description: d.description,
    keyword: keywordsOf(d),
    modified: d.modified,
    publisher: { '@type': 'org:Organization', name: d.publisher_name },
    contactPoint: { '@type': 'vcard:Contact', fn: SITE.contact.name, hasEmail: `mailto:${SITE.contact.email}` },
    identifier: absolute(datasetUrl(d.slug)),
    accessLevel: 'public',
    license: SITE.license.url,
    spatial: spatialLabel(d),
    temporal: `${startDate(d)}/${endDate(d)}`,
    language: ['id'],
    landingPage: absolute(datasetUrl(d.slug)),
    theme: [topicTitle(d.topic)],
    distribution: [
      ...distributions.map((x) => ({
        '@type': 'dcat:Distribution' as const,
        title: x.title,
        downloadURL: absolute(x.url),
        mediaType: x.media_type,
        format: x.format,
        ...(x.format === 'CSV' ? { describedBy: absolute(`${datasetUrl(d.slug)}datapackage.json`) } : {}),
      })),
    ],
  };
}

export function dataJson(items: readonly DatasetFiles[]): DcatUsCatalog {
  return DcatUsCatalogSchema.parse({
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@id': absolute('/data.json'),
    '@type': 'dcat:Catalog',
    conformsTo: DCAT_US_SCHEMA,
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: items.map(dataJsonDataset),
  });
}
