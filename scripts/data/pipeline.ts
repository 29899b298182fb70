import { z } from 'zod';
import { problem, type Problem } from '../../src/lib/problems.ts';
import { validateYaml } from '../../src/lib/zod-problems.ts';
import { DocumentSchema, AgencySchema, type DocumentMeta, type Agency } from '../../src/lib/schemas/document.ts';
import { DatasetMetaSchema, type BuiltDataset, type DatasetMeta } from '../../src/lib/schemas/dataset.ts';
import type { AreaIndex } from '../../src/lib/wilayah.ts';
import { normaliseTable, type NormalisedTable } from './normalise.ts';
import { runCheck, type CheckTable } from './checks.ts';

/**
 * The whole data build as one pure function over file contents, so tests can
 * feed it fixtures. The CLI (build.ts) reads the disk and writes the result.
 */
export interface TextFile {
  /** Repository-relative path, shown in messages. */
  path: string;
  text: string;
}

export interface PipelineInput {
  documents: TextFile;
  agencies: TextFile;
  datasets: TextFile[];
  /** Raw CSVs by repository-relative path (data/raw/<document>/<file>.csv). */
  raw: ReadonlyMap<string, string>;
  /** Source texts by document id. */
  sources: ReadonlyMap<string, string>;
  areas: AreaIndex;
  /** Release date used when a dataset does not set `modified` (keeps builds reproducible). */
  defaultModified: string;
}

export interface PipelineOutput {
  documents: DocumentMeta[];
  agencies: Agency[];
  datasets: BuiltDataset[];
  problems: Problem[];
}

export function rawPathFor(meta: Pick<DatasetMeta, 'slug' | 'raw' | 'source'>): string {
  return `data/raw/${meta.source.document}/${meta.raw ?? `${meta.slug}.csv`}`;
}

function loadList<S extends z.ZodType>(schema: S, file: TextFile, what: string): { items: z.output<S>[]; problems: Problem[] } {
  const { value, problems } = validateYaml(z.array(schema), file.text, file.path);
  if (!value) return { items: [], problems };
  const ids = new Set<string>();
  for (const item of value as Array<{ id?: string; slug?: string }>) {
    const id = item.id ?? item.slug ?? '';
    if (ids.has(id))
      problems.push(problem({ file: file.path, message: `${what} "${id}" tercatat dua kali`, hint: 'Setiap entri harus punya id unik.' }));
    ids.add(id);
  }
  return { items: value, problems };
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, '').replace(/\.(?=\d)/g, '.');

/** The caption label must stand within the cited lines (page headers may sit between caption and rows). */
function verifyProvenance(meta: DatasetMeta, file: string, source: string[] | undefined, line: number | undefined): Problem[] {
  if (!source) return [];
  const [first, last] = meta.source.lines;
  if (last > source.length)
    return [
      problem({
        file,
        line,
        field: 'source.lines',
        message: `baris ${first}–${last} di luar dokumen ${meta.source.document}, yang hanya punya ${source.length} baris`,
        hint: `Periksa nomor baris di data/sources/ (lihat dengan: sed -n '${first},${Math.min(last, source.length)}p').`,
      }),
    ];
  const span = normalise(source.slice(first - 1, last).join(' '));
  if (!span.includes(normalise(meta.source.table)))
    return [
      problem({
        file,
        line,
        field: 'source.table',
        message: `label "${meta.source.table}" tidak ditemukan di ${meta.source.document} baris ${first}–${last}`,
        hint: 'Pastikan source.lines mencakup judul tabel/gambar dan source.table ditulis persis seperti tercetak.',
      }),
    ];
  return [];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every printed number must stand, as printed, within the cited source lines. */
function verifyTokens(meta: DatasetMeta, table: NormalisedTable, rawPath: string, source: string[] | undefined): Problem[] {
  if (!source || !meta.verify_tokens) return [];
  const [first, last] = meta.source.lines;
  const span = source.slice(first - 1, last).join('\n');
  const problems: Problem[] = [];
  const cache = new Map<string, boolean>();
  for (const p of table.printed) {
    let found = cache.get(p.text);
    if (found === undefined) {
      found = new RegExp(`(?<![0-9A-Za-z.,])${escapeRegExp(p.text)}(?![0-9]|[.,][0-9])`).test(span);
      cache.set(p.text, found);
    }
    if (!found)
      problems.push(
        problem({
          file: rawPath,
          line: p.line,
          column: p.column,
          field: p.field,
          message: `nilai "${p.text}" tidak ditemukan di ${meta.source.document} baris ${first}–${last} (${meta.source.table})`,
          hint: 'Salin angka persis seperti tercetak di sumber (termasuk koma, titik, dan %). Bila tabel sengaja direkonstruksi, set verify_tokens: false dan jelaskan di notes.',
        }),
      );
  }
  return problems;
}

export function runPipeline(input: PipelineInput): PipelineOutput {
  const problems: Problem[] = [];
  const docs = loadList(DocumentSchema, input.documents, 'dokumen');
  const agencies = loadList(AgencySchema, input.agencies, 'instansi');
  problems.push(...docs.problems, ...agencies.problems);
  const docById = new Map(docs.items.map((d) => [d.id, d]));
  const agencyBySlug = new Map(agencies.items.map((a) => [a.slug, a]));
  for (const d of docs.items) {
    if (!input.sources.has(d.id))
      problems.push(problem({ file: input.documents.path, field: d.id, message: `teks sumber untuk dokumen "${d.id}" tidak ada`, hint: `Letakkan teksnya di data/sources/${d.file}.` }));
    if (!agencyBySlug.has(d.publisher))
      problems.push(problem({ file: input.documents.path, field: d.id, message: `penerbit "${d.publisher}" tidak ada di data/agencies.yml`, hint: 'Tambahkan instansinya ke data/agencies.yml atau perbaiki ejaannya.' }));
  }
  const sourceLines = new Map([...input.sources].map(([id, text]) => [id, text.split('\n')]));

  const metas: Array<{ meta: DatasetMeta; file: string; line: (path: string[]) => number | undefined }> = [];
  const slugFiles = new Map<string, string>();
  for (const file of input.datasets) {
    const { value, parsed, problems: found } = validateYaml(DatasetMetaSchema, file.text, file.path);
    problems.push(...found);
    if (!value) continue;
    const line = (path: string[]) => {
      const node = parsed?.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      return node?.range ? parsed?.lineCounter.linePos(node.range[0]).line : undefined;
    };
    const expectedName = `${value.slug}.yml`;
    if (!file.path.endsWith(`/${expectedName}`))
      problems.push(problem({ file: file.path, line: line(['slug']), field: 'slug', message: `slug "${value.slug}" tidak sama dengan nama berkas`, hint: `Ganti nama berkas menjadi ${expectedName}, atau samakan slug dengan nama berkas.` }));
    const previous = slugFiles.get(value.slug);
    if (previous) {
      problems.push(problem({ file: file.path, line: line(['slug']), field: 'slug', message: `slug "${value.slug}" sudah dipakai oleh ${previous}`, hint: 'Setiap dataset harus punya slug unik karena slug menjadi alamat halamannya.' }));
      continue;
    }
    slugFiles.set(value.slug, file.path);
    if (!docById.has(value.source.document))
      problems.push(problem({ file: file.path, line: line(['source', 'document']), field: 'source.document', message: `dokumen "${value.source.document}" tidak dikenal`, hint: `Pakai salah satu id di data/documents.yml: ${[...docById.keys()].join(', ')}.` }));
    if (!agencyBySlug.has(value.publisher))
      problems.push(problem({ file: file.path, line: line(['publisher']), field: 'publisher', message: `penerbit "${value.publisher}" tidak dikenal`, hint: `Pakai salah satu slug di data/agencies.yml: ${[...agencyBySlug.keys()].join(', ')}.` }));
    const names = new Set<string>();
    value.fields.forEach((f, i) => {
      if (names.has(f.name)) problems.push(problem({ file: file.path, line: line(['fields', String(i), 'name']), field: `fields[${i}].name`, message: `kolom "${f.name}" dideklarasikan dua kali`, hint: 'Hapus salah satunya.' }));
      names.add(f.name);
    });
    if (value.total_row && !names.has(value.total_row.field))
      problems.push(problem({ file: file.path, line: line(['total_row', 'field']), field: 'total_row.field', message: `total_row menunjuk kolom "${value.total_row.field}" yang tidak ada`, hint: 'Isi dengan nama kolom yang memuat label baris jumlah.' }));
    problems.push(...verifyProvenance(value, file.path, sourceLines.get(value.source.document), line(['source', 'lines'])));
    metas.push({ meta: value, file: file.path, line });
  }

  const tables = new Map<string, { meta: DatasetMeta; file: string; table: NormalisedTable; line: (p: string[]) => number | undefined }>();
  for (const { meta, file, line } of metas) {
    const rawPath = rawPathFor(meta);
    const csv = input.raw.get(rawPath);
    if (csv === undefined) {
      problems.push(problem({ file, line: line(['slug']), message: `berkas data mentah ${rawPath} tidak ada`, hint: 'Buat CSV-nya (salinan tabel sumber apa adanya), atau isi "raw" dengan nama berkas yang benar.' }));
      continue;
    }
    const { table, problems: found } = normaliseTable({ meta, csv, file: rawPath, areas: input.areas });
    problems.push(...found);
    if (!table) continue;
    problems.push(...verifyTokens(meta, table, rawPath, sourceLines.get(meta.source.document)));
    tables.set(meta.slug, { meta, file, table, line });
  }

  const checkTables = new Map<string, CheckTable>([...tables].map(([slug, t]) => [slug, { slug, fields: t.table.fields, rows: t.table.rows }]));
  const datasets: BuiltDataset[] = [];
  for (const [slug, { meta, file, table, line }] of tables) {
    const results = meta.checks.map((check, i) => {
      const outcome = runCheck(check, { table: checkTables.get(slug) as CheckTable, others: checkTables });
      if (outcome.error)
        problems.push(
          problem({
            file,
            line: line(['checks', String(i)]),
            field: `checks[${i}]`,
            message: outcome.error,
            hint:
              check.expect === 'fail'
                ? 'Hapus "expect: fail" dan "note" bila sumber ternyata konsisten.'
                : 'Periksa salinan angka di CSV terhadap sumber. Bila sumber memang tidak konsisten, tambahkan "expect: fail" dan "note" yang menjelaskannya.',
          }),
        );
      return outcome.result;
    });
    const doc = docById.get(meta.source.document);
    const agency = agencyBySlug.get(meta.publisher);
    const built: BuiltDataset = {
      slug,
      title: meta.title,
      description: meta.description,
      topic: meta.topic,
      publisher: meta.publisher,
      publisher_name: agency?.name ?? meta.publisher,
      source: {
        document: meta.source.document,
        document_title: doc?.title ?? meta.source.document,
        table: meta.source.table,
        lines: meta.source.lines,
        raw_file: rawPathFor(meta),
      },
      temporal: meta.temporal,
      spatial: meta.spatial,
      license: meta.license,
      keywords: meta.keywords,
      fields: table.fields,
      checks: results,
      notes: meta.notes,
      modified: meta.modified ?? input.defaultModified,
      rows: table.rows,
      missing: table.missing,
    };
    if (meta.publisher_via !== undefined) built.publisher_via = meta.publisher_via;
    if (meta.source.note !== undefined) built.source.note = meta.source.note;
    if (meta.charts !== undefined) built.charts = meta.charts;
    datasets.push(built);
  }
  datasets.sort((a, b) => a.slug.localeCompare(b.slug));
  return { documents: docs.items, agencies: agencies.items, datasets, problems };
}
