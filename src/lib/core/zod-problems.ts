import { z } from 'zod';
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { problem, type Problem } from './problems.ts';

z.config(z.locales.id());

/**
 * Turn zod issues on a YAML (or front-matter) file into Problems that point at
 * the exact line and column of the offending value, with a fix in Indonesian.
 * Modelled on Starlight's friendly error map: say what is wrong in words the
 * editor of the file uses, not zod's internals.
 */
export interface ParsedYaml {
  data: unknown;
  doc: Document;
  lineCounter: LineCounter;
  /** Line offset when the YAML is front matter inside a larger file. */
  lineOffset: number;
}

export function parseYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Only the first syntax error: the parser's later errors are nearly always its own confusion after the first.
    return {
      problems: doc.errors.slice(0, 1).map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return problem({
          file,
          line: pos.line + lineOffset,
          column: pos.col,
          message: `YAML tidak dapat dibaca: ${yamlErrorText(e.code, e.message)}`,
          hint: 'Periksa indentasi (pakai spasi, bukan tab), tanda titik dua setelah nama isian, dan tanda kutip yang berpasangan.',
        });
      }),
    };
  }
  try {
    return { parsed: { data: doc.toJS({ maxAliasCount: 50 }), doc, lineCounter, lineOffset }, problems: [] };
  } catch (e) {
    // yaml refuses an "alias bomb" (&a [*a, *a, …] nested) instead of expanding it exponentially.
    const aliases = /alias/i.test(e instanceof Error ? e.message : '');
    return {
      problems: [
        problem({
          file,
          line: 1 + lineOffset,
          message: aliases ? 'YAML memakai alias (&nama dan *nama) terlalu banyak atau bersarang, sehingga isinya membengkak' : `YAML tidak dapat dibaca: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
          hint: aliases ? 'Tulis setiap nilai apa adanya tanpa & dan *; berkas data portal tidak memerlukan alias.' : 'Periksa indentasi (pakai spasi, bukan tab), tanda titik dua setelah nama isian, dan tanda kutip yang berpasangan.',
        }),
      ],
    };
  }
}

function yamlErrorText(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'nama isian yang sama muncul dua kali',
    TAB_AS_INDENT: 'indentasi memakai tab',
    BAD_INDENT: 'indentasi tidak konsisten',
    MISSING_CHAR: 'ada tanda yang hilang (kutip atau kurung penutup)',
    BLOCK_AS_IMPLICIT_KEY: 'baris sebelumnya belum selesai (mungkin kurang tanda kutip atau titik dua)',
    MULTILINE_IMPLICIT_KEY: 'nama isian terpotong ke beberapa baris',
    UNEXPECTED_TOKEN: 'ada tanda yang tidak diharapkan',
  };
  return known[code] ?? message.split('\n')[0] ?? code;
}

function nodeAt(doc: Document, path: readonly PropertyKey[]): { node: Node | undefined; exact: boolean } {
  const keys = path.map((k) => (typeof k === 'symbol' ? String(k) : k)) as Array<string | number>;
  for (let n = keys.length; n >= 0; n--) {
    const node = doc.getIn(keys.slice(0, n), true) as Node | undefined;
    if (node && (node as { range?: unknown }).range) return { node, exact: n === keys.length };
  }
  return { node: undefined, exact: false };
}

/**
 * Line and column (1-based) of the YAML value at `path`, or of its nearest
 * ancestor when the value itself is absent (a missing key points at its map).
 */
export function positionOf(y: ParsedYaml, path: readonly PropertyKey[]): { line?: number; column?: number } {
  const offset = nodeAt(y.doc, path).node?.range?.[0];
  if (offset === undefined) return {};
  const pos = y.lineCounter.linePos(offset);
  return { line: pos.line + y.lineOffset, column: pos.col };
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
}

const TYPE_EXAMPLE: Record<string, string> = {
  string: 'teks, misalnya judul: Penduduk Kota Binjai (beri tanda kutip bila teksnya memuat titik dua atau diawali tanda khusus)',
  number: 'angka tanpa tanda kutip, misalnya 2023 atau 12.5',
  int: 'bilangan bulat tanpa tanda kutip, misalnya 2023',
  boolean: 'true atau false',
  array: 'daftar: setiap butir di baris sendiri diawali "- ", atau [a, b]',
  object: 'isian bertingkat: nama isian di baris berikutnya, menjorok dua spasi',
};

/** What to write instead, in words: every hint names the concrete form the value must take. */
function hintFor(issue: z.core.$ZodIssue, missing: boolean): string {
  if (missing) return `Tambahkan isian "${String(issue.path.at(-1))}" (lihat contoh di CONTRIBUTING.md).`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Hapus isian yang tidak dikenal atau perbaiki ejaannya: ${issue.keys.join(', ')}.`;
    case 'invalid_value':
      return `Tulis salah satu nilai ini persis seperti tertulis: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'invalid_type':
      return `Isi dengan ${TYPE_EXAMPLE[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? `Tulis paling sedikit ${String(issue.minimum)} karakter.`
        : issue.origin === 'array'
          ? `Daftar ini perlu paling sedikit ${String(issue.minimum)} butir.`
          : `Tulis nilai paling kecil ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `Persingkat menjadi paling banyak ${String(issue.maximum)} karakter; uraian panjang ditulis di deskripsi atau dokumen terlampir.`
        : issue.origin === 'array'
          ? `Kurangi daftar ini menjadi paling banyak ${String(issue.maximum)} butir.`
          : `Tulis nilai paling besar ${String(issue.maximum)}.`;
    case 'invalid_format':
      return issue.format === 'regex' ? `Tulis ulang nilainya dalam bentuk ini: ${issue.message}.` : `Tulis nilai berformat ${issue.format} yang sah.`;
    case 'custom': {
      // Schemas attach the fix to their own refinements: .refine(fn, { error, params: { hint } }).
      const hint = (issue.params as { hint?: unknown } | undefined)?.hint;
      return typeof hint === 'string' ? hint : `Ubah nilai ini: ${issue.message}.`;
    }
    default:
      return `Ubah nilai ini: ${issue.message}.`;
  }
}

/** `prefix`: where the validated value sits in the YAML file (e.g. [3] for the fourth list entry). */
export function zodProblems(error: z.ZodError, file: string, y?: ParsedYaml, prefix: readonly PropertyKey[] = []): Problem[] {
  return error.issues.map((raw) => {
    const issue = prefix.length > 0 ? { ...raw, path: [...prefix, ...raw.path] } : raw;
    const { line, column } = y ? positionOf(y, issue.path) : {};
    const exact = y ? nodeAt(y.doc, issue.path).exact : false;
    const missing = issue.code === 'invalid_type' && !exact && issue.path.length > 0 && (issue as { input?: unknown }).input === undefined;
    const where = issue.path.length ? pathText(issue.path) : '(berkas)';
    const message = missing ? `isian "${where}" wajib ada tetapi tidak ditemukan` : `isian "${where}": ${issue.message}`;
    return problem({ file, line, column, field: issue.path.length ? where : undefined, message, hint: hintFor(issue, missing) });
  });
}

/** Parse YAML text and validate it with a schema in one step. */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  text: string,
  file: string,
  lineOffset = 0,
): { value?: z.output<S>; parsed?: ParsedYaml; problems: Problem[] } {
  const { parsed, problems } = parseYaml(text, file, lineOffset);
  if (!parsed) return { problems };
  const result = schema.safeParse(parsed.data);
  if (!result.success) return { parsed, problems: zodProblems(result.error, file, parsed) };
  return { value: result.data, parsed, problems: [] };
}

