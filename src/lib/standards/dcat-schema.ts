import { z } from 'zod';

/**
 * Catalogue schemas for harvesters: DCAT-US 1.1 (Project Open Data "data.json")
 * and DCAT-AP 3 (JSON-LD). Only the fields this portal promises are required;
 * unknown fields are allowed because both standards are open-ended.
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'tanggal ISO 8601 TTTT-BB-HH' });
const HttpUrl = z.url({ protocol: /^https?$/ });
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/* ---------- DCAT-US 1.1 (https://resources.data.gov/resources/dcat-us/) ---------- */

export const DCAT_US_SCHEMA = 'https://project-open-data.cio.gov/v1.1/schema';

export const DcatUsDistributionSchema = z.object({
  '@type': z.literal('dcat:Distribution'),
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  downloadURL: HttpUrl,
  mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
  format: z.string().min(1),
  conformsTo: HttpUrl.optional(),
  describedBy: HttpUrl.optional(),
});

export const DcatUsDatasetSchema = z.object({
  '@type': z.literal('dcat:Dataset'),
  title: z.string().min(1),
  description: z.string().min(1),
  keyword: z.array(z.string().min(1)).min(1),
  modified: IsoDate,
  issued: IsoDate.optional(),
  publisher: z.object({ '@type': z.literal('org:Organization'), name: z.string().min(1) }),
  contactPoint: z.object({
    '@type': z.literal('vcard:Contact'),
    fn: z.string().min(1),
    hasEmail: z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/),
  }),
  identifier: z.string().min(1),
  accessLevel: z.enum(['public', 'restricted public', 'non-public']),
  license: HttpUrl,
  rights: z.string().optional(),
  spatial: z.string().min(1),
  temporal: z.string().regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/),
  accrualPeriodicity: z.string().optional(),
  language: z.array(z.string()).optional(),
  landingPage: HttpUrl,
  theme: z.array(z.string()).optional(),
  references: z.array(HttpUrl).optional(),
  distribution: z.array(DcatUsDistributionSchema).min(1),
});
export type DcatUsDataset = z.output<typeof DcatUsDatasetSchema>;

export const DcatUsCatalogSchema = z.object({
  '@context': z.literal('https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld'),
  '@id': HttpUrl,
  '@type': z.literal('dcat:Catalog'),
  conformsTo: z.literal(DCAT_US_SCHEMA),
  describedBy: z.literal('https://project-open-data.cio.gov/v1.1/schema/catalog.json'),
  dataset: z.array(DcatUsDatasetSchema),
});
export type DcatUsCatalog = z.output<typeof DcatUsCatalogSchema>;

/* ---------- DCAT-AP 3 (https://semiceu.github.io/DCAT-AP/releases/3.0.0/) as JSON-LD ---------- */

const LangString = z.object({ '@language': z.string().min(2), '@value': z.string().min(1) });
const Ref = z.object({ '@id': HttpUrl });
const Typed = (type: string) => z.object({ '@value': z.string().min(1), '@type': z.literal(type) });

export const DcatApAgentSchema = z.object({
  '@type': z.literal('foaf:Agent'),
  'foaf:name': LangString,
});

export const DcatApDistributionSchema = z.object({
  '@id': HttpUrl,
  '@type': z.literal('dcat:Distribution'),
  'dct:title': LangString,
  'dcat:accessURL': Ref,
  'dcat:downloadURL': Ref,
  'dcat:mediaType': Ref,
  'dct:format': Ref.optional(),
  'dct:license': Ref,
  'dcat:byteSize': Typed('xsd:nonNegativeInteger'),
  'spdx:checksum': z.object({
    '@type': z.literal('spdx:Checksum'),
    'spdx:algorithm': z.object({ '@id': z.literal('spdx:checksumAlgorithm_sha256') }),
    'spdx:checksumValue': z.object({ '@value': Sha256, '@type': z.literal('xsd:hexBinary') }),
  }),
});

/** A frozen version: a dataset of its own with its version id, notes, release date and checksummed downloads. */
export const DcatApVersionSchema = z.object({
  '@id': HttpUrl,
  '@type': z.literal('dcat:Dataset'),
  'dcat:version': z.string().regex(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/),
  'adms:versionNotes': LangString,
  'dct:issued': Typed('xsd:date'),
  'dcat:landingPage': Ref,
  'dcat:previousVersion': Ref.optional(),
  'dcat:distribution': z.array(DcatApDistributionSchema.pick({ '@id': true, '@type': true, 'dcat:downloadURL': true, 'dcat:mediaType': true, 'dcat:byteSize': true, 'spdx:checksum': true })).length(3),
});

export const DcatApDatasetSchema = z.object({
  '@id': HttpUrl,
  '@type': z.literal('dcat:Dataset'),
  'dct:identifier': z.string().min(1),
  'dct:title': LangString,
  'dct:description': LangString,
  'dcat:keyword': z.array(LangString),
  'dct:publisher': DcatApAgentSchema,
  'dcat:contactPoint': z.object({
    '@type': z.literal('vcard:Kind'),
    'vcard:fn': z.string().min(1),
    'vcard:hasEmail': Ref.or(z.object({ '@id': z.string().startsWith('mailto:') })),
  }),
  'dct:modified': Typed('xsd:date'),
  'dcat:landingPage': Ref,
  'dct:temporal': z.object({
    '@type': z.literal('dct:PeriodOfTime'),
    'dcat:startDate': Typed('xsd:date'),
    'dcat:endDate': Typed('xsd:date'),
  }),
  'dct:spatial': z.object({
    '@type': z.literal('dct:Location'),
    'locn:geographicName': LangString,
    'dct:identifier': z.string().min(1),
  }),
  'dcat:spatialResolutionInMeters': z.unknown().optional(),
  'dcat:theme': z.array(LangString).optional(),
  'dct:language': Ref.optional(),
  'dct:source': z.string().optional(),
  'dcat:distribution': z.array(DcatApDistributionSchema).min(1),
  /** DCAT 3 versioning (https://www.w3.org/TR/vocab-dcat-3/#dataset-versions). */
  'dcat:version': z.string().regex(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/).optional(),
  'dcat:hasVersion': z.array(DcatApVersionSchema).optional(),
  'dcat:hasCurrentVersion': Ref.optional(),
  'dcat:inSeries': z.object({ '@id': HttpUrl, '@type': z.literal('dcat:DatasetSeries'), 'dct:title': LangString }).optional(),
});

export const DcatApCatalogSchema = z.object({
  '@context': z.record(z.string(), z.string()),
  '@id': HttpUrl,
  '@type': z.literal('dcat:Catalog'),
  'dct:title': LangString,
  'dct:description': LangString,
  'dct:publisher': DcatApAgentSchema,
  'dct:license': Ref,
  'dct:language': Ref,
  'dct:modified': Typed('xsd:date'),
  'foaf:homepage': Ref,
  'dcat:dataset': z.array(DcatApDatasetSchema),
});
export type DcatApCatalog = z.output<typeof DcatApCatalogSchema>;
