/**
 * Which charts a dataset page shows, and their SVG. Pure: a dataset in,
 * chart declarations and markup out. A dataset's own `charts:` wins; without
 * it the table's shape decides (kecamatan → bar + tile map, years → line,
 * parts of a whole → stacked, target vs realisation → bullet, age × sex →
 * pyramid). Tables whose numbers are not comparable get no default chart; they
 * declare one (e.g. `type: count`, rows per category, for lists without numbers).
 */
import { barChart, barPanels, bulletChart, lineChart, pyramidChart, stackedBarChart, tileMap } from '../charts/index.ts';
import { formatNumber } from '../core/format.ts';
import { countBy, groupRows, mergedSpellings, type CountCategory } from './count-by.ts';
import type { ChartSpec, ChartType } from './chart-schema.ts';
import { sumByLabel } from './chart-rows.ts';
import { cellUnit } from './view.ts';
import type { BuiltDataset, PublishedField, Row } from './schema.ts';

export interface DatasetChart {
  /** Unique per dataset: `<slug>-<n>`; used for SVG ids and download names. */
  id: string;
  spec: ChartSpec;
  title: string;
  unit?: string;
  /** Layout for wide screens (also what "Unduh grafik" saves). */
  svg: string;
  /** Layout for phones, when the chart has one; pages show one of the two by CSS. */
  svgNarrow?: string;
  /** Count charts: the counts drawn, which the dataset table does not print, so pages show them beside the chart. */
  counts?: ChartCounts;
  /** Rows left out because their unit differs from the one drawn (pages print it in the caption). */
  note?: string;
}

export interface ChartCounts {
  /** Title of the counted column, e.g. "Status". */
  category: string;
  /** What one row is, e.g. "aplikasi". */
  unit: string;
  categories: CountCategory[];
  /** Rows counted (the sum of the counts). */
  total: number;
  /** Spellings merged because they differ only in case or spaces, as sentences. */
  merged: string[];
}

const MAX_ROWS = 40;
const MAX_SERIES = 4;
const KECAMATAN_CODE = /^\d{2}\.\d{2}\.\d{2}$/;
/** Columns that identify or annotate a row rather than measure it. */
const NOT_A_LABEL = /^(kode.*|satuan.*|keterangan|baris_.*|no|nomor|sumber_dana|tingkat|status|predikat|arah)$/;
/** Derived columns (differences, remainders): drawing them beside their inputs double-counts. */
const DERIVED = /^(bertambah|berkurang|selisih|sisa|kenaikan|perubahan|no$|nomor$)/;

const isNumeric = (f: PublishedField) => f.type === 'integer' || f.type === 'number';
const num = (v: Row[string] | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Rows drawn in charts: without the printed total row. */
export function dataRows(d: BuiltDataset): Row[] {
  return d.rows.filter((r) => r['baris_total'] !== true);
}

function field(d: BuiltDataset, name: string | undefined): PublishedField | undefined {
  return name === undefined ? undefined : d.fields.find((f) => f.name === name);
}

/** Code depth of "4.1.01" is 3. */
const depth = (code: string) => code.split('.').length;

/**
 * Hierarchical tables (budget codes 4, 4.1, 4.1.01 …) mix totals and their
 * parts; chart only the shallowest level that has two or more rows.
 */
function levelRows(d: BuiltDataset, rows: Row[]): Row[] {
  const code = d.fields.find((f) => /^kode(_rekening)?$/.test(f.name));
  if (!code) return rows;
  // Rows without a code (printed subtotals such as "JUMLAH BELANJA OPERASI") belong to no level.
  const coded = rows.filter((r) => typeof r[code.name] === 'string' && (r[code.name] as string).trim() !== '');
  const codes = coded.map((r) => r[code.name]);
  if (coded.length < 2 || !codes.every((c) => typeof c === 'string' && /^[0-9]+(\.[0-9]+)*$/.test(c))) return rows;
  const depths = [...new Set(codes.map((c) => depth(c as string)))].sort((a, b) => a - b);
  for (const level of depths) {
    const at = coded.filter((r) => depth(r[code.name] as string) === level);
    // Heading rows without amounts (4 PENDAPATAN DAERAH, 5 BELANJA …) do not make a level worth drawing.
    if (at.filter((r) => d.fields.some((f) => isNumeric(f) && num(r[f.name]) !== null)).length >= 2) return at;
  }
  return rows;
}

function labelField(d: BuiltDataset, rows: Row[]): PublishedField | undefined {
  const candidates = d.fields.filter((f) => !isNumeric(f) && f.type !== 'year' && f.name !== 'kode_wilayah' && f.generated !== true && !NOT_A_LABEL.test(f.name));
  return candidates.find((f) => {
    const values = rows.map((r) => r[f.name]);
    return values.every((v) => typeof v === 'string' && v.trim() !== '') && new Set(values).size === values.length;
  });
}

function yearField(d: BuiltDataset, rows: Row[]): PublishedField | undefined {
  const y = d.fields.find((f) => f.type === 'year');
  if (!y) return undefined;
  const years = rows.map((r) => r[y.name]);
  return years.every((v) => typeof v === 'number') && new Set(years).size === years.length ? y : undefined;
}

/** Numeric value columns grouped by unit, in column order (only same-unit values share an axis). */
function unitGroups(d: BuiltDataset, rows: Row[]): PublishedField[][] {
  const groups = new Map<string, PublishedField[]>();
  for (const f of d.fields) {
    if (!isNumeric(f) || DERIVED.test(f.name)) continue;
    if (!rows.some((r) => num(r[f.name]) !== null)) continue;
    const key = f.unit ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function subsets<T>(items: readonly T[], min: number): T[][] {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const pick = items.filter((_, i) => mask & (1 << i));
    if (pick.length >= min) out.push(pick);
  }
  return out.sort((a, b) => a.length - b.length);
}

/**
 * Parts of a whole: a column that equals, in every row, the sum of two or more
 * other non-negative columns of the same unit (laki-laki + perempuan = jumlah).
 */
export function partsOfWhole(group: readonly PublishedField[], rows: readonly Row[]): { total: PublishedField; parts: PublishedField[] } | null {
  if (group.length < 3 || group.length > 8 || rows.length < 2) return null;
  const nonNegative = (f: PublishedField) => rows.every((r) => (num(r[f.name]) ?? 0) >= 0);
  for (const total of group) {
    if (!nonNegative(total)) continue;
    const others = group.filter((f) => f !== total && nonNegative(f));
    for (const parts of subsets(others, 2)) {
      // An empty cell ("-") is no part; a row with an empty total must have only empty parts.
      const fits = rows.every((r) => {
        const t = num(r[total.name]);
        const defined = parts.map((p) => num(r[p.name])).filter((v): v is number => v !== null);
        if (t === null) return defined.length === 0;
        const s = defined.reduce((acc, v) => acc + v, 0);
        return Math.abs(s - t) <= Math.max(1e-6, Math.abs(t) * 1e-4);
      });
      if (fits) return { total, parts };
    }
  }
  return null;
}

/** Target and realisation columns: target/realisasi, target_rpjmd/realisasi_<latest>, anggaran|pagu/realisasi, target_Y/realisasi_Y. */
function targetActual(d: BuiltDataset): { target: PublishedField; actual: PublishedField } | null {
  const numeric = d.fields.filter(isNumeric);
  const byName = (re: RegExp) => numeric.filter((f) => re.test(f.name));
  const latest = (fs: PublishedField[]) => [...fs].sort((a, b) => b.name.localeCompare(a.name))[0];
  const actual = field(d, 'realisasi') ?? latest(byName(/^realisasi_\d{4}$/));
  const target = field(d, 'target') ?? field(d, 'target_rpjmd') ?? field(d, 'anggaran') ?? field(d, 'pagu');
  if (actual && target && isNumeric(actual) && isNumeric(target)) return { target, actual };
  for (const t of byName(/^target(_renstra)?_\d{4}$/).sort((a, b) => b.name.localeCompare(a.name))) {
    const a = field(d, `realisasi_${t.name.slice(-4)}`) ?? field(d, `realisasi_sd_${t.name.slice(-4)}`);
    if (a && isNumeric(a)) return { target: t, actual: a };
  }
  return null;
}

/** Indicators in the table's most common unit (at least two), e.g. all "persen" indicators of a sector. */
function sameUnitCapaian(d: BuiltDataset, rows: Row[], label: PublishedField): ChartSpec[] {
  const unit = d.fields.find((f) => /^satuan/.test(f.name)) as PublishedField;
  const value = d.fields.find((f) => /^capaian(_\d{4})?$/.test(f.name) && isNumeric(f));
  if (!value) return [];
  const counts = new Map<string, number>();
  for (const r of rows) if (num(r[value.name]) !== null && typeof r[unit.name] === 'string') counts.set(r[unit.name] as string, (counts.get(r[unit.name] as string) ?? 0) + 1);
  // Most frequent unit; ties go to the one met first, so the choice is stable.
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < 2) return [];
  return [{ type: 'bar', label: label.name, values: [value.name], where: { field: unit.name, equals: top[0] } }];
}

/** Default chart declarations from the table's shape. */
export function defaultCharts(d: BuiltDataset): ChartSpec[] {
  const all = dataRows(d);
  const perRowUnit = d.fields.some((f) => /^satuan/.test(f.name));

  // Kecamatan tables: one row per kecamatan → bar (or stacked parts) + tile map.
  const code = field(d, 'kode_wilayah');
  const kec = d.fields.find((f) => f.type === 'kecamatan');
  if (d.spatial === 'kecamatan' && code && kec) {
    const rows = all.filter((r) => typeof r[code.name] === 'string' && KECAMATAN_CODE.test(r[code.name] as string));
    const distinct = new Set(rows.map((r) => r[code.name])).size;
    const groups = unitGroups(d, rows);
    if (distinct >= 2 && distinct === rows.length && groups.length > 0) {
      const first = groups[0] as PublishedField[];
      const whole = partsOfWhole(first, rows);
      const main = whole?.total ?? (first[0] as PublishedField);
      return [
        whole
          ? { type: 'stacked', label: kec.name, values: whole.parts.map((p) => p.name) }
          : { type: 'bar', label: kec.name, values: first.slice(0, 3).map((f) => f.name), sort: 'descending' },
        { type: 'tile-map', label: code.name, values: [main.name] },
      ];
    }
  }

  // Age groups by sex → population pyramid.
  const age = d.fields.find((f) => /umur|usia/.test(f.name) && !isNumeric(f));
  if (age && field(d, 'laki_laki') && field(d, 'perempuan') && all.length >= 3)
    return [{ type: 'pyramid', label: age.name, male: 'laki_laki', female: 'perempuan' }];

  // Years as rows → line (bars when there are only two years).
  const year = yearField(d, all);
  if (year && all.length >= 2 && !perRowUnit) {
    const ta = targetActual(d);
    if (ta && all.length >= 3) return [{ type: 'line', label: year.name, values: [ta.actual.name], target: ta.target.name }];
    const type: ChartType = all.length >= 3 ? 'line' : 'bar';
    return unitGroups(d, all)
      .slice(0, 2)
      .map((g) => ({ type, label: year.name, values: g.slice(0, MAX_SERIES).map((f) => f.name) }));
  }

  const rows = levelRows(d, all);
  if (rows.length === 0 || rows.length > MAX_ROWS) return [];
  const label = labelField(d, rows);
  if (!label) return [];

  // Target against realisation, per indicator or budget line → bullet (one indicator is enough).
  const ta = targetActual(d);
  if (ta) return [{ type: 'bullet', label: label.name, target: ta.target.name, actual: ta.actual.name }];
  if (rows.length < 2) return [];
  // A "satuan" column means each row has its own unit: bars would compare unlike things,
  // so performance tables chart only their indicators in the most common unit.
  if (perRowUnit) return sameUnitCapaian(d, rows, label);

  const groups = unitGroups(d, rows);
  if (groups.length === 0) return [];
  const first = groups[0] as PublishedField[];
  const whole = partsOfWhole(first, rows);
  if (whole) return [{ type: 'stacked', label: label.name, values: whole.parts.map((p) => p.name) }];
  return [{ type: 'bar', label: label.name, values: first.slice(0, MAX_SERIES).map((f) => f.name) }];
}

/** The dataset's declared charts, or the defaults for its shape. */
export function chartSpecs(d: BuiltDataset): ChartSpec[] {
  return d.charts ?? defaultCharts(d);
}

function need(d: BuiltDataset, name: string | undefined, what: string): PublishedField {
  const f = field(d, name);
  if (!f)
    throw new Error(
      `data/datasets/${d.slug}.yml: grafik menunjuk kolom ${what} "${name ?? '(kosong)'}" yang tidak ada. ` +
        `Isi dengan salah satu kolom: ${d.fields.map((x) => x.name).join(', ')}.`,
    );
  return f;
}

/** Printed unit words that the charts know as symbols. */
const unitWord = (u: string) => (/^(persen|%)$/i.test(u.trim()) ? '%' : u);

/**
 * The unit of one drawn value, '' when none is printed: the row's own (`unit_field`, or the table's
 * `satuan_<field>`/`satuan…` column) when the column mixes units, else the column's. "persen" is "%".
 */
export function valueUnit(d: BuiltDataset, f: PublishedField, r: Row): string {
  if (f.unit_field !== undefined) return unitWord(cellUnit(f, r) ?? '');
  if (f.unit !== undefined) return f.unit;
  const per = field(d, `satuan_${f.name}`) ?? d.fields.find((x) => /^satuan/.test(x.name));
  return per ? unitWord(text(r[per.name]).trim()) : '';
}

/** Units compared as printed words: "Persen" and "PERSEN", "Perusahaan" and "perusahaan" are one unit. */
export const unitKey = (u: string) => unitWord(u).trim().toLowerCase();

export interface UnitGroup {
  /** The unit as first printed ('' when none is printed). */
  unit: string;
  rows: Row[];
}

/**
 * Drawn rows grouped by the unit of their plotted values, in table order. A row whose values carry
 * different units (target in %, realisation without) forms its own group ("% dan …").
 */
export function rowsByUnit(d: BuiltDataset, fields: readonly PublishedField[], rows: readonly Row[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const r of rows) {
    const units = [...new Map(fields.filter((f) => num(r[f.name]) !== null).map((f) => [unitKey(valueUnit(d, f, r)), valueUnit(d, f, r)])).entries()];
    if (units.length === 0) continue;
    const key = units.map(([k]) => k).join(' dan ');
    const group = groups.get(key) ?? { unit: units.map(([, u]) => u).join(' dan '), rows: [] };
    group.rows.push(r);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Panel heading of a unit group. */
const unitHeading = (u: string) => (u === '' ? 'Tanpa satuan tercetak' : `Satuan ${u}`);

/**
 * Rows that one value axis may carry when the plotted values mix units. Rows without a printed unit
 * beside rows with one are left out: their units differ from row to row (indeks, dokumen) and are
 * named only in the indicator's text. Returns every unit group that remains; one group means the
 * chart is drawn with that unit, several mean one panel (or one pick) per unit.
 */
function unitSplit(d: BuiltDataset, fields: readonly PublishedField[], rows: readonly Row[]): { groups: UnitGroup[]; dropped: number } | null {
  const groups = rowsByUnit(d, fields, rows);
  if (groups.length <= 1) return null;
  const known = groups.filter((g) => g.unit !== '');
  return { groups: known, dropped: groups.filter((g) => g.unit === '').reduce((n, g) => n + g.rows.length, 0) };
}

/** The group with the most rows; ties go to the one met first. */
const largest = (groups: readonly UnitGroup[]): UnitGroup | undefined => [...groups].sort((a, b) => b.rows.length - a.rows.length)[0];

/** The chart's note on rows left out for their unit (all of them stay in the table). */
function omitted(n: number, unit?: string): string | undefined {
  if (n === 0) return undefined;
  const only = unit === undefined ? '' : `Hanya nilai bersatuan ${unit} yang digambar; `;
  return `${only}${formatNumber(n)} baris lain tidak digambar karena bersatuan lain atau satuannya hanya disebut di nama indikator; semuanya ada di tabel`;
}
const text = (v: Row[string] | undefined) => (v === null || v === undefined ? '' : String(v));
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export interface RenderOptions {
  /** Kecamatan code (tile map) or category label (bar) to emphasise. */
  highlight?: string;
  /** Prefix for chart ids when several datasets' charts share a page. */
  idPrefix?: string;
}

function draw(d: BuiltDataset, spec: ChartSpec, id: string, index: number, options: RenderOptions & { width?: number }): { title: string; unit?: string; svg: string; counts?: ChartCounts; note?: string } {
  const where = spec.where;
  if (where) need(d, where.field, 'where.field');
  // Printed units vary in case ("persen", "Persen"): compare without it.
  const filtered = dataRows(d).filter((r) => !where || text(r[where.field]).trim().toLowerCase() === where.equals.toLowerCase());
  let all = spec.aggregate ? aggregated(filtered, spec) : filtered;
  // Only a filter on a unit column ("satuan") names the chart's unit; other filters (kelompok, tingkat) do not.
  const unitFilter = where && /^satuan/.test(where.field) ? where : undefined;
  const label = need(d, spec.label, 'label');
  const values = (spec.values ?? []).map((v) => need(d, v, 'values'));
  const first = values[0];
  const fieldUnit =
    spec.type === 'count'
      ? spec.unit
      : spec.type === 'bullet'
      ? need(d, spec.actual, 'actual').unit
      : spec.type === 'pyramid'
        ? need(d, spec.male, 'male').unit
        : first?.unit;
  // A column with its own unit (Rp per Kg) keeps it; unitless indicator values take the filtered "satuan".
  const unit = unitFilter && fieldUnit === undefined ? unitWord(unitFilter.equals) : fieldUnit;
  const names = values.map((v) => lower(v.title)).join(', ');
  let base: { id: string; unit?: string; width?: number; description?: string } = { id, ...(unit === undefined ? {} : { unit }), ...(options.width === undefined ? {} : { width: options.width }) };
  // The first chart carries the dataset's own title (field titles such as "Realisasi" say too little on
  // topic and agency pages); further charts are named by what they draw.
  // A count is not the dataset's own figure, so it never borrows the dataset title.
  let title =
    spec.title ??
    (unitFilter ? `${d.title}: indikator bersatuan ${unitFilter.equals}` : where ? `${d.title}: ${where.equals}` : index === 0 && spec.type !== 'tile-map' && spec.type !== 'count' ? d.title : undefined);
  let svg: string;
  let counts: ChartCounts | undefined;
  let captionUnit = unit;
  let note: string | undefined;
  // One value axis, one unit: where the plotted values carry a unit per row, keep the rows of one unit
  // (bars of a single column get one panel per unit instead, below).
  const pick = (rows: Row[], fields: readonly PublishedField[]): Row[] => {
    const split = unitSplit(d, fields, rows);
    const chosen = split && largest(split.groups);
    if (!split || !chosen) return rows;
    captionUnit = chosen.unit;
    note = omitted(rows.length - chosen.rows.length, chosen.unit);
    base = { ...base, unit: chosen.unit, ...(note === undefined ? {} : { description: note }) };
    title = spec.title ?? `${d.title}: indikator bersatuan ${chosen.unit}`;
    return chosen.rows;
  };
  const plotted = [spec.male, spec.female, spec.target].map((n) => field(d, n)).filter((f): f is PublishedField => f !== undefined);
  if (spec.type === 'line' || spec.type === 'stacked' || spec.type === 'stacked-percent' || spec.type === 'pyramid' || spec.type === 'tile-map') all = pick(all, [...values, ...plotted]);
  switch (spec.type) {
    case 'bar': {
      let rows = label.type === 'year' ? all : levelRows(d, all);
      const byUnit = spec.split_by === undefined && first ? unitSplit(d, values, rows) : null;
      if (byUnit && byUnit.groups.length > 1 && values.length === 1 && first) {
        // Each unit its own panel and scale: 15 (%) is never drawn against 1.100 (dokumen).
        const list = byUnit.groups.map((g) => ({ heading: unitHeading(g.unit), unit: g.unit, rows: g.rows.map((r) => ({ label: text(r[label.name]), value: num(r[first.name]) })) }));
        captionUnit = `${list.map((p) => p.unit).join(', ')} (satu satuan per panel)`;
        title = spec.title ?? `${d.title}: satu panel per satuan`;
        note = omitted(byUnit.dropped);
        svg = barPanels(list, { ...base, ...(note === undefined ? {} : { description: note }), title });
        break;
      }
      if (byUnit) rows = pick(rows, values);
      if (spec.split_by !== undefined && first) {
        const split = need(d, spec.split_by, 'split_by');
        // Panels in table order; spellings differing only in case or spaces share one (as counts do).
        const panels = groupRows(rows, split.name).map((g) => ({ heading: g.first, rows: g.rows }));
        const perUnit = /^satuan/.test(split.name) && first.unit === undefined;
        const list = panels.map((p) => ({
          heading: p.heading,
          ...(perUnit ? { unit: unitWord(p.heading) } : first.unit === undefined ? {} : { unit: first.unit }),
          rows: p.rows.map((r) => ({ label: text(r[label.name]), value: num(r[first.name]) })),
        }));
        if (perUnit) captionUnit = `${list.map((p) => p.unit).join(', ')} (satu satuan per panel)`;
        title ??= `${first.title} menurut ${lower(label.title)}, satu panel per ${lower(split.title)}`;
        svg = barPanels(list, { ...base, title });
        break;
      }
      title ??= `${values.map((v) => v.title).join(' dan ')} menurut ${lower(label.title)}`;
      const data = rows.map((r) => ({ label: text(r[label.name]), values: values.map((v) => num(r[v.name])) }));
      svg = barChart(data, {
        ...base,
        title,
        orientation: spec.orientation ?? (label.type === 'year' ? 'vertical' : 'horizontal'),
        sort: spec.sort ?? 'none',
        ...(values.length > 1 ? { series: values.map((v) => v.title) } : {}),
        ...(options.highlight ? { highlight: options.highlight } : {}),
      });
      break;
    }
    case 'count': {
      const what = spec.unit ?? '';
      const result = countBy(all, label.name, spec.sort ?? 'none');
      // Years read best in time order, whatever order the table lists them in.
      if (label.type === 'year' && spec.sort === undefined) result.categories.sort((a, b) => Number(a.label) - Number(b.label));
      counts = { category: label.title, unit: what, categories: result.categories, total: result.total, merged: mergedSpellings(result) };
      title ??= `Banyaknya ${what} menurut ${lower(label.title)}`;
      svg = barChart(
        result.categories.map((c) => ({ label: c.label, value: c.count })),
        {
          ...base,
          title,
          decimals: 0,
          description: `Dihitung dari ${formatNumber(result.total)} baris tabel ini (satu baris = satu ${what}): banyaknya baris menurut ${lower(label.title)}, bukan angka yang tercetak di sumber`,
          orientation: spec.orientation ?? (label.type === 'year' ? 'vertical' : 'horizontal'),
          ...(options.highlight ? { highlight: options.highlight } : {}),
        },
      );
      break;
    }
    case 'stacked':
    case 'stacked-percent': {
      const rows = levelRows(d, all);
      title ??= `${names.charAt(0).toUpperCase()}${names.slice(1)} menurut ${lower(label.title)}`;
      svg = stackedBarChart(
        rows.map((r) => ({ label: text(r[label.name]), values: values.map((v) => num(r[v.name])) })),
        { ...base, title, series: values.map((v) => v.title), normalize: spec.type === 'stacked-percent' },
      );
      break;
    }
    case 'line': {
      const rows = [...all].sort((a, b) => (num(a[label.name]) ?? 0) - (num(b[label.name]) ?? 0));
      const target = spec.target === undefined ? undefined : need(d, spec.target, 'target');
      const series = values.map((v) => ({ name: v.title, values: rows.map((r) => num(r[v.name])) }));
      if (target) series.push({ name: target.title, values: rows.map((r) => num(r[target.name])), kind: 'target' } as (typeof series)[number]);
      title ??= target ? `${values[0]?.title ?? ''} dan ${lower(target.title)}, ${d.temporal.start}–${d.temporal.end}` : `${values.map((v) => v.title).join(' dan ')}, ${d.temporal.start}–${d.temporal.end}`;
      svg = lineChart({ x: rows.map((r) => num(r[label.name]) ?? text(r[label.name])), series }, { ...base, title });
      break;
    }
    case 'bullet': {
      const target = need(d, spec.target, 'target');
      const actual = need(d, spec.actual, 'actual');
      const rows = levelRows(d, all);
      title ??= `${actual.title} terhadap ${lower(target.title)}`;
      // Rows of different units never share a scale: each row is then drawn against its own target.
      const sharedScale = new Set(rows.map((r) => unitKey(valueUnit(d, actual, r)))).size <= 1;
      svg = bulletChart(
        rows.map((r) => {
          // A column that mixes units names each row's own (unit_field: "%" or the table's satuan column).
          const u = valueUnit(d, actual, r);
          const tu = valueUnit(d, target, r);
          return {
            label: text(r[label.name]),
            target: num(r[target.name]),
            actual: num(r[actual.name]),
            ...(u ? { unit: u } : {}),
            // The target as printed: a unit differing from the realisation's is its own.
            ...(unitKey(tu) !== unitKey(u) && num(r[target.name]) !== null ? { targetUnit: tu } : {}),
            ...(spec.lower_is_better ? { lowerIsBetter: true } : {}),
          };
        }),
        { ...base, title, sharedScale },
      );
      break;
    }
    case 'pyramid': {
      const male = need(d, spec.male, 'male');
      const female = need(d, spec.female, 'female');
      title ??= `Piramida penduduk: ${lower(male.title)} dan ${lower(female.title)} menurut ${lower(label.title)}`;
      svg = pyramidChart(
        all.map((r) => ({ age: text(r[label.name]), male: num(r[male.name]), female: num(r[female.name]) })),
        { ...base, title },
      );
      break;
    }
    case 'tile-map': {
      const value = first ?? need(d, undefined, 'values');
      title ??= `Peta petak kecamatan: ${lower(value.title)}`;
      svg = tileMap(
        all.filter((r) => KECAMATAN_CODE.test(text(r[label.name]))).map((r) => ({ code: text(r[label.name]), value: num(r[value.name]) })),
        { ...base, title, ...(options.highlight ? { highlight: options.highlight } : {}) },
      );
      break;
    }
  }
  return { title, ...(captionUnit === undefined ? {} : { unit: captionUnit }), svg, ...(counts ? { counts } : {}), ...(note === undefined ? {} : { note }) };
}

function aggregated(rows: Row[], spec: ChartSpec): Row[] {
  const columns = [spec.target, spec.actual, ...(spec.values ?? []), spec.male, spec.female].filter((c): c is string => c !== undefined);
  return sumByLabel(rows, { label: spec.label ?? '', columns, ...(spec.limit === undefined ? {} : { limit: spec.limit }) });
}

/** viewBox width of the phone variant: text stays ≥ 11 px on a 320 px screen. */
export const NARROW_WIDTH = 360;

/** Render one declaration to SVG. Throws (naming the yml) when it points at missing columns. */
export function renderChart(d: BuiltDataset, spec: ChartSpec, index: number, options: RenderOptions = {}): DatasetChart {
  const id = `${options.idPrefix ?? ''}${d.slug}-${index + 1}`;
  const wide = draw(d, spec, id, index, options);
  // The tile map is already phone-sized; other charts get a narrow layout so labels stay legible.
  const narrow = spec.type === 'tile-map' ? undefined : draw(d, spec, `${id}-ponsel`, index, { ...options, width: NARROW_WIDTH }).svg;
  return {
    id,
    spec,
    title: wide.title,
    ...(wide.unit === undefined ? {} : { unit: wide.unit }),
    svg: wide.svg,
    ...(narrow ? { svgNarrow: narrow } : {}),
    ...(wide.counts ? { counts: wide.counts } : {}),
    ...(wide.note === undefined ? {} : { note: wide.note }),
  };
}

/** The charts of a dataset page, rendered. Empty when no chart suits the table. */
export function chartsFor(d: BuiltDataset, options: RenderOptions = {}): DatasetChart[] {
  return chartSpecs(d).map((spec, i) => renderChart(d, spec, i, options));
}
