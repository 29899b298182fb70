import { SITE } from '../../config.ts';
import { datasetUrl } from '../datasets/urls.ts';
import { DcatApCatalogSchema, type DcatApCatalog } from './dcat-schema.ts';
import { topicTitle } from '../datasets/topics.ts';
import { absolute, catalogueModified, endDate, keywordsOf, PLACE, spatialLabel, startDate, type DatasetFiles } from './common.ts';

/** /catalog.jsonld: the catalogue in DCAT-AP 3, serialised as JSON-LD with the usual prefixes. */

export const DCAT_AP_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  spdx: 'http://spdx.org/rdf/terms#',
  locn: 'http://www.w3.org/ns/locn#',
  adms: 'http://www.w3.org/ns/adms#',
} as const;

const LANGUAGE = 'http://publications.europa.eu/resource/authority/language/IND';
const FORMAT: Record<string, string> = {
  CSV: 'http://publications.europa.eu/resource/authority/file-type/CSV',
  JSON: 'http://publications.europa.eu/resource/authority/file-type/JSON',
  XLSX: 'http://publications.europa.eu/resource/authority/file-type/XLSX',
};

const id = (value: string) => ({ '@language': 'id', '@value': value });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' as const });
const agent = (name: string) => ({ '@type': 'foaf:Agent' as const, 'foaf:name': id(name) });

/** DCAT 3 versioning: each frozen version is a dcat:Dataset of its own, linked from the dataset with dcat:hasVersion. */
function versionNode(v: NonNullable<DatasetFiles['dataset']['versions']>[number]) {
  return {
    '@id': absolute(v.url),
    '@type': 'dcat:Dataset' as const,
    'dcat:version': v.id,
    'adms:versionNotes': id(v.reason),
    'dct:issued': date(v.released),
    'dcat:landingPage': { '@id': absolute(v.url) },
    ...(v.previous ? { 'dcat:previousVersion': { '@id': absolute(v.url.replace(v.id, v.previous)) } } : {}),
    'dcat:distribution': v.distributions.map((x) => ({
      '@id': absolute(x.url),
      '@type': 'dcat:Distribution' as const,
      'dcat:downloadURL': { '@id': absolute(x.url) },
      'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${x.media_type}` },
      'dcat:byteSize': { '@value': String(x.bytes), '@type': 'xsd:nonNegativeInteger' as const },
      'spdx:checksum': {
        '@type': 'spdx:Checksum' as const,
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' as const },
        'spdx:checksumValue': { '@value': x.sha256, '@type': 'xsd:hexBinary' as const },
      },
    })),
  };
}

function dataset({ dataset: d, distributions }: DatasetFiles) {
  const landing = absolute(datasetUrl(d.slug));
  const versions = d.versions ?? [];
  return {
    '@id': landing,
    '@type': 'dcat:Dataset' as const,
    'dct:identifier': d.slug,
    'dct:title': id(d.title),
    'dct:description': id(d.description),
    'dcat:keyword': keywordsOf(d).map(id),
    'dcat:theme': [id(topicTitle(d.topic))],
    'dct:publisher': agent(d.publisher_name),
    'dcat:contactPoint': { '@type': 'vcard:Kind' as const, 'vcard:fn': SITE.contact.name, 'vcard:hasEmail': { '@id': `mailto:${SITE.contact.email}` } },
    'dct:modified': date(d.modified),
    'dcat:landingPage': { '@id': landing },
    'dct:language': { '@id': LANGUAGE },
    'dct:temporal': { '@type': 'dct:PeriodOfTime' as const, 'dcat:startDate': date(startDate(d)), 'dcat:endDate': date(endDate(d)) },
    'dct:spatial': { '@type': 'dct:Location' as const, 'locn:geographicName': id(spatialLabel(d)), 'dct:identifier': PLACE.code },
    'dct:source': `${d.source.document_title}, ${d.source.table}`,
    ...(d.version ? { 'dcat:version': d.version } : {}),
    ...(versions.length > 0 ? { 'dcat:hasVersion': versions.map(versionNode), 'dcat:hasCurrentVersion': { '@id': absolute(versions.at(-1)!.url) } } : {}),
    ...(d.series ? { 'dcat:inSeries': { '@id': absolute(d.series.url), '@type': 'dcat:DatasetSeries' as const, 'dct:title': id(d.series.title) } } : {}),
    'dcat:distribution': distributions.map((x) => ({
      '@id': absolute(x.url),
      '@type': 'dcat:Distribution' as const,
      'dct:title': id(x.title),
      'dcat:accessURL': { '@id': landing },
      'dcat:downloadURL': { '@id': absolute(x.url) },
      'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${x.media_type}` },
      ...(FORMAT[x.format] ? { 'dct:format': { '@id': FORMAT[x.format]! } } : {}),
      'dct:license': { '@id': SITE.license.url },
      'dcat:byteSize': { '@value': String(x.bytes), '@type': 'xsd:nonNegativeInteger' as const },
      'spdx:checksum': {
        '@type': 'spdx:Checksum' as const,
        'spdx:algorithm': { '@id': 'spdx:checksumAlgorithm_sha256' as const },
        'spdx:checksumValue': { '@value': x.sha256, '@type': 'xsd:hexBinary' as const },
      },
    })),
  };
}

export function dcatApCatalog(items: readonly DatasetFiles[]): DcatApCatalog {
  return DcatApCatalogSchema.parse({
    '@context': DCAT_AP_CONTEXT,
    '@id': absolute('/catalog.jsonld'),
    '@type': 'dcat:Catalog',
    'dct:title': id(SITE.name),
    'dct:description': id('Data statistik dan informasi publik Kota Binjai dari dokumen resmi pemerintah kota, terbuka di bawah lisensi CC BY 4.0.'),
    'dct:publisher': agent(SITE.publisher),
    'dct:license': { '@id': SITE.license.url },
    'dct:language': { '@id': LANGUAGE },
    'dct:modified': date(catalogueModified(items.map((i) => i.dataset))),
    'foaf:homepage': { '@id': absolute('/') },
    'dcat:dataset': items.map(dataset),
  });
}
