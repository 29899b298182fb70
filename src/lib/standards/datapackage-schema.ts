import { z } from 'zod';

/**
 * Frictionless Data Package with Tabular Data Resources and Table Schema
 * (https://specs.frictionlessdata.io/). Names follow the spec's pattern.
 */
const Name = z.string().regex(/^[a-z0-9._-]+$/, { error: 'nama sumber daya: huruf kecil, angka, titik, tanda hubung, garis bawah' });

export const TABLE_SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'year'] as const;

export const TableFieldSchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1),
  type: z.enum(TABLE_SCHEMA_TYPES),
  format: z.literal('default').optional(),
  /** Not in Table Schema v1 core; a documented custom property, also used by many Frictionless users. */
  unit: z.string().optional(),
  bareNumber: z.boolean().optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
  constraints: z.object({ required: z.boolean().optional() }).optional(),
});
export type TableField = z.output<typeof TableFieldSchema>;

export const TableSchemaSchema = z.object({
  fields: z.array(TableFieldSchema).min(1),
  missingValues: z.array(z.string()),
});

export const LicenseSchema = z.object({ name: z.string(), path: z.url(), title: z.string() });

export const DataResourceSchema = z.object({
  profile: z.literal('tabular-data-resource'),
  name: Name,
  title: z.string().min(1),
  description: z.string().optional(),
  path: z.string().regex(/^[a-z0-9./-]+\.csv$/),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  bytes: z.int().nonnegative(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  dialect: z.object({ delimiter: z.literal(','), lineTerminator: z.literal('\r\n'), header: z.literal(true) }),
  schema: TableSchemaSchema,
  sources: z.array(z.object({ title: z.string().min(1), path: z.url().optional() })).min(1),
  licenses: z.array(LicenseSchema).min(1),
});
export type DataResource = z.output<typeof DataResourceSchema>;

export const DataPackageSchema = z.object({
  profile: z.literal('tabular-data-package'),
  name: Name,
  id: z.url(),
  title: z.string().min(1),
  description: z.string().min(1),
  homepage: z.url(),
  version: z.string().min(1),
  created: z.string().regex(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/),
  keywords: z.array(z.string()),
  licenses: z.array(LicenseSchema).min(1),
  contributors: z.array(z.object({ title: z.string(), role: z.string(), email: z.email().optional() })).min(1),
  resources: z.array(DataResourceSchema).min(1),
});
export type DataPackage = z.output<typeof DataPackageSchema>;
