import { z } from 'zod';
import { problem, type Problem, type TextFile } from '../../src/lib/core/problems.ts';
import { positionOf, validateYaml } from '../../src/lib/core/zod-problems.ts';
import { CoverageEntrySchema, type BuiltCoverage, type CoverageEntry } from '../../src/lib/documents/coverage-schema.ts';
import { didYouMean, useOneOf } from '../../src/lib/core/suggest.ts';


/**
 * Validates the coverage register (data/coverage/*.yml) against the documents
 * and datasets of the same build. Pure: the runner passes file contents in.
 */
export interface CoverageContext {
  /** Known documents by id: the source file name and its line count (undefined when the text is missing). */
  documents: ReadonlyMap<string, { file: string; lineCount: number | undefined }>;
  /** Known datasets by slug: where the figures come from and where the metadata lives. */
  datasets: ReadonlyMap<string, { document: string; table: string; file: string }>;
  /** Slugs of dataset files whose metadata could not be read (already reported; not "unknown"). */
  unreadable?: ReadonlySet<string>;
  /** Ids of documents.yml entries that failed validation (already reported). */
  brokenDocuments?: ReadonlySet<string>;
}

export interface CoverageResult {
  /** Every entry of every register, sorted by document, first line, last line, label. */
  entries: BuiltCoverage;
  problems: Problem[];
}

/** Labels are compared as printed, ignoring case and spacing: "Tabel  I.3" is "tabel I.3". */
const labelKey = (document: string, label: string) => `${document}\u0000${label.toLowerCase().replace(/\s+/g, ' ').trim()}`;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareEntries(a: CoverageEntry, b: CoverageEntry): number {
  return byText(a.document, b.document) || a.lines[0] - b.lines[0] || a.lines[1] - b.lines[1] || byText(a.label, b.label);
}

export function validateCoverage(files: readonly TextFile[], context: CoverageContext): CoverageResult {
  const problems: Problem[] = [];
  const entries: CoverageEntry[] = [];
  const labels = new Map<string, { file: string; line: number | undefined }>();
  const registered = new Set<string>();
  const documentsWithRegister = new Set<string>();
  const documentIds = [...context.documents.keys()];
  const slugs = [...context.datasets.keys()];

  for (const file of [...files].sort((a, b) => byText(a.path, b.path))) {
    const { value, parsed, problems: found } = validateYaml(z.array(CoverageEntrySchema), file.text, file.path);
    problems.push(...found);
    if (!value || !parsed) continue;
    value.forEach((entry, i) => {
      const at = (...path: Array<string | number>) => ({ file: file.path, ...positionOf(parsed, [i, ...path]) });
      entries.push(entry);
      documentsWithRegister.add(entry.document);

      const document = context.documents.get(entry.document);
      if (!document && context.brokenDocuments?.has(entry.document)) {
        // Its entry in data/documents.yml is already reported.
      } else if (!document) {
        problems.push(
          problem({
            ...at('document'),
            field: `[${i}].document`,
            message: `dokumen "${entry.document}" tidak dikenal`,
            hint: useOneOf('id', 'data/documents.yml', entry.document, documentIds),
          }),
        );
      } else if (document.lineCount !== undefined && entry.lines[1] > document.lineCount) {
        const [first, last] = entry.lines;
        problems.push(
          problem({
            ...at('lines'),
            field: `[${i}].lines`,
            message: `baris ${first}–${last} di luar dokumen ${entry.document}, yang hanya punya ${document.lineCount} baris`,
            hint: `Periksa nomor baris "${entry.label}" di data/sources/${document.file} (misalnya dengan grep -n "${entry.label}").`,
          }),
        );
      }

      const key = labelKey(entry.document, entry.label);
      const earlier = labels.get(key);
      const here = at('label');
      if (earlier) {
        problems.push(
          problem({
            ...here,
            field: `[${i}].label`,
            message: `label "${entry.label}" untuk dokumen ${entry.document} sudah tercatat di ${earlier.file}${earlier.line === undefined ? '' : ` baris ${earlier.line}`}`,
            hint: 'Setiap tabel/gambar dicatat sekali. Gabungkan kedua entri (daftarkan semua dataset-nya di "datasets"), atau bedakan labelnya bila memang tabel yang berbeda.',
          }),
        );
      } else {
        labels.set(key, { file: file.path, line: here.line });
      }

      const listed = new Set<string>();
      entry.datasets.forEach((slug, j) => {
        const where = { ...at('datasets', j), field: `[${i}].datasets[${j}]` };
        if (listed.has(slug)) {
          problems.push(problem({ ...where, message: `dataset "${slug}" disebut dua kali pada entri ini`, hint: 'Hapus salah satunya.' }));
          return;
        }
        listed.add(slug);
        registered.add(slug);
        const dataset = context.datasets.get(slug);
        if (!dataset) {
          if (context.unreadable?.has(slug)) return;
          problems.push(
            problem({
              ...where,
              message: `dataset "${slug}" tidak ada di data/datasets/`,
              hint: `Tulis slug dataset persis seperti nama berkasnya (tanpa .yml), atau buat dataset-nya dulu.${didYouMean(slug, slugs)}`,
            }),
          );
        } else if (document && context.documents.has(dataset.document) && dataset.document !== entry.document) {
          problems.push(
            problem({
              ...where,
              message: `dataset "${slug}" bersumber dari dokumen ${dataset.document}, bukan ${entry.document}`,
              hint: `Catat dataset ini pada entri "${dataset.table}" dokumen ${dataset.document}, atau perbaiki source.document di ${dataset.file}.`,
            }),
          );
        }
      });
    });
  }

  // A document that has a register must account for every dataset drawn from it.
  for (const [slug, dataset] of context.datasets) {
    if (!documentsWithRegister.has(dataset.document) || registered.has(slug)) continue;
    problems.push(
      problem({
        severity: 'warning',
        file: dataset.file,
        field: 'slug',
        message: `dataset "${slug}" belum tercatat di register cakupan dokumen ${dataset.document}`,
        hint: `Tambahkan "${slug}" ke "datasets" pada entri "${dataset.table}" di data/coverage/ (buat entrinya bila belum ada).`,
      }),
    );
  }

  return { entries: entries.sort(compareEntries), problems };
}
