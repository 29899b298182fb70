import { createHash } from 'node:crypto';
import { csvDownload, describe, jsonDownload, type Distribution } from './distributions.ts';
import type { BuiltDataset } from './schema.ts';
import { VERSION_FORMATS, type VersionFormat, type VersionRecord, type VersionRef, type ChangeSummary } from './versions-schema.ts';
import { versionUrl } from './urls.ts';
import { xlsxDownload } from './xlsx.ts';

export { versionUrl };

/**
 * Frozen versions of a dataset (see versions-schema.ts): the content that is frozen, its hash and
 * identifier, and the downloads of a version. Pure: npm run rilis writes what these return, the
 * build checks the files against them, and the version pages serve them.
 */

/** Release metadata the build adds to a dataset; not part of any version's content. */
const RELEASE_KEYS = ['version', 'versions', 'series', 'editions', 'pending'] as const;

/** The content of a dataset that a version freezes: everything published about it except release metadata. */
export function versionContent(d: BuiltDataset): BuiltDataset {
  const out = { ...d } as Record<string, unknown>;
  for (const key of RELEASE_KEYS) delete out[key];
  return out as BuiltDataset;
}

/**
 * The frozen file's text: the dataset as JSON, 2-space indent, one row per line so that two
 * versions compare line by line in a code review.
 */
export function frozenText(d: BuiltDataset): string {
  const content = versionContent(d);
  const marker = '"__ROWS__"';
  const text = JSON.stringify({ ...content, rows: '__ROWS__' }, null, 2);
  const rows = content.rows.length === 0 ? '[]' : `[\n${content.rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`;
  return `${text.replace(marker, rows)}\n`;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).digest('hex');
}

/** "2026-12-08-1a2b3c4d": the release date and the first 8 characters of the content hash. */
export function versionId(released: string, contentSha: string): string {
  return `${released}-${contentSha.slice(0, 8)}`;
}

export function versionFileUrl(slug: string, id: string, format: VersionFormat): string {
  return `${versionUrl(slug, id)}${slug}.${format}`;
}

export function versionsFile(slug: string): string {
  return `data/versi/${slug}.yml`;
}

export function frozenFile(slug: string, id: string): string {
  return `data/versi/${slug}/${id}.json`;
}

/** The frozen dataset as its version page shows it: the content, marked with its version. */
export function asVersion(frozen: BuiltDataset, record: Pick<VersionRecord, 'id'>, versions: VersionRef[]): BuiltDataset {
  return { ...versionContent(frozen), version: record.id, versions };
}

/** The JSON download of a version: the dataset's JSON download, naming the version it is. */
export function versionJson(frozen: BuiltDataset, record: Pick<VersionRecord, 'id' | 'released' | 'reason'>): string {
  const body = JSON.parse(jsonDownload(frozen)) as Record<string, unknown>;
  const version = { id: record.id, released: record.released, reason: record.reason, url: versionUrl(frozen.slug, record.id) };
  return `${JSON.stringify({ ...body, version }, null, 2)}\n`;
}

/** The bytes of each download of a version (what npm run rilis records and the build serves). */
export async function versionFiles(frozen: BuiltDataset, record: Pick<VersionRecord, 'id' | 'released' | 'reason'>): Promise<Record<VersionFormat, string | Uint8Array>> {
  // Only what the citation in the workbook reads: the version's id, date and address.
  const cited: VersionRef = { id: record.id, released: record.released, reason: record.reason, previous: null, sha256: '', url: versionUrl(frozen.slug, record.id), distributions: [], changes: null };
  const marked = { ...versionContent(frozen), version: record.id, versions: [cited] };
  return {
    csv: csvDownload(frozen),
    json: versionJson(frozen, record),
    xlsx: await xlsxDownload(marked, { id: record.id, released: record.released }),
  };
}

/** Size and SHA-256 of each download, as recorded in data/versi/<slug>.yml. */
export async function recordedFiles(frozen: BuiltDataset, record: Pick<VersionRecord, 'id' | 'released' | 'reason'>): Promise<VersionRecord['files']> {
  const files = await versionFiles(frozen, record);
  const entry = (f: string | Uint8Array) => ({ bytes: typeof f === 'string' ? Buffer.byteLength(f, 'utf8') : f.byteLength, sha256: sha256(f) });
  return { csv: entry(files.csv), json: entry(files.json), xlsx: entry(files.xlsx) };
}

const FORMAT_NAME: Record<VersionFormat, Distribution['format']> = { csv: 'CSV', json: 'JSON', xlsx: 'XLSX' };

/** The downloads of a version as the API lists them: from the record (the build checks the served bytes equal it). */
export function versionDistributions(slug: string, record: VersionRecord): Distribution[] {
  return VERSION_FORMATS.map((f) => ({ ...describe(FORMAT_NAME[f], versionFileUrl(slug, record.id, f), ''), bytes: record.files[f].bytes, sha256: record.files[f].sha256 }));
}

export function versionRef(slug: string, record: VersionRecord, changes: ChangeSummary | null): VersionRef {
  return {
    id: record.id,
    released: record.released,
    reason: record.reason,
    previous: record.previous,
    sha256: record.sha256,
    url: versionUrl(slug, record.id),
    distributions: versionDistributions(slug, record),
    changes,
  };
}
