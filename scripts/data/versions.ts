/**
 * Frozen versions and editions, as a pipeline stage (pure over file contents, like pipeline.ts).
 *
 * Versions: data/versi/<slug>.yml records each release, append only; data/versi/<slug>/<id>.json
 * holds its frozen content. A record or frozen file that changed, a broken chain, a missing or
 * extra frozen file fails the build with an Indonesian message. Each dataset gets its versions (with
 * the changes between them), the id of the version equal to its content, or the changes pending
 * since the latest one (a warning: run npm run rilis).
 *
 * Editions: datasets naming the same `series` (data/series.yml) are editions of it, oldest first.
 */
import { z } from 'zod';
import { problem, type Problem, type TextFile } from '../../src/lib/core/problems.ts';
import { positionOf, validateYaml, type ParsedYaml } from '../../src/lib/core/zod-problems.ts';
import { BuiltDatasetSchema, type BuiltDataset, type BuiltSeries, type BuiltVersion, type PublishedField } from '../../src/lib/datasets/schema.ts';
import { SeriesSchema, VersionRecordSchema, type ChangeSummary, type EditionRef, type VersionRecord, type VersionRef } from '../../src/lib/datasets/versions-schema.ts';
import { frozenFile, frozenText, sha256, versionId, versionRef } from '../../src/lib/datasets/versions.ts';
import { diffDatasets } from '../../src/lib/datasets/diff.ts';
import { datasetUrl } from '../../src/lib/datasets/urls.ts';
import { didYouMean } from '../../src/lib/core/suggest.ts';

export interface ReleaseFiles {
  /** data/versi/<slug>.yml */
  ledgers: TextFile[];
  /** data/versi/<slug>/<id>.json */
  frozen: TextFile[];
}

export type { BuiltSeries, BuiltVersion };

export interface ReleaseOutput {
  datasets: BuiltDataset[];
  versions: BuiltVersion[];
  series: BuiltSeries[];
  problems: Problem[];
}

const HOW_TO_RELEASE = 'Jalankan npm run rilis -- --alasan "<mengapa berubah>" untuk membekukan isi sekarang sebagai versi baru (docs/versi.md).';
const IMMUTABLE =
  'Versi yang sudah terbit tidak boleh diubah atau dihapus: kembalikan berkas itu seperti saat dirilis (git checkout -- <berkas>). Untuk koreksi, ubah datanya lalu buat versi baru dengan npm run rilis -- --alasan "…".';

function sortedLedger(file: TextFile): { slug: string; records: VersionRecord[]; parsed?: ParsedYaml; problems: Problem[] } {
  const slug = file.path.replace(/^data\/versi\//, '').replace(/\.yml$/, '');
  const { value, parsed, problems } = validateYaml(z.array(VersionRecordSchema, { error: 'riwayat versi harus berupa daftar, setiap versi diawali "- "' }), file.text, file.path);
  return { slug, records: value ?? [], ...(parsed ? { parsed } : {}), problems };
}

function checkChain(file: string, slug: string, records: VersionRecord[], parsed: ParsedYaml | undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (path: Array<string | number>) => (parsed ? positionOf(parsed, path) : {});
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const expected = versionId(r.released, r.sha256);
    if (r.id !== expected)
      problems.push(problem({ file, ...at([i, 'id']), field: `[${i}].id`, message: `id versi "${r.id}" tidak cocok dengan tanggal rilis dan sidiknya (seharusnya ${expected})`, hint: IMMUTABLE }));
    if (seen.has(r.id)) problems.push(problem({ file, ...at([i, 'id']), field: `[${i}].id`, message: `versi "${r.id}" tercatat dua kali`, hint: IMMUTABLE }));
    seen.add(r.id);
    const previous = records[i - 1];
    if (r.previous !== (previous?.id ?? null))
      problems.push(
        problem({
          file,
          ...at([i, 'previous']),
          field: `[${i}].previous`,
          message: previous
            ? `riwayat versi terputus: versi "${r.id}" menyebut versi sebelumnya "${r.previous ?? 'null'}", padahal yang tercatat di atasnya "${previous.id}"`
            : `versi pertama "${r.id}" menyebut versi sebelumnya "${r.previous}" yang tidak tercatat`,
          hint: IMMUTABLE,
        }),
      );
    if (previous && r.released < previous.released)
      problems.push(problem({ file, ...at([i, 'released']), field: `[${i}].released`, message: `versi "${r.id}" dirilis ${r.released}, sebelum versi sebelumnya (${previous.released})`, hint: IMMUTABLE }));
  });
  if (!/^[a-z0-9-]+$/.test(slug)) problems.push(problem({ file, message: `nama berkas riwayat versi "${slug}.yml" bukan slug dataset`, hint: 'Berkas di data/versi/ ditulis oleh npm run rilis; jangan mengganti namanya.' }));
  return problems;
}

/** Versions of every dataset, checked; each dataset with its versions and pending changes. */
export function applyVersions(datasets: BuiltDataset[], files: ReleaseFiles, failed: ReadonlySet<string>): Omit<ReleaseOutput, 'series'> {
  const problems: Problem[] = [];
  const frozenByPath = new Map(files.frozen.map((f) => [f.path, f]));
  const claimed = new Set<string>();
  const versions: BuiltVersion[] = [];
  const refsBySlug = new Map<string, VersionRef[]>();
  const latestBySlug = new Map<string, { record: VersionRecord; dataset: BuiltDataset }>();

  for (const file of files.ledgers) {
    const ledger = sortedLedger(file);
    problems.push(...ledger.problems);
    if (ledger.problems.length > 0) continue;
    const chain = checkChain(file.path, ledger.slug, ledger.records, ledger.parsed);
    problems.push(...chain);
    let previous: BuiltDataset | undefined;
    const refs: VersionRef[] = [];
    for (const [i, record] of ledger.records.entries()) {
      const path = frozenFile(ledger.slug, record.id);
      claimed.add(path);
      const frozen = frozenByPath.get(path);
      const at = ledger.parsed ? positionOf(ledger.parsed, [i, 'sha256']) : {};
      if (!frozen) {
        problems.push(problem({ file: file.path, ...at, field: `[${i}]`, message: `isi versi "${record.id}" (${path}) tidak ada`, hint: IMMUTABLE }));
        previous = undefined;
        continue;
      }
      const actual = sha256(frozen.text);
      if (actual !== record.sha256) {
        problems.push(
          problem({
            file: path,
            message: `isi versi "${record.id}" dataset "${ledger.slug}" telah diubah sesudah dirilis (SHA-256 sekarang ${actual.slice(0, 12)}…, tercatat ${record.sha256.slice(0, 12)}… di ${file.path})`,
            hint: IMMUTABLE,
          }),
        );
        previous = undefined;
        continue;
      }
      let content: BuiltDataset;
      try {
        const parsed = BuiltDatasetSchema.safeParse(JSON.parse(frozen.text));
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'bentuknya tidak dikenal');
        content = parsed.data;
      } catch (e) {
        problems.push(problem({ file: path, message: `isi versi "${record.id}" tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`, hint: IMMUTABLE }));
        previous = undefined;
        continue;
      }
      const changes: ChangeSummary | null = previous ? diffDatasets(previous, content) : null;
      const ref = versionRef(ledger.slug, record, changes);
      refs.push(ref);
      versions.push({ slug: ledger.slug, record, ref, dataset: content });
      previous = content;
      latestBySlug.set(ledger.slug, { record, dataset: content });
    }
    refsBySlug.set(ledger.slug, refs);
  }
  for (const f of files.frozen)
    if (!claimed.has(f.path))
      problems.push(
        problem({
          file: f.path,
          message: 'berkas isi versi ini tidak tercatat di riwayat versi mana pun',
          hint: 'Berkas di data/versi/ hanya ditulis oleh npm run rilis. Bila ini sisa rilis yang gagal, hapus berkasnya; bila catatannya terhapus, kembalikan catatan itu (git checkout -- data/versi/).',
        }),
      );

  const withVersions = datasets.map((d) => {
    const refs = refsBySlug.get(d.slug);
    const latest = latestBySlug.get(d.slug);
    if (!refs || !latest) {
      // Only where versions are in use (a data root with data/versi/): fixtures without it stay quiet.
      if (files.ledgers.length > 0 && !failed.has(d.slug) && !refsBySlug.has(d.slug))
        problems.push(problem({ file: `data/datasets/${d.slug}.yml`, severity: 'warning', message: 'dataset ini belum pernah dirilis sebagai versi: belum ada alamat tetap untuk dikutip', hint: HOW_TO_RELEASE }));
      return d;
    }
    if (sha256(frozenText(d)) === latest.record.sha256) return { ...d, version: latest.record.id, versions: refs };
    const pending = diffDatasets(latest.dataset, d);
    problems.push(
        problem({
          file: `data/datasets/${d.slug}.yml`,
          severity: 'warning',
          message: `isi dataset berubah sejak versi terakhir (${latest.record.id}); perubahan ini tampil sebagai "belum dirilis"`,
          hint: HOW_TO_RELEASE,
        }),
      );
    return { ...d, versions: refs, pending };
  });
  return { datasets: withVersions, versions, problems };
}

/** Fields two editions share: same name, type and unit. */
const sameField = (a: FieldMetaLike, b: FieldMetaLike) => a.name === b.name && a.type === b.type && (a.unit ?? '') === (b.unit ?? '');
type FieldMetaLike = Pick<PublishedField, 'name' | 'type' | 'unit'>;

/** Series (data/series.yml) with their editions; every dataset naming a series gets its editions. */
export function applySeries(datasets: BuiltDataset[], file: TextFile | undefined, seriesOf: ReadonlyMap<string, { series: string; edition: string; file: string }>): { datasets: BuiltDataset[]; series: BuiltSeries[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (seriesOf.size === 0 && !file) return { datasets, series: [], problems };
  const { value, problems: found } = file ? validateYaml(z.array(SeriesSchema, { error: 'data/series.yml harus berupa daftar seri, setiap seri diawali "- "' }), file.text, file.path) : { value: [], problems: [] };
  problems.push(...found);
  const known = new Map((value ?? []).map((s) => [s.id, s]));
  const members = new Map<string, BuiltDataset[]>();
  for (const d of datasets) {
    const s = seriesOf.get(d.slug);
    if (!s) continue;
    if (!known.has(s.series)) {
      problems.push(problem({ file: s.file, field: 'series', message: `seri "${s.series}" tidak ada di data/series.yml`, hint: `Tambahkan seri itu ke data/series.yml (id, title, description), atau perbaiki ejaannya.${didYouMean(s.series, [...known.keys()])}` }));
      continue;
    }
    members.set(s.series, [...(members.get(s.series) ?? []), d]);
  }
  const series: BuiltSeries[] = [];
  const editionsOf = new Map<string, { ref: BuiltSeries; editions: EditionRef[] }>();
  for (const [id, list] of members) {
    const meta = known.get(id)!;
    const sorted = [...list].sort((a, b) => seriesOf.get(a.slug)!.edition.localeCompare(seriesOf.get(b.slug)!.edition, 'id', { numeric: true }));
    const labels = new Set<string>();
    for (const d of sorted) {
      const label = seriesOf.get(d.slug)!.edition;
      if (labels.has(label)) problems.push(problem({ file: seriesOf.get(d.slug)!.file, field: 'edition', message: `edisi "${label}" seri "${id}" dipakai lebih dari satu dataset`, hint: 'Setiap edisi satu seri harus berlabel unik, biasanya tahun dokumen sumbernya.' }));
      labels.add(label);
    }
    const latest = sorted.at(-1)!;
    const editions: EditionRef[] = sorted.map((d) => ({ edition: seriesOf.get(d.slug)!.edition, slug: d.slug, title: d.title, url: datasetUrl(d.slug), document: d.source.document_title, latest: d === latest }));
    const fields = latest.fields.filter((f) => !f.generated && sorted.every((d) => d.fields.some((g) => sameField(f, g))));
    const rows = sorted.flatMap((d) => d.rows.map((r) => ({ edisi: seriesOf.get(d.slug)!.edition, ...Object.fromEntries(fields.map((f) => [f.name, r[f.name] ?? null])) })));
    const built: BuiltSeries = {
      ...meta,
      url: `/seri/${id}/`,
      editions,
      fields: [{ name: 'edisi', title: 'Edisi', type: 'string', description: 'Edisi seri: label dokumen sumber baris ini.' }, ...fields],
      rows,
    };
    series.push(built);
    editionsOf.set(id, { ref: built, editions });
  }
  for (const s of known.keys())
    if (!members.has(s)) problems.push(problem({ file: file?.path ?? 'data/series.yml', severity: 'warning', message: `seri "${s}" belum punya edisi`, hint: 'Isi series dan edition di metadata dataset edisinya, atau hapus seri ini.' }));
  const withSeries = datasets.map((d) => {
    const s = seriesOf.get(d.slug);
    const built = s ? editionsOf.get(s.series) : undefined;
    if (!s || !built) return d;
    return { ...d, series: { id: built.ref.id, title: built.ref.title, url: built.ref.url }, edition: s.edition, editions: built.editions };
  });
  return { datasets: withSeries, series: series.sort((a, b) => a.id.localeCompare(b.id)), problems };
}
