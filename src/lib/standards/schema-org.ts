import { SITE } from '../../config.ts';
import { datasetUrl } from '../datasets/urls.ts';
import { SchemaOrgDatasetSchema, type SchemaOrgDataset } from './schema-org-schema.ts';
import { apaCitation } from '../datasets/citation.ts';
import { absolute, keywordsOf, PLACE, spatialLabel, type DatasetFiles } from './common.ts';

/** schema.org Dataset for the dataset page (Google Dataset Search). */
export function schemaOrgDataset({ dataset: d, distributions }: DatasetFiles): SchemaOrgDataset {
  const url = absolute(datasetUrl(d.slug));
  const organization = (name: string) => ({ '@type': 'Organization' as const, name });
  return SchemaOrgDatasetSchema.parse({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    name: d.title,
    description: d.description,
    url,
    identifier: d.slug,
    keywords: keywordsOf(d),
    inLanguage: 'id',
    license: SITE.license.url,
    isAccessibleForFree: true,
    creator: organization(d.publisher_name),
    publisher: { ...organization(SITE.publisher), url: absolute('/') },
    dateModified: d.modified,
    ...(d.version ? { version: d.version } : {}),
    temporalCoverage: d.temporal.start === d.temporal.end ? String(d.temporal.start) : `${d.temporal.start}/${d.temporal.end}`,
    spatialCoverage: {
      '@type': 'Place',
      name: spatialLabel(d),
      address: { '@type': 'PostalAddress', addressLocality: PLACE.name, addressRegion: PLACE.region, addressCountry: PLACE.countryCode },
    },
    isBasedOn: { '@type': 'CreativeWork', name: `${d.source.document_title}, ${d.source.table}` },
    citation: apaCitation(d),
    distribution: distributions.map((x) => ({
      '@type': 'DataDownload',
      name: x.title,
      contentUrl: absolute(x.url),
      encodingFormat: x.media_type,
      contentSize: `${x.bytes} B`,
      sha256: x.sha256,
    })),
    variableMeasured: d.fields
      .filter((f) => !f.generated)
      .map((f) => ({ '@type': 'PropertyValue', name: f.title, description: f.description, ...(f.unit ? { unitText: f.unit } : {}) })),
    includedInDataCatalog: { '@type': 'DataCatalog', name: SITE.name, url: absolute('/data/') },
  });
}

/**
 * JSON for a <script type="application/ld+json"> element. HTML parsers end the
 * script at "</script" and treat "<!--" specially, so every "<" (and ">", "&",
 * U+2028/2029 for old JS parsers) is written as a \u escape: still the same JSON value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
