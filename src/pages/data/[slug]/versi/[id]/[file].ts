import type { APIRoute, GetStaticPaths } from 'astro';
import { getVersions } from '../../../../../data/catalog.ts';
import { MEDIA_TYPE } from '../../../../../lib/datasets/distributions.ts';
import { versionFiles } from '../../../../../lib/datasets/versions.ts';
import { VERSION_FORMATS, type VersionFormat } from '../../../../../lib/datasets/versions-schema.ts';
import type { BuiltVersion } from '../../../../../lib/datasets/schema.ts';

/**
 * /data/<slug>/versi/<id>/<slug>.csv, .json, .xlsx: made from the frozen content; the build checks
 * their bytes against the SHA-256 recorded at release (scripts/check/versions.ts).
 */
const TYPE: Record<VersionFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json', xlsx: MEDIA_TYPE.XLSX };

export const getStaticPaths = (async () =>
  (await getVersions()).flatMap((v) =>
    VERSION_FORMATS.map((format) => ({ params: { slug: v.slug, id: v.record.id, file: `${v.slug}.${format}` }, props: { version: v, format } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const v = props['version'] as BuiltVersion;
  const format = props['format'] as VersionFormat;
  const body = (await versionFiles(v.dataset, v.record))[format];
  return new Response(body as string | Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': TYPE[format] } });
};
