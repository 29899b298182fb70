import { defineCollection } from 'astro:content';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { BuiltDatasetSchema, BuiltSeriesSchema, BuiltVersionSchema } from './lib/datasets/schema.ts';
import { AgencySchema, DocumentSchema } from './lib/documents/schema.ts';
import { BudgetBuildSchema } from './lib/budget/schema.ts';
import { CoverageEntrySchema } from './lib/documents/coverage-schema.ts';
import { ResolvedIndicatorSchema } from './lib/indicators/schema.ts';
import { DipEntrySchema, LaporanRowSchema, PpidPageSchema } from './lib/ppid/schema.ts';
import { parseDipFile } from './lib/ppid/dip.ts';
import { checkPpidPage, parseLaporanCsv } from './lib/ppid/content.ts';
import { renderMarkdown } from './lib/core/markdown.ts';
import { ProblemError } from './lib/core/problems.ts';

/**
 * The only reader of generated data. `npm run data:build` writes data/build/;
 * pages get typed entries from these collections and never parse raw files.
 */
/**
 * data/build/, or the staging folder `npm run build` names in PORTAL_DATA_BUILD: the full build
 * swaps data/build/ and dist/ in together at its end, so an interrupted build changes neither.
 */
function buildFile(file: string): URL {
  const staged = process.env['PORTAL_DATA_BUILD'];
  return staged ? pathToFileURL(path.join(staged, file)) : new URL(`../data/build/${file}`, import.meta.url);
}

async function readBuild<T>(file: string, schema: z.ZodType<T>): Promise<T[]> {
  const text = await readFile(buildFile(file), 'utf8').catch(() => {
    throw new Error(`data/build/${file} belum ada: jalankan "npm run data:build" terlebih dahulu.`);
  });
  return z.array(schema).parse(JSON.parse(text));
}

const datasets = defineCollection({
  loader: async () => (await readBuild('datasets.json', BuiltDatasetSchema)).map((d) => ({ id: d.slug, ...d })),
  schema: BuiltDatasetSchema,
});

/** Frozen versions of datasets (data/versi/, checked by the pipeline), one entry per version. */
const versions = defineCollection({
  loader: async () => (await readBuild('versions.json', BuiltVersionSchema)).map((v) => ({ id: `${v.slug}/${v.record.id}`, ...v })),
  schema: BuiltVersionSchema,
});

/** Series of editions (data/series.yml) with their combined tables. One entry holds them all, so none is no warning. */
const series = defineCollection({
  loader: async () => [{ id: 'series', series: await readBuild('series.json', BuiltSeriesSchema) }],
  schema: z.object({ id: z.string(), series: z.array(BuiltSeriesSchema) }),
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

// Budget explorer (/anggaran/): one entry per budget year, written by the data build from the same parse as the appendix dataset.
const budget = defineCollection({
  loader: async () => {
    const text = await readFile(buildFile('budget.json'), 'utf8').catch(() => {
      throw new Error('data/build/budget.json belum ada: jalankan "npm run data:build" (bagian dari "npm run build").');
    });
    const b = BudgetBuildSchema.parse(JSON.parse(text));
    return [{ id: String(b.year), ...b }];
  },
  schema: BudgetBuildSchema.extend({ id: z.string() }),
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

/** The coverage register, validated by the data build (scripts/data/coverage.ts) and written to data/build/coverage.json. */
const coverage = defineCollection({
  loader: async () =>
    (await readBuild('coverage.json', CoverageEntrySchema)).map((e, i) => ({ id: `${e.document}-${String(i + 1).padStart(3, '0')}`, ...e })),
  schema: CoverageEntrySchema.safeExtend({ id: z.string() }),
});

/** Headline indicators (data/indicators.yml), resolved against the datasets by the data build: one entry, in registry order. */
const indicators = defineCollection({
  loader: async () => [{ id: 'registry', indicators: await readBuild('indicators.json', ResolvedIndicatorSchema) }],
  schema: z.object({ id: z.string(), indicators: z.array(ResolvedIndicatorSchema) }),
});

/** Files officers uploaded to public/berkas/ (size and SHA-256, from the data build): attachments of DIP entries. */
const berkas = defineCollection({
  loader: async () => {
    const text = await readFile(buildFile('berkas.json'), 'utf8').catch(() => '{}');
    return [{ id: 'berkas', files: z.record(z.string(), z.object({ bytes: z.int(), sha256: z.string() })).parse(JSON.parse(text)) }];
  },
  schema: z.object({ id: z.string(), files: z.record(z.string(), z.object({ bytes: z.int(), sha256: z.string() })) }),
});

/** Kota Binjai's kecamatan and kelurahan (Kemendagri codes), written by the data build. */
const AreaSchema = z.object({ code: z.string(), name: z.string(), parent: z.string(), level: z.enum(['kota', 'kecamatan', 'kelurahan']) });
const wilayah = defineCollection({
  loader: async () => [{ id: 'wilayah', areas: z.array(AreaSchema).parse(JSON.parse(await readFile(buildFile('wilayah.json'), 'utf8').catch(() => '[]'))) }],
  schema: z.object({ id: z.string(), areas: z.array(AreaSchema) }),
});

/** Daftar Informasi Publik: one file per entry in content/dip/, validated with Indonesian messages. */
const dip = defineCollection({
  loader: async () => {
    const dir = new URL('../content/dip/', import.meta.url);
    const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
    const results = await Promise.all(
      names.map(async (n) => parseDipFile({ path: `content/dip/${n}`, text: await readFile(new URL(n, dir), 'utf8') })),
    );
    const problems = results.flatMap((r) => r.problems);
    if (problems.length > 0) throw new ProblemError(problems);
    return results.map((r) => ({ id: r.value!.id, file: r.value!.file, entry: r.value!.entry }));
  },
  schema: z.object({ id: z.string(), file: z.string(), entry: DipEntrySchema }),
});

/**
 * Editable PPID prose (profil, maklumat, standar layanan): Markdown with validated front matter,
 * rendered by the portal's own sanitising renderer (src/lib/core/markdown.ts), not Astro's,
 * so raw HTML in an officer's file can never run script.
 */
const ppid = defineCollection({
  loader: async () => {
    const dir = new URL('../content/ppid/', import.meta.url);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
    const pages = await Promise.all(names.map(async (n) => ({ n, r: checkPpidPage({ path: `content/ppid/${n}`, text: await readFile(new URL(n, dir), 'utf8') }) })));
    const problems = pages.flatMap(({ r }) => r.problems);
    if (problems.length > 0) throw new ProblemError(problems);
    return pages.map(({ n, r }) => ({ id: n.replace(/\.md$/, ''), ...r.value!, html: renderMarkdown(r.body ?? '') }));
  },
  schema: PpidPageSchema.extend({ id: z.string(), html: z.string() }),
});

/**
 * The public-information service report officers fill each period (content/ppid/laporan-layanan.csv).
 * One entry holding every period, so an empty report is an empty list, not an "empty collection" warning.
 */
const ppidLaporan = defineCollection({
  loader: async () => {
    const file = 'content/ppid/laporan-layanan.csv';
    const { rows, problems } = parseLaporanCsv({ path: file, text: await readFile(new URL(`../${file}`, import.meta.url), 'utf8') });
    if (problems.length > 0) throw new ProblemError(problems);
    return [{ id: 'laporan', rows }];
  },
  schema: z.object({ id: z.string(), rows: z.array(LaporanRowSchema) }),
});

export const collections = { datasets, versions, series, documents, agencies, budget, sources, coverage, indicators, berkas, wilayah, dip, ppid, ppidLaporan };
