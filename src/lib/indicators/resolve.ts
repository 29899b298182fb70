/**
 * Resolve the indicator registry against built datasets: every number on the
 * home page comes from a dataset row, never from the registry file itself.
 * Pure; the data build (scripts/data/pipeline.ts) validates data/indicators.yml and calls this.
 */
import { problem, type Problem } from '../core/problems.ts';
import type { BuiltDataset, Row } from '../datasets/schema.ts';
import { ResolvedIndicatorSchema, type IndicatorMeta, type ResolvedIndicator } from './schema.ts';

type Source = Pick<IndicatorMeta, 'dataset' | 'field' | 'year_field' | 'row'>;
type Locate = (path: (string | number)[]) => number | undefined;

const num = (v: Row[string] | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

interface Points {
  dataset: BuiltDataset;
  points: Array<{ year: number; value: number | null }>;
}

function read(source: Source, byslug: ReadonlyMap<string, BuiltDataset>, at: (string | number)[], file: string, line: Locate, problems: Problem[]): Points | null {
  const fail = (key: string, message: string, hint: string) => {
    problems.push(problem({ file, line: line([...at, key]), field: [...at, key].join('.'), message, hint }));
    return null;
  };
  const d = byslug.get(source.dataset);
  if (!d) return fail('dataset', `dataset "${source.dataset}" tidak ada`, 'Tulis slug dataset persis seperti nama berkasnya di data/datasets/ (tanpa .yml).');
  const names = d.fields.map((f) => f.name);
  for (const key of ['field', 'year_field'] as const) {
    const name = source[key];
    if (name !== undefined && !names.includes(name))
      return fail(key, `kolom "${name}" tidak ada di dataset ${d.slug}`, `Pakai salah satu kolom: ${names.join(', ')}.`);
  }
  if (source.row && !names.includes(source.row.field))
    return fail('row', `kolom pemilih baris "${source.row.field}" tidak ada di dataset ${d.slug}`, `Pakai salah satu kolom: ${names.join(', ')}.`);
  const rows = d.rows.filter((r) => !source.row || r[source.row.field] === source.row.equals);
  if (rows.length === 0) return fail('row', `tidak ada baris di ${d.slug} yang cocok dengan pemilih baris`, 'Periksa nilai "equals": harus sama persis dengan isi kolom di tabel dataset.');
  if (source.year_field) {
    const yf = source.year_field;
    const points = rows
      .filter((r) => num(r[yf]) !== null)
      .map((r) => ({ year: num(r[yf]) as number, value: num(r[source.field]) }))
      .sort((a, b) => a.year - b.year);
    if (new Set(points.map((p) => p.year)).size !== points.length)
      return fail('year_field', `dataset ${d.slug} punya lebih dari satu baris per tahun`, 'Tambahkan "row" untuk memilih satu baris per tahun.');
    return { dataset: d, points };
  }
  if (rows.length > 1) return fail('row', `pemilih baris cocok dengan ${rows.length} baris di ${d.slug}, seharusnya satu`, 'Tambahkan "row" (atau "year_field" untuk deret tahunan) agar tepat satu baris terpilih.');
  return { dataset: d, points: [{ year: d.temporal.end, value: num((rows[0] as Row)[source.field]) }] };
}

function targetMet(better: IndicatorMeta['better'], value: number | null, target: number | null): boolean | null {
  if (value === null || target === null || better === 'neutral') return null;
  return better === 'higher' ? value >= target : value <= target;
}

export function resolveIndicators(
  metas: readonly IndicatorMeta[],
  datasets: readonly BuiltDataset[],
  file = 'data/indicators.yml',
  line: Locate = () => undefined,
  /** Datasets that exist but failed to build (already reported): indicators on them are skipped, not reported again. */
  failed: ReadonlySet<string> = new Set(),
): { indicators: ResolvedIndicator[]; problems: Problem[] } {
  const byslug = new Map(datasets.map((d) => [d.slug, d]));
  const problems: Problem[] = [];
  const indicators: ResolvedIndicator[] = [];
  metas.forEach((m, i) => {
    if (failed.has(m.dataset) || (m.target && failed.has(m.target.dataset))) return;
    const main = read(m, byslug, [i], file, line, problems);
    if (!main) return;
    const defined = main.points.filter((p) => p.value !== null);
    const latest = defined.at(-1) ?? main.points.at(-1);
    if (!latest) return;
    const previous = defined.length >= 2 ? (defined.at(-2) ?? null) : null;
    const f = main.dataset.fields.find((x) => x.name === m.field);
    let target: ResolvedIndicator['target'] = null;
    if (m.target) {
      const t = read(m.target, byslug, [i, 'target'], file, line, problems);
      if (t) {
        const tv = (t.points.length === 1 && !m.target.year_field ? t.points[0] : t.points.find((p) => p.year === latest.year))?.value ?? null;
        target = { dataset: t.dataset.slug, field: m.target.field, value: tv, met: targetMet(m.better, latest.value, tv) };
      }
    }
    const d = main.dataset;
    indicators.push(
      ResolvedIndicatorSchema.parse({
        id: m.id,
        title: m.title,
        description: m.description,
        dataset: d.slug,
        dataset_title: d.title,
        field: m.field,
        unit: m.unit ?? f?.unit ?? null,
        decimals: f?.decimals ?? null,
        better: m.better,
        headline: m.headline,
        year: latest.year,
        value: latest.value,
        previous,
        // Rounded to the printed decimals so 4.75 − 4.18 is 0.57, not 0.5700000000000003.
        change: previous && latest.value !== null && previous.value !== null ? Number((latest.value - previous.value).toFixed(Math.max(f?.decimals ?? 0, 4))) : null,
        series: main.points,
        target,
        topic: d.topic,
        publisher: d.publisher,
        source: { document: d.source.document, document_title: d.source.document_title, table: d.source.table },
      }),
    );
  });
  return { indicators, problems };
}
