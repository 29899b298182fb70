import { SITE } from '../../config.ts';
import type { Distribution } from '../datasets/distributions.ts';
import type { BuiltDataset } from '../datasets/schema.ts';
import { topicTitle } from '../datasets/topics.ts';
import { KOTA_CODE, KOTA_NAME } from '../kecamatan/wilayah.ts';

/** A dataset with its downloads (computed asynchronously because of XLSX). */
export interface DatasetFiles {
  dataset: BuiltDataset;
  distributions: Distribution[];
}

export const PLACE = {
  name: KOTA_NAME,
  region: 'Sumatera Utara',
  country: 'Indonesia',
  countryCode: 'ID',
  /** Kemendagri area code. */
  code: KOTA_CODE,
} as const;

export const SPATIAL_DESCRIPTION: Record<string, string> = {
  kota: 'tingkat kota',
  kecamatan: 'per kecamatan',
  kelurahan: 'per kelurahan',
};

export function absolute(path: string): string {
  return new URL(path, SITE.url).href;
}

/** "Kota Binjai, Sumatera Utara, Indonesia (per kecamatan)". */
export function spatialLabel(d: BuiltDataset): string {
  const level = SPATIAL_DESCRIPTION[d.spatial] ?? d.spatial;
  return `${PLACE.name}, ${PLACE.region}, ${PLACE.country} (${level})`;
}

/** Keywords of a dataset plus its topic title, de-duplicated case-insensitively, in a stable order. */
export function keywordsOf(d: BuiltDataset): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of [...d.keywords, topicTitle(d.topic)]) {
    const key = k.trim().toLowerCase();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(k.trim());
  }
  return out;
}

export function startDate(d: BuiltDataset): string {
  return `${d.temporal.start}-01-01`;
}

export function endDate(d: BuiltDataset): string {
  return `${d.temporal.end}-12-31`;
}

/** The most recent `modified` of all datasets, or the release date: the catalogue's own date, reproducible. */
export function catalogueModified(datasets: readonly BuiltDataset[]): string {
  return datasets.reduce<string>((max, d) => (d.modified > max ? d.modified : max), SITE.release);
}

/** Datasets by modified date, newest first, then by slug: a stable order for feeds. */
export function byModifiedDesc<T extends { dataset: BuiltDataset } | BuiltDataset>(items: readonly T[]): T[] {
  const get = (x: T): BuiltDataset => ('dataset' in x ? x.dataset : x);
  return [...items].sort((a, b) => get(b).modified.localeCompare(get(a).modified) || get(a).slug.localeCompare(get(b).slug));
}

export function serialiseJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
