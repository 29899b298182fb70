/**
 * Kecamatan profiles: every kecamatan-level value the datasets hold about one
 * kecamatan, with the city figure and its rank among the five. Pure.
 */
import { slugify } from '../core/slug.ts';
import { BINJAI_TILES, tileMap } from '../charts/index.ts';
import type { BuiltDataset, PublishedField, Row } from '../datasets/schema.ts';

export interface Kecamatan {
  code: string;
  name: string;
  slug: string;
}


/** The five kecamatan of Kota Binjai, north to south then west to east (tile order). */
export const KECAMATAN: readonly Kecamatan[] = [...BINJAI_TILES]
  .sort((a, b) => a.row - b.row || a.col - b.col)
  .map((t) => ({ code: t.code, name: t.name, slug: slugify(t.name) }));

const CITY_CODE = '12.75';
const isNumeric = (f: PublishedField) => f.type === 'integer' || f.type === 'number';
const num = (v: Row[string] | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export interface KecamatanFact {
  field: PublishedField;
  value: number | null;
  /** The printed city total (or city row), when the table has one. */
  city: number | null;
  /** 1 = highest of the kecamatan with a value; null when this one has none. */
  rank: number | null;
  /** How many kecamatan have a value. */
  of: number;
}

export interface KecamatanDatasetFacts {
  dataset: BuiltDataset;
  facts: KecamatanFact[];
  /** Tile map of the dataset's first value, this kecamatan highlighted. */
  map: string;
}

/** Kecamatan tables: one row per kecamatan code (plus an optional city row). */
export function kecamatanRows(d: BuiltDataset): { rows: Map<string, Row>; city: Row | undefined } | null {
  if (d.spatial !== 'kecamatan' || !d.fields.some((f) => f.name === 'kode_wilayah')) return null;
  const rows = new Map<string, Row>();
  let city: Row | undefined;
  for (const r of d.rows) {
    const code = r['kode_wilayah'];
    if (typeof code !== 'string') continue;
    if (code === CITY_CODE || r['baris_total'] === true) city = r;
    else if (KECAMATAN.some((k) => k.code === code)) {
      if (rows.has(code)) return null; // several rows per kecamatan (e.g. a list of sites): not a profile table
      rows.set(code, r);
    }
  }
  return rows.size >= 2 ? { rows, city } : null;
}

export function kecamatanProfile(datasets: readonly BuiltDataset[], k: Kecamatan): KecamatanDatasetFacts[] {
  const out: KecamatanDatasetFacts[] = [];
  for (const d of datasets) {
    const table = kecamatanRows(d);
    if (!table) continue;
    const own = table.rows.get(k.code);
    const fields = d.fields.filter((f) => isNumeric(f) && f.name !== 'no');
    if (!own || fields.length === 0) continue;
    const facts = fields.map((field) => {
      const values = [...table.rows.values()].map((r) => num(r[field.name])).filter((v): v is number => v !== null);
      const value = num(own[field.name]);
      return {
        field,
        value,
        city: table.city ? num(table.city[field.name]) : null,
        rank: value === null ? null : values.filter((v) => v > value).length + 1,
        of: values.length,
      };
    });
    const first = fields[0] as PublishedField;
    const map = tileMap(
      [...table.rows].map(([code, r]) => ({ code, value: num(r[first.name]) })),
      {
        id: `peta-${k.slug}-${d.slug}`,
        title: `${first.title} menurut kecamatan, ${k.name} disorot`,
        ...(first.unit ? { unit: first.unit } : {}),
        highlight: k.code,
      },
    );
    out.push({ dataset: d, facts, map });
  }
  return out;
}
