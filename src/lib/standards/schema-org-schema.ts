import { z } from 'zod';

/**
 * schema.org Dataset as read by Google Dataset Search
 * (https://developers.google.com/search/docs/appearance/structured-data/dataset).
 */
const Organization = z.object({ '@type': z.literal('Organization'), name: z.string().min(1), url: z.url().optional() });

export const SchemaOrgDatasetSchema = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('Dataset'),
  '@id': z.url(),
  name: z.string().min(1),
  // Google requires 50–5000 characters.
  description: z.string().min(50).max(5000),
  url: z.url(),
  identifier: z.string().min(1),
  keywords: z.array(z.string().min(1)),
  inLanguage: z.literal('id'),
  license: z.url(),
  isAccessibleForFree: z.literal(true),
  creator: Organization,
  publisher: Organization,
  dateModified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The frozen version equal to this content (/data/<slug>/versi/<id>/). */
  version: z.string().optional(),
  temporalCoverage: z.string().regex(/^\d{4}(\/\d{4})?$/),
  spatialCoverage: z.object({
    '@type': z.literal('Place'),
    name: z.string().min(1),
    address: z.object({
      '@type': z.literal('PostalAddress'),
      addressLocality: z.string(),
      addressRegion: z.string(),
      addressCountry: z.literal('ID'),
    }),
  }),
  isBasedOn: z.object({ '@type': z.literal('CreativeWork'), name: z.string().min(1), publisher: Organization.optional() }),
  citation: z.string().min(1),
  distribution: z
    .array(
      z.object({
        '@type': z.literal('DataDownload'),
        name: z.string().min(1),
        contentUrl: z.url(),
        encodingFormat: z.string().min(1),
        contentSize: z.string().regex(/^\d+ B$/),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .min(1),
  variableMeasured: z
    .array(
      z.object({
        '@type': z.literal('PropertyValue'),
        name: z.string().min(1),
        description: z.string().min(1),
        unitText: z.string().optional(),
      }),
    )
    .min(1),
  includedInDataCatalog: z.object({ '@type': z.literal('DataCatalog'), name: z.string(), url: z.url() }),
});
export type SchemaOrgDataset = z.output<typeof SchemaOrgDatasetSchema>;
