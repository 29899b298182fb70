import type { APIRoute, GetStaticPaths } from 'astro';
import { getSeries } from '../../../data/catalog.ts';
import type { BuiltSeries } from '../../../lib/datasets/schema.ts';
import { seriesFiles } from '../../../lib/datasets/series.ts';

/** /seri/<id>/<id>.csv and .json: every edition of a series in the columns they share. */
export const getStaticPaths = (async () =>
  (await getSeries()).flatMap((s) => (['csv', 'json'] as const).map((ext) => ({ params: { id: s.id, file: `${s.id}.${ext}` }, props: { series: s, ext } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const files = seriesFiles(props['series'] as BuiltSeries);
  const ext = props['ext'] as 'csv' | 'json';
  return new Response(files[ext], { headers: { 'Content-Type': ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json' } });
};
