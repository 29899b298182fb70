import { getCollection } from 'astro:content';
import type { BuiltDataset, BuiltSeries, BuiltVersion } from '../lib/datasets/schema.ts';
import type { Agency, DocumentMeta } from '../lib/documents/schema.ts';
import type { BudgetBuild } from '../lib/budget/schema.ts';
import { budgetFields, type BudgetField } from '../lib/budget/downloads.ts';

/** Typed, sorted access to the collections for pages and endpoints. */
export async function getDatasets(): Promise<BuiltDataset[]> {
  const entries = await getCollection('datasets');
  return entries.map((e) => e.data).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every frozen version, by dataset and then release order (the ledger's). */
export async function getVersions(): Promise<BuiltVersion[]> {
  const entries = (await getCollection('versions')).map((e) => e.data);
  const order = new Map(entries.map((v, i) => [`${v.slug}/${v.record.id}`, i]));
  return entries.sort((a, b) => a.slug.localeCompare(b.slug) || order.get(`${a.slug}/${a.record.id}`)! - order.get(`${b.slug}/${b.record.id}`)!);
}

export async function getSeries(): Promise<BuiltSeries[]> {
  return (await getCollection('series'))[0]?.data.series ?? [];
}

export async function getDocuments(): Promise<DocumentMeta[]> {
  return (await getCollection('documents')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
}

export async function getAgencies(): Promise<Agency[]> {
  return (await getCollection('agencies')).map((e) => e.data).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The budget explorer data of one year (LKPJ Lampiran I). */
export async function getBudget(year = 2023): Promise<BudgetBuild> {
  const entry = (await getCollection('budget')).find((e) => e.id === String(year));
  if (!entry) throw new Error(`Data anggaran ${year} tidak ada di data/build/budget.json.`);
  const { id: _id, ...data } = entry.data;
  return data;
}

/** The sub-kegiatan table's data dictionary: the fields of the dataset parsed from Lampiran I. */
export async function getBudgetFields(): Promise<BudgetField[]> {
  const dataset = (await getDatasets()).find((d) => d.source.parser?.id === 'lkpj-2023-lampiran-i');
  if (!dataset) throw new Error('Dataset hasil urai LKPJ 2023 Lampiran I (parser: lkpj-2023-lampiran-i) tidak ada di data/datasets/.');
  return budgetFields(dataset);
}
