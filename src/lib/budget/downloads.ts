/**
 * Downloads and API body of the budget explorer: the whole appendix as one
 * flat sub-kegiatan table (CSV and JSON, with data dictionary and provenance),
 * and /api/v1/anggaran/<year>.json. Pure: computed from the validated build,
 * so pages, endpoints and the API agree on bytes and SHA-256.
 */
import { SITE } from '../../config.ts';
import { percent, rupiah } from './view.ts';
import { toCsv } from '../core/csv.ts';
import { describe, type Distribution } from '../datasets/distributions.ts';
import type { BuiltDataset, CellValue, PublishedField } from '../datasets/schema.ts';
import type { BudgetBuild, BudgetTotals, ExplorerSection } from './schema.ts';

/** A column of the sub-kegiatan table, as the downloads and the API describe it. */
export interface BudgetField {
  name: string;
  title: string;
  type: PublishedField['type'];
  unit?: string;
  description: string;
}

/**
 * The data dictionary of the sub-kegiatan table: the fields of its catalogue dataset
 * (data/datasets/anggaran-realisasi-subkegiatan-2023.yml, the one copy), in CSV column order.
 */
export function budgetFields(dataset: Pick<BuiltDataset, 'fields'>): BudgetField[] {
  return dataset.fields.map((f) => ({ name: f.name, title: f.title, type: f.type, ...(f.unit !== undefined ? { unit: f.unit } : {}), description: f.description }));
}

/** One flat row per sub-kegiatan, in source order. */
export function subkegiatanTable(b: BudgetBuild): Array<Record<string, CellValue>> {
  const out: Array<Record<string, CellValue>> = [];
  for (const s of b.sections)
    for (const p of s.programs)
      for (const k of p.kegiatan)
        for (const x of k.subkegiatan)
          out.push({
            bagian_id: s.id,
            opd: s.name,
            urusan_kode: s.urusan_code,
            bidang_kode: s.bidang_code,
            bidang: s.bidang_name,
            program_kode: p.code,
            program: p.name,
            kegiatan_kode: k.code,
            kegiatan: k.name,
            subkegiatan_kode: x.code,
            kode_tercetak: x.code_printed,
            subkegiatan: x.name,
            indikator: x.indicator,
            target_volume: x.target.volume,
            target_satuan: x.target.unit,
            target_rp: x.target.rupiah,
            target_rp_status: x.target.rupiah_status,
            realisasi_volume: x.realisation.volume,
            realisasi_satuan: x.realisation.unit,
            realisasi_rp: x.realisation.rupiah,
            realisasi_rp_status: x.realisation.rupiah_status,
            serapan_persen: x.absorption_pct === null ? null : Math.round(x.absorption_pct * 100) / 100,
            jenis_volume_realisasi: x.realisation_volume_kind,
            baris_awal: x.source_lines[0],
            baris_akhir: x.source_lines[1],
            perbaikan: x.fixes.join(';'),
          });
  return out;
}

export const BUDGET_FILE_BASE = 'lkpj-2023-lampiran-i';
export const budgetFileUrl = (ext: 'csv' | 'json'): string => `/anggaran/${BUDGET_FILE_BASE}.${ext}`;
export const BUDGET_API_URL = '/api/v1/anggaran/2023.json';

function provenance(b: BudgetBuild) {
  return {
    document: b.source.document,
    table: `${b.source.table}: ${b.source.title}`,
    lines: b.source.lines,
    publisher: SITE.publisher,
    note: 'Diurai otomatis dari teks LKPJ Wali Kota Binjai 2023 (scripts/budget/parse-lampiran.ts); angka di atas sub-kegiatan adalah jumlah hitungan portal.',
  };
}

const cache = new WeakMap<BudgetBuild, { csv: string; json: string; distributions: Distribution[] }>();

export function budgetFiles(b: BudgetBuild, fields: readonly BudgetField[]): { csv: string; json: string; distributions: Distribution[] } {
  let hit = cache.get(b);
  if (!hit) {
    const rows = subkegiatanTable(b);
    const csv = toCsv(fields.map((f) => f.name), rows);
    const json = `${JSON.stringify(
      {
        title: `Capaian program dan kegiatan Kota Binjai ${b.year} (LKPJ Lampiran I), per sub-kegiatan`,
        source: provenance(b),
        license: SITE.license.id,
        fields,
        totals: b.totals,
        reconciliation: b.reconciliation,
        rows,
      },
      null,
      2,
    )}\n`;
    hit = { csv, json, distributions: [describe('CSV', budgetFileUrl('csv'), csv), describe('JSON', budgetFileUrl('json'), json)] };
    cache.set(b, hit);
  }
  return hit;
}

function totalsOut(t: BudgetTotals) {
  return { ...t, absorption_pct: t.absorption_pct === null ? null : Math.round(t.absorption_pct * 100) / 100 };
}

function sectionOut(s: ExplorerSection) {
  return {
    id: s.id,
    name: s.name,
    slug: s.slug,
    urusan_code: s.urusan_code,
    bidang_code: s.bidang_code,
    bidang_name: s.bidang_name,
    totals: totalsOut(s.totals),
    source_lines: s.source_lines,
    landing_page: `${SITE.url}${s.url}`,
    programs: s.programs.map((p) => ({
      code: p.code,
      name: p.name,
      totals: totalsOut(p.totals),
      source_lines: p.source_lines,
      landing_page: `${SITE.url}${p.url}`,
      kegiatan: p.kegiatan.map((k) => ({ code: k.code, name: k.name, totals: totalsOut(k.totals), source_lines: k.source_lines })),
    })),
  };
}

/** /api/v1/anggaran/<year>.json: totals down to kegiatan; sub-kegiatan rows are in the JSON download. Add fields, never rename. */
export function budgetApi(b: BudgetBuild, fields: readonly BudgetField[]) {
  return {
    year: b.year,
    title: `Anggaran dan realisasi program Kota Binjai ${b.year}`,
    source: provenance(b),
    license: SITE.license.id,
    license_url: SITE.license.url,
    landing_page: `${SITE.url}/anggaran/`,
    api_url: `${SITE.url}${BUDGET_API_URL}`,
    absorption_note: 'absorption_pct = realisasi ÷ target × 100 dalam rupiah (serapan anggaran, bukan capaian fisik); semua total dihitung dari sub-kegiatan (computed: true).',
    totals: totalsOut(b.totals),
    reconciliation: b.reconciliation,
    urusan: b.urusan.map((u) => ({ code: u.code, name: u.name, totals: totalsOut(u.totals), section_ids: u.section_ids })),
    sections: b.sections.map(sectionOut),
    fields,
    distributions: budgetFiles(b, fields).distributions.map((d) => ({ ...d, url: `${SITE.url}${d.url}` })),
  };
}

/** Entries of the in-page search index (short keys: it is fetched by browsers). */
export function searchIndex(b: BudgetBuild): Array<{ n: string; k: string; o: string; u: string; t: string }> {
  return b.sections.flatMap((s) =>
    s.programs.flatMap((p) =>
      p.kegiatan.flatMap((k) =>
        k.subkegiatan.map((x) => ({
          n: x.name,
          k: k.name,
          o: s.name,
          u: `${p.url}#${x.anchor}`,
          t: `target ${rupiah(x.target.rupiah)}, serapan ${percent(x.absorption_pct)}`,
        })),
      ),
    ),
  );
}
