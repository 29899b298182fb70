import { TEXT_LIMIT } from '../core/common-schema.ts';
import Papa from 'papaparse';
import { parseNumber } from '../core/numbers.ts';
import { problem, type Problem } from '../core/problems.ts';
import { didYouMean } from '../core/suggest.ts';
import type { AreaIndex } from '../kecamatan/wilayah.ts';
import type { DatasetMeta, FieldMeta, PublishedField, Row } from './schema.ts';

/**
 * The generic normaliser: a raw CSV transcribed as printed → tidy typed rows.
 * Pure: the runner reads the files and passes text in.
 */
export interface NormaliseInput {
  meta: DatasetMeta;
  csv: string;
  /** Path shown in messages, e.g. data/raw/lkpj-2023/tabel-i-3.csv */
  file: string;
  areas: AreaIndex;
}

export interface NormalisedTable {
  fields: PublishedField[];
  rows: Row[];
  /** Printed text of each numeric cell, for provenance verification: [rowIndex, field, text, line]. */
  printed: Array<{ row: number; field: string; text: string; line: number; column: number }>;
  missing: Array<{ row: number; field: string; reason: string }>;
  /** Source line number of each published row in the raw CSV. */
  rowLines: number[];
}

export const GENERATED = {
  kode_wilayah: {
    name: 'kode_wilayah',
    title: 'Kode wilayah (Kemendagri)',
    type: 'string',
    description: 'Kode wilayah resmi Kemendagri (Kota Binjai 12.75, kecamatan 12.75.xx, kelurahan 12.75.xx.xxxx) dari paket idn-area-data; dipakai untuk menggabungkan dataset.',
    generated: true,
  },
  baris_total: {
    name: 'baris_total',
    title: 'Baris jumlah',
    type: 'boolean',
    description: 'true bila baris ini adalah baris jumlah/total yang tercetak di tabel sumber (jangan dijumlahkan lagi dengan baris lain).',
    generated: true,
  },
} as const satisfies Record<string, PublishedField>;

function cellLines(rows: string[][]): number[] {
  // Line of each parsed row, counting newlines inside quoted cells.
  const lines: number[] = [];
  let line = 1;
  for (const r of rows) {
    lines.push(line);
    line += 1 + r.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  }
  return lines;
}

export function normaliseTable({ meta, csv, file, areas }: NormaliseInput): { table?: NormalisedTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const err = (p: Omit<Problem, 'severity' | 'file'>) => problems.push(problem({ file, ...p }));

  let text = csv;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    problems.push(
      problem({
        severity: 'warning',
        file,
        line: 1,
        column: 1,
        message: 'berkas diawali BOM UTF-8 (tanda tak terlihat dari Excel); BOM diabaikan',
        hint: 'Tidak wajib diperbaiki. Agar bersih, simpan sebagai "CSV UTF-8" tanpa BOM atau dengan editor teks biasa.',
      }),
    );
  }
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    const before = text.slice(0, cr).split('\n');
    problems.push(
      problem({
        severity: 'warning',
        file,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        message: 'akhir baris memakai CRLF (gaya Windows); dibaca sebagai LF',
        hint: 'Tidak wajib diperbaiki. Agar bersih, simpan dengan akhir baris LF (Unix).',
      }),
    );
    text = text.replace(/\r\n?/g, '\n');
  }
  if (text.trim() === '') {
    err({ line: 1, message: 'berkas CSV kosong', hint: 'Isi baris pertama dengan nama kolom, lalu satu baris per baris tabel sumber.' });
    return { problems };
  }

  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
  const all = parsed.data;
  const lines = cellLines(all);
  const reported = new Set<number>();
  for (const e of parsed.errors) {
    // Quote errors carry the offset just past the opening quote: point at that quote, and report each quote once.
    const quote = e.type === 'Quotes' && e.index !== undefined ? e.index - 1 : undefined;
    if (quote !== undefined && reported.has(quote)) continue;
    let where: { line?: number; column?: number } = e.row === undefined ? {} : { line: lines[e.row] ?? e.row + 1 };
    if (quote !== undefined) {
      reported.add(quote);
      const before = text.slice(0, quote);
      where = { line: before.split('\n').length, column: quote - before.lastIndexOf('\n') };
    }
    err({
      ...where,
      message:
        e.code === 'MissingQuotes'
          ? 'tanda kutip ganda (") yang dibuka di sini tidak pernah ditutup'
          : e.code === 'InvalidQuotes'
            ? 'tanda kutip ganda (") yang dibuka di sini tidak ditutup tepat di akhir sel'
            : `CSV tidak dapat dibaca (${e.code})`,
      hint: 'Sel yang berisi koma harus diapit tanda kutip ganda di kedua sisinya, contoh "1,035,369.00". Tambahkan kutip penutup sebelum koma pemisah sel berikutnya.',
    });
  }
  if (parsed.errors.length > 0) return { problems };

  const header = (all[0] ?? []).map((h) => h.trim());
  const declared = new Map(meta.fields.map((f) => [f.name, f]));
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (seen.has(h)) err({ line: 1, column: i + 1, field: h, message: `nama kolom "${h}" muncul dua kali`, hint: 'Setiap kolom harus punya nama unik.' });
    seen.add(h);
    if (!declared.has(h))
      err({
        line: 1,
        column: i + 1,
        field: h,
        message: h === '' ? `kolom ke-${i + 1} di baris judul tidak bernama` : `kolom "${h}" tidak dideklarasikan di metadata`,
        hint: `Tambahkan kolom ini ke "fields" di data/datasets/${meta.slug}.yml, atau perbaiki ejaannya. Kolom yang dikenal: ${[...declared.keys()].join(', ')}.${didYouMean(h, [...declared.keys()].filter((n) => !header.includes(n)))}`,
      });
  });
  for (const f of meta.fields) {
    if (!seen.has(f.name))
      err({
        line: 1,
        field: f.name,
        message: `kolom "${f.name}" ada di metadata tetapi tidak ada di baris judul CSV`,
        hint: `Tambahkan kolom "${f.name}" ke baris pertama CSV, atau hapus dari "fields" di metadata.`,
      });
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const spatialField = meta.fields.find((f) => f.type === 'kecamatan' || f.type === 'kelurahan');
  const published = meta.fields.filter((f) => f.publish);
  const decimals = new Map<string, number>();
  /** Numeric cells printed with "%" (`<row>/<field>`); their text and place are in `printed`. */
  const percentSign = new Set<string>();
  const rows: Row[] = [];
  const printed: NormalisedTable['printed'] = [];
  const missing: NormalisedTable['missing'] = [];
  const rowLines: number[] = [];

  for (let r = 1; r < all.length; r++) {
    const cells = all[r] ?? [];
    const line = lines[r] ?? r + 1;
    if (cells.length === 1 && (cells[0] ?? '').trim() === '') continue; // blank line
    if (cells.length !== header.length) {
      err({
        line,
        // Point at the first surplus cell, or where the first missing one should be.
        column: Math.min(cells.length, header.length) + 1,
        message: `baris ini punya ${cells.length} sel, padahal baris judul punya ${header.length} kolom`,
        hint: 'Samakan jumlah sel dengan jumlah kolom. Angka yang memuat koma harus diapit tanda kutip ganda, dan sel kosong tetap ditulis (",,").',
      });
      continue;
    }
    const row: Row = {};
    const rowIndex = rows.length;
    let isTotal = false;
    header.forEach((name, c) => {
      const f = declared.get(name) as FieldMeta;
      const raw = cells[c] ?? '';
      const column = c + 1;
      const value = parseCell(f, raw, meta, areas, (message, hint) => err({ line, column, field: name, message, hint }));
      if (value.kind === 'missing') {
        row[name] = null;
        if (f.publish) missing.push({ row: rowIndex, field: name, reason: value.reason });
      } else if (value.kind === 'number') {
        row[name] = value.value;
        decimals.set(name, Math.max(decimals.get(name) ?? 0, value.decimals));
        if (value.percent) percentSign.add(`${rowIndex}/${name}`);
        printed.push({ row: rowIndex, field: name, text: raw.trim(), line, column });
      } else if (value.kind === 'area') {
        row[name] = value.name;
        row.kode_wilayah = value.code;
      } else if (value.kind === 'text') {
        row[name] = value.value;
      }
      if (meta.total_row && meta.total_row.field === name && raw.trim() === meta.total_row.label) isTotal = true;
    });
    if (meta.total_row) row.baris_total = isTotal;
    rows.push(row);
    rowLines.push(line);
  }
  if (rows.length === 0 && !problems.some((p) => p.severity === 'error'))
    err({ line: 2, message: 'CSV hanya berisi baris judul, tanpa data', hint: 'Tambahkan baris data sesuai tabel sumber, mulai baris 2.' });
  if (meta.total_row && !rows.some((r) => r.baris_total === true) && !problems.some((p) => p.severity === 'error'))
    err({
      line: 1,
      column: header.indexOf(meta.total_row.field) + 1,
      field: meta.total_row.field,
      message: `baris total "${meta.total_row.label}" yang disebut di metadata tidak ditemukan di kolom "${meta.total_row.field}"`,
      hint: 'Salin baris jumlah dari tabel sumber persis seperti tercetak, atau perbaiki total_row.label di metadata.',
    });

  const units = cellUnits(meta, header, printed, percentSign, rows, err);
  if (problems.some((p) => p.severity === 'error')) return { problems };

  const fields: PublishedField[] = [];
  for (const f of published) {
    const out: PublishedField = { name: f.name, title: f.title, type: f.type, description: f.description };
    if (f.unit !== undefined) out.unit = f.unit;
    const d = decimals.get(f.name);
    if (d !== undefined) out.decimals = d;
    const companion = units.get(f.name);
    const unitField = companion?.name ?? declaredUnitField(meta, f);
    if (unitField !== undefined) out.unit_field = unitField;
    fields.push(out);
    if (companion) fields.push(companion);
    if (f === spatialField) fields.push({ ...GENERATED.kode_wilayah });
  }
  if (meta.total_row) fields.push({ ...GENERATED.baris_total });

  // Keep only published columns, in dictionary order.
  const names = fields.map((f) => f.name);
  const tidy = rows.map((row) => Object.fromEntries(names.map((n) => [n, row[n] ?? null])) as Row);
  return {
    table: { fields, rows: tidy, printed, missing, rowLines },
    problems,
  };
}

/**
 * The table's own per-row unit column of a numeric field: `unit_field` in the yml, or by name a text
 * column `satuan_<field>` (e.g. satuan_target beside target), the way tables transcribe it.
 */
export function declaredUnitField(meta: DatasetMeta, f: FieldMeta): string | undefined {
  if (f.unit_field !== undefined) return f.unit_field;
  if (f.type !== 'number' && f.type !== 'integer') return undefined;
  const byName = meta.fields.find((x) => x.name === `satuan_${f.name}` && x.type === 'string');
  return byName?.name;
}

/** Name of the generated column that keeps the "%" printed in each cell of a mixed column. */
export function unitColumnName(field: string): string {
  return `${field}_satuan`;
}

/**
 * Keeps the "%" a source prints in some cells of a column and not in others (target "85%" in one
 * row, 12 dokumen in the next): parsing drops the sign, so without this a reader could not tell
 * that 85 was a percentage. A column whose cells all carry "%" must say `unit: "%"`; a mixed
 * column either names the table's own unit column (`unit_field`, checked row by row) or gets a
 * generated companion column <name>_satuan ("%" or null). Returns those companion fields and
 * fills their values into `rows`.
 */
function cellUnits(
  meta: DatasetMeta,
  header: string[],
  printed: NormalisedTable['printed'],
  percentSign: ReadonlySet<string>,
  rows: Row[],
  err: (p: Omit<Problem, 'severity' | 'file'>) => void,
): Map<string, PublishedField> {
  const companions = new Map<string, PublishedField>();
  const declared = new Map(meta.fields.map((f) => [f.name, f]));
  const byField = Map.groupBy(printed, (p) => p.field);
  for (const f of meta.fields) {
    const cells = (byField.get(f.name) ?? []).map((p) => ({ ...p, percent: percentSign.has(`${p.row}/${p.field}`) }));
    const column = header.indexOf(f.name) + 1;
    const unitFieldName = declaredUnitField(meta, f);
    if (unitFieldName !== undefined) {
      const unitField = declared.get(unitFieldName);
      if (!unitField || unitField.type !== 'string' || unitFieldName === f.name) {
        err({
          line: 1,
          column,
          field: f.name,
          message: `unit_field "${unitFieldName}" pada kolom "${f.name}" bukan kolom teks di tabel ini`,
          hint: `Isi unit_field dengan nama kolom satuan (jenis string) di data/datasets/${meta.slug}.yml, contoh "satuan".${didYouMean(unitFieldName, meta.fields.filter((x) => x.type === 'string').map((x) => x.name))}`,
        });
        continue;
      }
      for (const c of cells) {
        const unit = rows[c.row]?.[unitFieldName];
        if (c.percent && unit !== '%')
          err({
            line: c.line,
            column: c.column,
            field: f.name,
            message: `"${c.text}" tercetak dengan %, tetapi kolom satuan "${unitFieldName}" di baris ini berisi ${unit === null || unit === undefined ? 'kosong' : `"${String(unit)}"`}`,
            hint: `Salin satuan baris ini persis seperti tercetak: bila angkanya persen, kolom "${unitFieldName}" harus berisi "%".`,
          });
      }
      continue;
    }
    const withSign = cells.filter((c) => c.percent);
    if (withSign.length === 0) continue;
    if (f.unit === '%' && withSign.length === cells.length) continue;
    if (f.unit !== undefined) {
      const first = withSign[0]!;
      err({
        line: first.line,
        column: first.column,
        field: f.name,
        message: `kolom "${f.name}" bersatuan "${f.unit}" tetapi "${first.text}" tercetak dengan %`,
        hint:
          f.unit === '%'
            ? `Sebagian sel kolom ini tercetak tanpa %. Hapus "unit" agar portal menerbitkan kolom ${unitColumnName(f.name)} yang mencatat % per sel, atau isi "unit_field" dengan kolom satuan tabel ini.`
            : `Periksa satuan kolom di data/datasets/${meta.slug}.yml: ganti "unit" menjadi "%" bila semua angkanya persen, atau hapus "unit" bila satuannya berbeda per baris.`,
      });
      continue;
    }
    const name = unitColumnName(f.name);
    if (declared.has(name)) {
      err({
        line: 1,
        column,
        field: f.name,
        message: `kolom "${f.name}" mencampur angka bertanda % dan tanpa %, tetapi nama kolom pendamping "${name}" sudah dipakai`,
        hint: `Isi "unit_field" kolom "${f.name}" dengan kolom satuan tabel ini, atau ganti nama kolom "${name}".`,
      });
      continue;
    }
    companions.set(f.name, {
      name,
      title: `Satuan tercetak: ${f.title}`,
      type: 'string',
      description: `"%" bila sumber mencetak angka kolom "${f.name}" di baris ini dengan tanda persen; kosong bila angkanya tercetak tanpa satuan (satuannya mengikuti indikator). Angka tercetak = ${f.name} diikuti isi kolom ini.`,
      generated: true,
    });
    const percentRows = new Set(withSign.map((c) => c.row));
    rows.forEach((row, i) => {
      row[name] = percentRows.has(i) ? '%' : null;
    });
  }
  return companions;
}

type CellResult =
  | { kind: 'missing'; reason: string }
  | { kind: 'number'; value: number; decimals: number; percent: boolean }
  | { kind: 'area'; name: string; code: string }
  | { kind: 'text'; value: string }
  | { kind: 'error' };

function parseCell(
  f: FieldMeta,
  raw: string,
  meta: DatasetMeta,
  areas: AreaIndex,
  fail: (message: string, hint: string) => void,
): CellResult {
  const text = raw.trim();
  switch (f.type) {
    case 'string':
      if (text.length > TEXT_LIMIT.long) {
        fail(
          `sel ini terlalu panjang: ${text.length.toLocaleString('id-ID')} karakter, paling banyak ${TEXT_LIMIT.long.toLocaleString('id-ID')}`,
          'Sel tabel berisi teks sel tabel sumber saja; uraian panjang ditulis di description atau notes pada metadata dataset.',
        );
        return { kind: 'error' };
      }
      return text === '' ? { kind: 'missing', reason: 'Sel kosong di sumber (tidak dilaporkan)' } : { kind: 'text', value: text };
    case 'year': {
      if (!/^\d{4}$/.test(text)) {
        fail(`"${raw}" bukan tahun empat angka`, 'Tulis tahun seperti 2023.');
        return { kind: 'error' };
      }
      return { kind: 'number', value: Number(text), decimals: 0, percent: false };
    }
    case 'kecamatan':
    case 'kelurahan': {
      const area = areas.find(f.type, text);
      const isTotalLabel = meta.total_row?.field === f.name && meta.total_row.label === text;
      if (!area) {
        if (isTotalLabel) return { kind: 'area', name: text, code: '12.75' };
        const names = areas.names(f.type).join(', ');
        fail(
          `${f.type} "${raw}" tidak dikenal dalam daftar resmi Kemendagri untuk Kota Binjai`,
          `Periksa ejaan. Nama yang dikenal: ${names}.`,
        );
        return { kind: 'error' };
      }
      return { kind: 'area', name: area.level === 'kota' ? text : area.name, code: area.code };
    }
    case 'integer':
    case 'number': {
      const style = f.number_format ?? meta.number_format;
      const p = parseNumber(raw, style);
      if (!p.ok) {
        fail(p.error, p.hint);
        return { kind: 'error' };
      }
      if (p.value === null) return { kind: 'missing', reason: p.reason };
      if (f.type === 'integer' && p.decimals > 0) {
        // 303.272 in an English-format table (or 303,272 in an Indonesian one) is a thousands separator misread as decimals.
        const otherStyle = style === 'en' ? /^[-(]?\d{1,3}(\.\d{3})+\)?%?$/ : /^[-(]?\d{1,3}(,\d{3})+\)?%?$/;
        const looksOther = otherStyle.test(text);
        fail(
          `"${raw}" berdesimal, padahal kolom "${f.name}" berisi bilangan bulat${looksOther ? ` (apakah ini format ${style === 'en' ? 'Indonesia, titik' : 'Inggris, koma'} sebagai pemisah ribuan?)` : ''}`,
          looksOther
            ? style === 'en'
              ? 'Tabel ini memakai format Inggris: tulis 303,272 (koma pemisah ribuan), bukan 303.272. Bila seluruh tabel memakai format Indonesia, set number_format: id.'
              : 'Tabel ini memakai format Indonesia: tulis 303.272 (titik pemisah ribuan), bukan 303,272. Bila seluruh tabel memakai format Inggris, set number_format: en.'
            : 'Periksa angka di sumber; ubah jenis kolom menjadi "number" bila memang berdesimal.',
        );
        return { kind: 'error' };
      }
      return { kind: 'number', value: p.value, decimals: p.decimals, percent: p.percent };
    }
  }
}
