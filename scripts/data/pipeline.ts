import { z } from 'zod';
import { hasErrors, problem, type Problem, type TextFile } from '../../src/lib/core/problems.ts';
import type { OfficerLink } from '../../src/lib/core/links.ts';
import { positionOf, validateYaml, zodProblems, type ParsedYaml } from '../../src/lib/core/zod-problems.ts';
import { DocumentSchema, AgencySchema, type DocumentMeta, type Agency } from '../../src/lib/documents/schema.ts';
import { DatasetMetaSchema, type BuiltDataset, type DatasetMeta } from '../../src/lib/datasets/schema.ts';
import type { BuiltCoverage } from '../../src/lib/documents/coverage-schema.ts';
import { didYouMean, useOneOf } from '../../src/lib/core/suggest.ts';
import type { Area, AreaIndex } from '../../src/lib/kecamatan/wilayah.ts';
import { normaliseTable, type NormalisedTable } from '../../src/lib/datasets/normalise.ts';
import { referencedDatasets, runCheck, type CheckTable } from './checks.ts';
import { validateCoverage } from './coverage.ts';
import { textLines } from './source-text.ts';
import { deriveTable, type DerivedTable } from './derived.ts';
import { IndicatorListSchema, type ResolvedIndicator } from '../../src/lib/indicators/schema.ts';
import { resolveIndicators } from '../../src/lib/indicators/resolve.ts';
import type { BudgetBuild } from '../../src/lib/budget/schema.ts';
import { applySeries, applyVersions, type BuiltSeries, type BuiltVersion, type ReleaseFiles } from './versions.ts';

/**
 * The whole data build as one pure function over file contents, so tests can
 * feed it fixtures. The CLI (build.ts) reads the disk and writes the result.
 */
export interface PipelineInput {
  documents: TextFile;
  agencies: TextFile;
  datasets: TextFile[];
  /** Raw CSVs by repository-relative path (data/raw/<document>/<file>.csv). */
  raw: ReadonlyMap<string, string>;
  /** Source texts by repository-relative path (data/sources/<file>.txt, the document's `file`). */
  sources: ReadonlyMap<string, string>;
  /** Coverage registers (data/coverage/*.yml). */
  coverage: TextFile[];
  /** The headline indicator registry (data/indicators.yml), resolved against the datasets. */
  indicators?: TextFile;
  /** Other files parsers read (scripts/data/derived.ts PARSER_FILES), by display path. */
  files?: ReadonlyMap<string, string>;
  areas: AreaIndex;
  /** Release date used when a dataset does not set `modified` (keeps builds reproducible). */
  defaultModified: string;
  /** Files that could not be read as text (a folder, bytes that are not UTF-8), found by the loader. */
  problems?: Problem[];
  /** Files officers uploaded to public/berkas/, by site path, with size and SHA-256 (written to data/build/berkas.json). */
  uploads?: ReadonlyMap<string, { bytes: number; sha256: string }>;
  /** Frozen versions (data/versi/): release records and frozen contents. */
  releases?: ReleaseFiles;
  /** Series of editions (data/series.yml), when the file exists. */
  series?: TextFile;
}

export interface PipelineOutput {
  documents: DocumentMeta[];
  agencies: Agency[];
  datasets: BuiltDataset[];
  /** Every frozen version of every dataset, oldest first per dataset. */
  versions: BuiltVersion[];
  series: BuiltSeries[];
  coverage: BuiltCoverage;
  indicators: ResolvedIndicator[];
  /** Kota Binjai's kecamatan and kelurahan with Kemendagri codes (for the editor's table check). */
  areas: readonly Area[];
  /** Uploaded files (public/berkas/), by site path. */
  uploads: ReadonlyMap<string, { bytes: number; sha256: string }>;
  /** Datasets and documents that exist but failed validation (already reported): others may name them without a second error. */
  failed: { datasets: string[]; documents: string[] };
  /** Internal links written in dataset metadata (explorer.url), checked against the built site. */
  links: OfficerLink[];
  /** The budget explorer data, from the same parse of LKPJ 2023 Lampiran I as its catalogue dataset. */
  budget?: BudgetBuild;
  problems: Problem[];
}

export function rawPathFor(meta: Pick<DatasetMeta, 'slug' | 'raw' | 'source'>): string {
  if (meta.raw?.startsWith('/data/raw/')) return meta.raw.slice(1); // uploaded in the browser editor
  return `data/raw/${meta.source.document}/${meta.raw ?? `${meta.slug}.csv`}`;
}

export function sourcePathFor(document: Pick<DocumentMeta, 'file'>): string {
  return `data/sources/${document.file}`;
}

/** Where a value sits in a YAML file, for messages: { line, column } (empty when unknown). */
type Locate = (path: Array<string | number>) => { line?: number; column?: number };

const locator = (parsed: ParsedYaml | undefined): Locate => (path) => (parsed ? positionOf(parsed, path) : {});

/**
 * A list file (documents, agencies): each entry is validated on its own, so one bad entry is
 * reported once and the others stay usable; `broken` holds the ids of entries that failed, so
 * files that refer to them are not reported a second time.
 */
function loadList<S extends z.ZodType>(schema: S, file: TextFile, what: string): { items: z.output<S>[]; at: Locate; broken: Set<string>; problems: Problem[] } {
  const { value, parsed, problems } = validateYaml(z.array(z.unknown(), { error: `${what}: berkas ini harus berupa daftar, setiap entri diawali "- "` }), file.text, file.path);
  const at = locator(parsed);
  const broken = new Set<string>();
  if (!value || !parsed) return { items: [], at, broken, problems };
  const items: z.output<S>[] = [];
  value.forEach((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) items.push(r.data);
    else {
      problems.push(...zodProblems(r.error, file.path, parsed, [i]));
      const key = raw && typeof raw === 'object' ? ((raw as { id?: unknown; slug?: unknown }).id ?? (raw as { slug?: unknown }).slug) : undefined;
      if (typeof key === 'string') broken.add(key);
    }
  });
  const ids = new Set<string>();
  (items as Array<{ id?: string; slug?: string }>).forEach((item, i) => {
    const key = item.id === undefined ? 'slug' : 'id';
    const id = item.id ?? item.slug ?? '';
    if (ids.has(id))
      problems.push(problem({ file: file.path, ...at([i, key]), field: `[${i}].${key}`, message: `${what} "${id}" tercatat dua kali`, hint: `Setiap entri harus punya ${key} unik; hapus atau ganti salah satunya.` }));
    ids.add(id);
  });
  return { items, at, broken, problems };
}

const compact = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** The caption label must stand within the cited lines (page headers may sit between caption and rows). */
function verifyProvenance(meta: DatasetMeta, file: string, sourceFile: string, source: string[] | undefined, at: Locate): Problem[] {
  if (!source) return [];
  const [first, last] = meta.source.lines;
  if (last > source.length)
    return [
      problem({
        file,
        ...at(['source', 'lines']),
        field: 'source.lines',
        message: `baris ${first}–${last} di luar dokumen ${meta.source.document}, yang hanya punya ${source.length} baris`,
        hint: `Periksa nomor baris "${meta.source.table}" di ${sourceFile} (misalnya dengan grep -n "${meta.source.table}").`,
      }),
    ];
  const span = compact(source.slice(first - 1, last).join(' '));
  if (!span.includes(compact(meta.source.table)))
    return [
      problem({
        file,
        ...at(['source', 'lines']),
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
  const problems: Problem[] = [...(input.problems ?? [])];
  const docs = loadList(DocumentSchema, input.documents, 'dokumen');
  const agencies = loadList(AgencySchema, input.agencies, 'instansi');
  problems.push(...docs.problems, ...agencies.problems);
  const docById = new Map(docs.items.map((d) => [d.id, d]));
  const agencyBySlug = new Map(agencies.items.map((a) => [a.slug, a]));
  const agencySlugs = [...agencyBySlug.keys()];
  const sourceLines = new Map<string, string[]>();
  docs.items.forEach((d, i) => {
    const sourcePath = sourcePathFor(d);
    const text = input.sources.get(sourcePath);
    if (text === undefined)
      problems.push(problem({ file: input.documents.path, ...docs.at([i, 'file']), field: `[${i}].file`, message: `teks sumber dokumen "${d.id}" (${sourcePath}) tidak ada`, hint: `Letakkan teks dokumen di ${sourcePath}, atau perbaiki isian "file".` }));
    else sourceLines.set(d.id, textLines(text));
    if (!agencyBySlug.has(d.publisher))
      problems.push(problem({ file: input.documents.path, ...docs.at([i, 'publisher']), field: `[${i}].publisher`, message: `penerbit "${d.publisher}" tidak ada di data/agencies.yml`, hint: `Tambahkan instansinya ke data/agencies.yml atau perbaiki ejaannya.${didYouMean(d.publisher, agencySlugs)}` }));
  });

  const metas: Array<{ meta: DatasetMeta; file: string; at: Locate }> = [];
  /** Every dataset whose metadata validated, for the coverage register (even if its table fails later). */
  const known = new Map<string, { document: string; table: string; file: string }>();
  /** Slugs (file names) of dataset files already reported as unreadable: the register may name them. */
  const unreadable = new Set<string>();
  for (const file of input.datasets) {
    const { value, parsed, problems: found } = validateYaml(DatasetMetaSchema, file.text, file.path);
    problems.push(...found);
    if (!value) {
      unreadable.add(file.path.replace(/^.*\//, '').replace(/\.yml$/, ''));
      continue;
    }
    const at = locator(parsed);
    const expectedName = `${value.slug}.yml`;
    if (!file.path.endsWith(`/${expectedName}`))
      problems.push(problem({ file: file.path, ...at(['slug']), field: 'slug', message: `slug "${value.slug}" tidak sama dengan nama berkas`, hint: `Ganti nama berkas menjadi ${expectedName}, atau samakan slug dengan nama berkas.` }));
    const previous = known.get(value.slug);
    if (previous) {
      problems.push(problem({ file: file.path, ...at(['slug']), field: 'slug', message: `slug "${value.slug}" sudah dipakai oleh ${previous.file}`, hint: 'Setiap dataset harus punya slug unik karena slug menjadi alamat halamannya; ganti slug salah satunya.' }));
      continue;
    }
    known.set(value.slug, { document: value.source.document, table: value.source.table, file: file.path });
    if (!agencyBySlug.has(value.publisher) && !agencies.broken.has(value.publisher))
      problems.push(problem({ file: file.path, ...at(['publisher']), field: 'publisher', message: `penerbit "${value.publisher}" tidak dikenal`, hint: useOneOf('slug', 'data/agencies.yml', value.publisher, agencySlugs) }));
    const names = new Set<string>();
    value.fields.forEach((f, i) => {
      if (names.has(f.name)) problems.push(problem({ file: file.path, ...at(['fields', i, 'name']), field: `fields[${i}].name`, message: `kolom "${f.name}" dideklarasikan dua kali`, hint: 'Hapus salah satunya.' }));
      names.add(f.name);
    });
    if (value.total_row && !names.has(value.total_row.field))
      problems.push(problem({ file: file.path, ...at(['total_row', 'field']), field: 'total_row.field', message: `total_row menunjuk kolom "${value.total_row.field}" yang tidak ada`, hint: `Isi dengan nama kolom yang memuat label baris jumlah.${didYouMean(value.total_row.field, names)}` }));
    const doc = docById.get(value.source.document);
    if (!doc && docs.broken.has(value.source.document)) continue; // its entry in documents.yml is already reported
    if (!doc) {
      // Without its document there is no raw folder or source text to check against: stop here, one message is enough.
      const ids = [...docById.keys()];
      problems.push(problem({ file: file.path, ...at(['source', 'document']), field: 'source.document', message: `dokumen "${value.source.document}" tidak dikenal`, hint: useOneOf('id', 'data/documents.yml', value.source.document, ids) }));
      continue;
    }
    problems.push(...verifyProvenance(value, file.path, sourcePathFor(doc), sourceLines.get(doc.id), at));
    metas.push({ meta: value, file: file.path, at });
  }

  const tables = new Map<string, { meta: DatasetMeta; file: string; table: NormalisedTable; at: Locate; parser?: DerivedTable['parser']; notes?: string[] }>();
  let budget: BudgetBuild | undefined;
  const incomplete = new Set<string>();
  for (const { meta, file, at } of metas) {
    if (meta.parser !== undefined) {
      const doc = docById.get(meta.source.document);
      const sourcePath = doc ? sourcePathFor(doc) : '';
      const source = input.sources.get(sourcePath);
      if (source === undefined) continue; // already reported with the document
      const { table, problems: found } = deriveTable({ meta, file, source, sourcePath, files: input.files ?? new Map() });
      problems.push(...found);
      if (table?.budget) budget = table.budget;
      if (table)
        tables.set(meta.slug, {
          meta,
          file,
          at,
          parser: table.parser,
          notes: table.notes,
          table: { fields: table.fields, rows: table.rows, missing: table.missing, printed: [], rowLines: [] },
        });
      continue;
    }
    const rawPath = rawPathFor(meta);
    const csv = input.raw.get(rawPath);
    if (csv === undefined) {
      problems.push(problem({ file, ...at(meta.raw === undefined ? ['slug'] : ['raw']), field: meta.raw === undefined ? 'slug' : 'raw', message: `berkas data mentah ${rawPath} tidak ada`, hint: 'Buat CSV-nya (salinan tabel sumber apa adanya), atau isi "raw" dengan nama berkas yang benar.' }));
      continue;
    }
    const { table, problems: found } = normaliseTable({ meta, csv, file: rawPath, areas: input.areas });
    problems.push(...found);
    if (!table) continue;
    problems.push(...verifyTokens(meta, table, rawPath, sourceLines.get(meta.source.document)));
    // Rows with errors were dropped: arithmetic on the rest would only repeat the same mistake as a false sum error.
    if (hasErrors(found)) incomplete.add(meta.slug);
    tables.set(meta.slug, { meta, file, table, at });
  }

  const checkTables = new Map<string, CheckTable>([...tables].map(([slug, t]) => [slug, { slug, fields: t.table.fields, rows: t.table.rows }]));
  const datasets: BuiltDataset[] = [];
  const links: OfficerLink[] = [];
  for (const [slug, { meta, file, table, at, parser, notes }] of tables) {
    if (incomplete.has(slug)) continue;
    const results = meta.checks.flatMap((check, i) => {
      if (referencedDatasets(check).some((other) => incomplete.has(other))) return [];
      const outcome = runCheck(check, { table: checkTables.get(slug) as CheckTable, others: checkTables });
      if (outcome.error)
        problems.push(
          problem({
            file,
            ...at(['checks', i]),
            field: `checks[${i}]`,
            message: outcome.error,
            hint:
              check.expect === 'fail'
                ? 'Hapus "expect: fail" dan "note" bila sumber ternyata konsisten.'
                : `Bandingkan angka di ${rawPathFor(meta)} dengan ${meta.source.document} baris ${meta.source.lines[0]}–${meta.source.lines[1]}. Bila sumber memang tidak konsisten, tambahkan "expect: fail" dan "note" yang menjelaskannya.`,
          }),
        );
      return [outcome.result];
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
        // Parsed datasets have no transcription: their raw material is the source text itself.
        raw_file: parser && doc ? sourcePathFor(doc) : rawPathFor(meta),
        ...(parser ? { parser } : {}),
      },
      temporal: meta.temporal,
      spatial: meta.spatial,
      license: meta.license,
      keywords: meta.keywords,
      fields: table.fields,
      checks: results,
      notes: [...meta.notes, ...(notes ?? [])],
      modified: meta.modified ?? input.defaultModified,
      rows: table.rows,
      missing: table.missing,
    };
    if (meta.publisher_via !== undefined) built.publisher_via = meta.publisher_via;
    if (meta.source.note !== undefined) built.source.note = meta.source.note;
    if (meta.charts !== undefined) built.charts = meta.charts;
    if (meta.explorer !== undefined) {
      built.explorer = meta.explorer;
      links.push({ url: meta.explorer.url, file, ...at(['explorer', 'url']), field: 'explorer.url' });
    }
    datasets.push(built);
  }
  datasets.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

  const coverage = validateCoverage(input.coverage, {
    documents: new Map(docs.items.map((d) => [d.id, { file: d.file, lineCount: sourceLines.get(d.id)?.length }])),
    datasets: known,
    unreadable,
    brokenDocuments: docs.broken,
  });
  problems.push(...coverage.problems);
  const built = new Set(datasets.map((d) => d.slug));
  const failed = new Set([...known.keys(), ...unreadable].filter((slug) => !built.has(slug)));
  // Editions of a series, then frozen versions: release metadata on each dataset, not part of its content.
  const seriesOf = new Map(metas.flatMap(({ meta, file }) => (meta.series !== undefined && meta.edition !== undefined ? [[meta.slug, { series: meta.series, edition: meta.edition, file }] as const] : [])));
  const editions = applySeries(datasets, input.series, seriesOf);
  const released = applyVersions(editions.datasets, input.releases ?? { ledgers: [], frozen: [] }, failed);
  problems.push(...editions.problems, ...released.problems);
  const indicators = input.indicators ? checkIndicators(input.indicators, datasets, failed) : { indicators: [], problems: [] };
  problems.push(...indicators.problems);
  return { documents: docs.items, agencies: agencies.items, datasets: released.datasets, versions: released.versions, series: editions.series, coverage: coverage.entries, indicators: indicators.indicators, links, areas: input.areas.areas, uploads: input.uploads ?? new Map(), failed: { datasets: [...failed].sort(), documents: [...docs.broken].sort() }, ...(budget ? { budget } : {}), problems };
}

/** The indicator registry: validated, then every number read from a built dataset row. */
function checkIndicators(file: TextFile, datasets: readonly BuiltDataset[], failed: ReadonlySet<string>): { indicators: ResolvedIndicator[]; problems: Problem[] } {
  const { value, parsed, problems } = validateYaml(IndicatorListSchema, file.text, file.path);
  if (!value) return { indicators: [], problems };
  const at = locator(parsed);
  return resolveIndicators(value, datasets, file.path, (path) => at(path).line, failed);
}
