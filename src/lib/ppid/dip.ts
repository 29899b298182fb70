import { z } from 'zod';
import { problem, type Problem, type TextFile } from '../core/problems.ts';
import { positionOf, validateYaml, type ParsedYaml } from '../core/zod-problems.ts';
import { toCsv } from '../core/csv.ts';
import { topicTitle } from '../datasets/topics.ts';
import { datasetUrl, fileUrl } from '../datasets/urls.ts';
import type { BuiltDataset, CellValue } from '../datasets/schema.ts';
import type { Agency, DocumentMeta } from '../documents/schema.ts';
import { isInternal, type OfficerLink } from '../core/links.ts';
import { MEDIA_TYPES, UPLOAD } from '../core/uploads.ts';
import { missingTarget, type SiteRoutes } from '../core/routes.ts';
import {
  DIP_KATEGORI,
  DipEntrySchema,
  DipRowSchema,
  KATEGORI_LABEL,
  type DipEntryFile,
  type DipKategori,
  type DipRow,
} from './schema.ts';

/**
 * The Daftar Informasi Publik as pure functions: parse officers' entry files,
 * check their references, turn every dataset into a row, and serialise.
 * No I/O here: scripts/periksa.ts, the content config and pages call these.
 */

/** A validated entry file, as stored in the `dip` content collection. */
export interface DipFileEntry {
  id: string;
  file: string;
  entry: DipEntryFile;
}

export interface ParsedDipFile extends DipFileEntry {
  parsed: ParsedYaml;
}

const FILE_NAME = /^content\/dip\/([a-z0-9]+(?:-[a-z0-9]+)*)\.ya?ml$/;

/** Validate one content/dip/<id>.yml file; problems point at file, line and column. */
export function parseDipFile(file: TextFile): { value?: ParsedDipFile; problems: Problem[] } {
  const name = file.path.split('/').pop() ?? file.path;
  const id = name.replace(/\.ya?ml$/, '');
  const problems: Problem[] = [];
  if (!FILE_NAME.test(`content/dip/${name}`))
    problems.push(
      problem({
        file: file.path,
        message: `nama berkas "${name}" tidak bisa dipakai sebagai alamat entri`,
        hint: 'Ganti nama berkas dengan huruf kecil, angka, dan tanda hubung saja, diakhiri .yml, contoh "profil-diskominfo.yml".',
      }),
    );
  const result = validateYaml(DipEntrySchema, file.text, file.path);
  problems.push(...firstPerValue(result.problems).map(withDipHint));
  if (!result.value || !result.parsed || problems.length > 0) return { problems };
  return { value: { id, file: file.path, entry: result.value, parsed: result.parsed }, problems };
}

/** Fixes written for the fields officers get wrong most, by field name (see docs/panduan-ppid.md). */
const FIELD_HINTS: Record<string, string> = {
  kategori: `Tulis salah satu dari: ${DIP_KATEGORI.join(', ')} (huruf kecil, dengan tanda hubung).`,
  tanggal_penetapan: 'Tulis tanggal yang ada di kalender dengan format TTTT-BB-HH, contoh 2024-03-31.',
  tanggal_pembaruan: 'Tulis tanggal yang ada di kalender dengan format TTTT-BB-HH, contoh 2024-03-31, tidak lebih awal dari tanggal_penetapan.',
  waktu_pembuatan: 'Tulis tahun (2024), tahun-bulan (2024-03), atau tanggal (2024-03-31).',
  bentuk_informasi: 'Tulis sebagai daftar: [softcopy], [hardcopy], atau [softcopy, hardcopy].',
  jenis_media: 'Tulis sebagai daftar, contoh [situs-web, dataset]; pilihan: situs-web, dataset, berkas-pdf, dokumen-cetak, papan-pengumuman, media-sosial.',
  instansi: 'Tulis slug instansi dari data/agencies.yml, contoh diskominfo.',
  dasar_hukum_pengecualian: 'Sebutkan pasal yang dipakai, contoh "UU 14/2008 Pasal 17 huruf h".',
  uji_konsekuensi: 'Ringkas hasil uji konsekuensi: akibat bila informasi dibuka dan mengapa menutupnya melindungi kepentingan yang lebih besar.',
};

/** One message per bad value: a date like "22/11/2026" fails both the format and the calendar check. */
function firstPerValue(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function withDipHint(p: Problem): Problem {
  const key = p.field?.split(/[.[]/)[0] ?? '';
  const missing = p.message.includes('wajib ada tetapi tidak ditemukan');
  const hint = !missing && FIELD_HINTS[key] ? FIELD_HINTS[key] : p.hint.replace('CONTRIBUTING.md', 'docs/panduan-ppid.md');
  return { ...p, hint };
}

/** Line of a key in a parsed YAML file (for cross-reference problems). */
export interface DipContext {
  agencies: readonly Agency[];
  datasets: ReadonlyArray<Pick<BuiltDataset, 'slug'>>;
  /** The pages and files the site will have (src/lib/core/routes.ts); internal links must be among them. */
  routes: SiteRoutes;
  /** Files uploaded to public/berkas/, with their size. */
  uploads: UploadedFiles;
}

/** Checks that need the rest of the portal: agency slugs, link targets, id clashes with datasets. */
export function checkDipReferences(files: readonly ParsedDipFile[], ctx: DipContext): Problem[] {
  const problems: Problem[] = [];
  const agencies = new Set(ctx.agencies.map((a) => a.slug));
  const datasets = new Set(ctx.datasets.map((d) => d.slug));
  const seen = new Map<string, string>();
  for (const f of files) {
    const first = seen.get(f.id);
    if (first)
      problems.push(
        problem({
          file: f.file,
          message: `entri "${f.id}" sudah ada di ${first}`,
          hint: 'Setiap entri DIP satu berkas dengan nama unik; hapus salah satunya.',
        }),
      );
    seen.set(f.id, f.file);
    if (!agencies.has(f.entry.instansi))
      problems.push(
        problem({
          file: f.file,
          ...positionOf(f.parsed, ['instansi']),
          field: 'instansi',
          message: `instansi "${f.entry.instansi}" tidak ada di data/agencies.yml`,
          hint: `Pakai slug instansi yang terdaftar, misalnya: ${[...agencies].slice(0, 6).join(', ')}. Instansi baru ditambahkan dulu ke data/agencies.yml.`,
        }),
      );
    if (datasets.has(f.id))
      problems.push(
        problem({
          file: f.file,
          message: `nama berkas "${f.id}" sama dengan slug dataset; setiap dataset sudah otomatis menjadi entri DIP`,
          hint: 'Hapus berkas ini (entrinya sudah dibuat dari dataset) atau beri nama lain bila isinya memang berbeda.',
        }),
      );
    f.entry.tautan.forEach((t, i) => {
      if (!isInternal(t.url)) return;
      const missing = missingTarget(t.url, ctx.routes);
      if (missing)
        problems.push(
          problem({
            file: f.file,
            ...positionOf(f.parsed, ['tautan', i, 'url']),
            field: `tautan[${i}].url`,
            message: `tautan "${t.url}" menuju halaman atau berkas yang tidak ada: ${missing}`,
            hint: t.url.startsWith('/berkas/')
              ? `Unggah berkasnya ke folder public/berkas/ dengan nama persis ${t.url.slice('/berkas/'.length)}, atau perbaiki nama berkas di tautan ini.`
              : 'Salin alamat dari bilah alamat peramban saat membuka halaman itu di portal (tanpa nama situs), diakhiri garis miring "/".',
          }),
        );
    });
    f.entry.lampiran.forEach((l, i) => {
      const at = { file: f.file, ...positionOf(f.parsed, ['lampiran', i, 'berkas']), field: `lampiran[${i}].berkas` };
      const info = ctx.uploads.get(l.berkas);
      if (!info)
        problems.push(
          problem({
            ...at,
            message: `berkas lampiran ${l.berkas} tidak ada di public${l.berkas}`,
            hint: `Unggah berkasnya lewat editor (/admin/), atau taruh di folder public${UPLOAD.publicFolder}/ dengan nama persis ${l.berkas.slice(UPLOAD.publicFolder.length + 1)}.`,
          }),
        );
      else if (info.bytes > UPLOAD.maxMegabytes * 1024 * 1024)
        problems.push(
          problem({
            ...at,
            message: `berkas lampiran ${l.berkas} berukuran ${(info.bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB, lebih dari batas ${UPLOAD.maxMegabytes} MB`,
            hint: 'Perkecil berkasnya (misalnya simpan ulang PDF dengan kualitas gambar lebih rendah), atau bagi menjadi beberapa berkas.',
          }),
        );
    });
  }
  return problems;
}

/** Every link of the officers' DIP entries, for the check against the built site. */
export function dipLinks(files: readonly ParsedDipFile[]): OfficerLink[] {
  return files.flatMap((f) => [
    ...f.entry.tautan.map((t, i) => ({ url: t.url, file: f.file, ...positionOf(f.parsed, ['tautan', i, 'url']), field: `tautan[${i}].url` })),
    ...f.entry.lampiran.map((l, i) => ({ url: l.berkas, file: f.file, ...positionOf(f.parsed, ['lampiran', i, 'berkas']), field: `lampiran[${i}].berkas` })),
  ]);
}

/* ---------- Rows ---------- */

function agencyName(agencies: readonly Agency[], slug: string): string {
  return agencies.find((a) => a.slug === slug)?.name ?? slug;
}

/** Size and SHA-256 of each uploaded file, by its site path ("/berkas/x.pdf"), read by the data build. */
export type UploadedFiles = ReadonlyMap<string, { bytes: number; sha256: string }>;

export function manualRow(f: DipFileEntry, agencies: readonly Agency[], uploads: UploadedFiles = new Map()): DipRow {
  const e = f.entry;
  return {
    id: f.id,
    judul: e.judul,
    ringkasan: e.ringkasan,
    pejabat_penguasa: e.pejabat_penguasa,
    penanggung_jawab: e.penanggung_jawab,
    waktu_pembuatan: e.waktu_pembuatan,
    tempat_pembuatan: e.tempat_pembuatan,
    bentuk_informasi: e.bentuk_informasi,
    retensi: e.retensi,
    jenis_media: e.jenis_media,
    kategori: e.kategori,
    subkategori: e.subkategori,
    instansi: e.instansi,
    instansi_nama: agencyName(agencies, e.instansi),
    tahun: e.tahun ?? Number(e.waktu_pembuatan.slice(0, 4)),
    tautan: e.tautan,
    lampiran: e.lampiran.map((l) => {
      const info = uploads.get(l.berkas);
      if (!info) throw new Error(`${f.file}: berkas lampiran ${l.berkas} tidak ada di public${l.berkas}`);
      const ext = l.berkas.slice(l.berkas.lastIndexOf('.') + 1) as keyof typeof MEDIA_TYPES;
      return { judul: l.judul, url: l.berkas, bytes: info.bytes, sha256: info.sha256, media_type: MEDIA_TYPES[ext] };
    }),
    ...(e.dasar_hukum_pengecualian ? { dasar_hukum_pengecualian: e.dasar_hukum_pengecualian } : {}),
    ...(e.uji_konsekuensi ? { uji_konsekuensi: e.uji_konsekuensi } : {}),
    ...(e.jangka_waktu_pengecualian ? { jangka_waktu_pengecualian: e.jangka_waktu_pengecualian } : {}),
    tanggal_penetapan: e.tanggal_penetapan,
    tanggal_pembaruan: e.tanggal_pembaruan,
    asal: 'berkas',
    berkas: f.file,
  };
}

/** Retention the portal promises for its own datasets (it keeps every release's files online). */
export const DATASET_RETENSI = 'Selama portal data beroperasi';

/** Every dataset page doubles as a DIP row: statistics the city publishes periodically. */
export function datasetRow(d: BuiltDataset, documents: readonly DocumentMeta[], agencies: readonly Agency[]): DipRow {
  const doc = documents.find((x) => x.id === d.source.document);
  const docPublisher = doc ? agencyName(agencies, doc.publisher) : d.publisher_name;
  return {
    id: d.slug,
    judul: d.title,
    ringkasan: d.description,
    pejabat_penguasa: d.publisher_name,
    penanggung_jawab: docPublisher,
    waktu_pembuatan: String(doc?.year ?? d.temporal.end),
    tempat_pembuatan: 'Binjai',
    bentuk_informasi: ['softcopy'],
    retensi: DATASET_RETENSI,
    jenis_media: ['situs-web', 'dataset'],
    kategori: 'berkala',
    subkategori: d.topic === 'keuangan-daerah' ? 'Ringkasan laporan keuangan' : `Data statistik: ${topicTitle(d.topic)}`,
    instansi: d.publisher,
    instansi_nama: d.publisher_name,
    tahun: d.temporal.end,
    lampiran: [],
    tautan: [
      { judul: 'Halaman dataset', url: datasetUrl(d.slug) },
      { judul: 'Unduh CSV', url: fileUrl(d.slug, 'csv') },
      ...(doc ? [{ judul: `Dokumen sumber: ${doc.short_title}`, url: `/dokumen/${doc.id}/` }] : []),
    ],
    tanggal_penetapan: d.modified,
    tanggal_pembaruan: d.modified,
    asal: 'dataset',
    berkas: `data/datasets/${d.slug}.yml`,
  };
}

const KATEGORI_ORDER = new Map(DIP_KATEGORI.map((k, i) => [k, i]));

/** Stable order: category as in the law, newest year first, then title (Indonesian collation), then id. */
export function compareRows(a: DipRow, b: DipRow): number {
  return (
    (KATEGORI_ORDER.get(a.kategori) ?? 0) - (KATEGORI_ORDER.get(b.kategori) ?? 0) ||
    b.tahun - a.tahun ||
    a.judul.localeCompare(b.judul, 'id') ||
    a.id.localeCompare(b.id)
  );
}

export function buildDip(
  files: readonly DipFileEntry[],
  datasets: readonly BuiltDataset[],
  documents: readonly DocumentMeta[],
  agencies: readonly Agency[],
  uploads: UploadedFiles = new Map(),
): DipRow[] {
  const rows = [...files.map((f) => manualRow(f, agencies, uploads)), ...datasets.map((d) => datasetRow(d, documents, agencies))];
  return z.array(DipRowSchema).parse(rows.sort(compareRows));
}

/* ---------- Grouping and filters (pre-rendered pages, no JavaScript needed) ---------- */

export interface DipGroup {
  kategori: DipKategori;
  label: string;
  rows: DipRow[];
}

/** All four categories, in legal order, even when empty: the page must say so plainly. */
export function groupByKategori(rows: readonly DipRow[]): DipGroup[] {
  return DIP_KATEGORI.map((k) => ({ kategori: k, label: KATEGORI_LABEL[k], rows: rows.filter((r) => r.kategori === k) }));
}

export type DipFilterKind = 'kategori' | 'instansi' | 'tahun';

export interface DipFilter {
  kind: DipFilterKind;
  value: string;
  label: string;
  count: number;
}

export const FILTER_TITLE: Record<DipFilterKind, string> = { kategori: 'Kategori', instansi: 'Instansi', tahun: 'Tahun' };

export function filterUrl(kind: DipFilterKind, value: string): string {
  return `/ppid/dip/${kind}/${value}/`;
}

export function filterRows(rows: readonly DipRow[], kind: DipFilterKind, value: string): DipRow[] {
  return rows.filter((r) => (kind === 'tahun' ? String(r.tahun) === value : r[kind] === value));
}

/** Filter values: every category; agencies and years that have at least one row. */
export function dipFilters(rows: readonly DipRow[]): DipFilter[] {
  const count = (kind: DipFilterKind, value: string) => filterRows(rows, kind, value).length;
  const kategori = DIP_KATEGORI.map((k) => ({ kind: 'kategori' as const, value: k, label: KATEGORI_LABEL[k], count: count('kategori', k) }));
  const instansi = [...new Map(rows.map((r) => [r.instansi, r.instansi_nama])).entries()]
    .sort((a, b) => a[1].localeCompare(b[1], 'id'))
    .map(([value, label]) => ({ kind: 'instansi' as const, value, label, count: count('instansi', value) }));
  const tahun = [...new Set(rows.map((r) => r.tahun))]
    .sort((a, b) => b - a)
    .map((y) => ({ kind: 'tahun' as const, value: String(y), label: String(y), count: count('tahun', String(y)) }));
  return [...kategori, ...instansi, ...tahun];
}

/* ---------- Downloads and API ---------- */

export const DIP_CSV_FIELDS = [
  'id',
  'kategori',
  'subkategori',
  'judul',
  'ringkasan',
  'pejabat_penguasa',
  'penanggung_jawab',
  'waktu_pembuatan',
  'tempat_pembuatan',
  'bentuk_informasi',
  'retensi',
  'jenis_media',
  'instansi',
  'tahun',
  'tautan',
  'dasar_hukum_pengecualian',
  'uji_konsekuensi',
  'jangka_waktu_pengecualian',
  'tanggal_penetapan',
  'tanggal_pembaruan',
  'asal',
  'lampiran',
] as const;

export function absoluteUrl(url: string, siteUrl: string): string {
  return url.startsWith('/') ? `${siteUrl}${url}` : url;
}

/** One flat record per row: lists joined with "; ", links as absolute URLs. */
export function flatRow(r: DipRow, siteUrl: string): Record<(typeof DIP_CSV_FIELDS)[number], CellValue> {
  return {
    id: r.id,
    kategori: r.kategori,
    subkategori: r.subkategori,
    judul: r.judul,
    ringkasan: r.ringkasan,
    pejabat_penguasa: r.pejabat_penguasa,
    penanggung_jawab: r.penanggung_jawab,
    waktu_pembuatan: r.waktu_pembuatan,
    tempat_pembuatan: r.tempat_pembuatan,
    bentuk_informasi: r.bentuk_informasi.join('; '),
    retensi: r.retensi,
    jenis_media: r.jenis_media.join('; '),
    instansi: r.instansi_nama,
    tahun: r.tahun,
    tautan: r.tautan.map((t) => absoluteUrl(t.url, siteUrl)).join('; '),
    dasar_hukum_pengecualian: r.dasar_hukum_pengecualian ?? null,
    uji_konsekuensi: r.uji_konsekuensi ?? null,
    jangka_waktu_pengecualian: r.jangka_waktu_pengecualian ?? null,
    tanggal_penetapan: r.tanggal_penetapan,
    tanggal_pembaruan: r.tanggal_pembaruan,
    asal: r.asal,
    lampiran: r.lampiran.map((l) => `${absoluteUrl(l.url, siteUrl)} (${l.bytes} bita, SHA-256 ${l.sha256})`).join('; '),
  };
}

export function dipCsv(rows: readonly DipRow[], siteUrl: string): string {
  return toCsv(DIP_CSV_FIELDS, rows.map((r) => flatRow(r, siteUrl)));
}

/** /api/v1/dip.json: every row under its Perki field names, links made absolute. */
export function dipApi(rows: readonly DipRow[], siteUrl: string, release: string) {
  const entries = z
    .array(DipRowSchema)
    .parse(rows.map((r) => ({ ...r, tautan: r.tautan.map((t) => ({ ...t, url: absoluteUrl(t.url, siteUrl) })) })));
  return {
    rilis: release,
    jumlah: entries.length,
    kategori: DIP_KATEGORI.map((k) => ({ id: k, judul: KATEGORI_LABEL[k], jumlah: entries.filter((e) => e.kategori === k).length })),
    entri: entries,
  };
}
