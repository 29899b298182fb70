import { defineCollection } from 'astro:content';
import { readFile, readdir } from 'node:fs/promises';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import { BuiltDatasetSchema } from './lib/schemas/dataset.ts';
import { AgencySchema, DocumentSchema } from './lib/schemas/document.ts';
import { CoverageEntrySchema } from './lib/schemas/coverage.ts';

/**
 * The only reader of generated data. `npm run data:build` writes data/build/;
 * pages get typed entries from these collections and never parse raw files.
 */
async function readBuild<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const text = await readFile(new URL(`../data/build/${file}`, import.meta.url), 'utf8').catch(() => {
    throw new Error(`data/build/${file} belum ada: jalankan "npm run data:build" terlebih dahulu.`);
  });
  return z.array(schema).parse(JSON.parse(text));
}

const datasets = defineCollection({
  loader: async () => (await readBuild('datasets.json', BuiltDatasetSchema)).map((d) => ({ id: d.slug, ...d })),
  schema: BuiltDatasetSchema,
});

const documents = defineCollection({
  loader: async () => (await readBuild('documents.json', DocumentSchema)).map((d) => ({ ...d, id: d.id })),
  schema: DocumentSchema,
});

const agencies = defineCollection({
  loader: async () => (await readBuild('agencies.json', AgencySchema)).map((a) => ({ id: a.slug, ...a })),
  // Inline loaders store the entry id inside the data too.
  schema: AgencySchema.extend({ id: z.string() }),
});

/** Source texts (data/sources/<file>) of the documents, kept verbatim for the /dokumen/ pages and downloads. */
const sources = defineCollection({
  loader: async () =>
    Promise.all(
      (await readBuild('documents.json', DocumentSchema)).map(async (d) => ({
        id: d.id,
        text: await readFile(new URL(`../data/sources/${d.file}`, import.meta.url), 'utf8'),
      })),
    ),
  schema: z.object({ id: z.string(), text: z.string() }),
});

/** The coverage register: data/coverage/*.yml, one entry per table/chart of a document. */
const coverage = defineCollection({
  loader: async () => {
    const dir = new URL('../data/coverage/', import.meta.url);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yml')).sort();
    const entries = [];
    for (const file of files) {
      const parsed = z.array(CoverageEntrySchema).safeParse(parseYaml(await readFile(new URL(file, dir), 'utf8')));
      if (!parsed.success) throw new Error(`data/coverage/${file} tidak valid: ${z.prettifyError(parsed.error)}`);
      entries.push(...parsed.data.map((e, i) => ({ id: `${file.replace(/\.yml$/, '')}-${String(i + 1).padStart(3, '0')}`, ...e })));
    }
    return entries;
  },
  schema: CoverageEntrySchema.safeExtend({ id: z.string() }),
});

export const collections = { datasets, documents, agencies, sources, coverage };
