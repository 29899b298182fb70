/**
 * Search page logic that does not need a browser: facet definitions, the
 * mapping between the address bar (?q=…&topik=…) and the search state, and
 * per-year filter values. Used by the /cari/ page and src/scripts/search.ts.
 */

/** Pagefind filter keys, in display order, with Indonesian legends. */
export const FACETS = [
  { key: 'jenis', legend: 'Jenis konten' },
  { key: 'topik', legend: 'Topik' },
  { key: 'produsen', legend: 'Produsen data' },
  { key: 'tahun', legend: 'Tahun' },
  { key: 'wilayah', legend: 'Tingkat wilayah' },
] as const;
export type FacetKey = (typeof FACETS)[number]['key'];
const FACET_KEYS: readonly string[] = FACETS.map((f) => f.key);

/** Labels of the content types set through Base.astro's `kind` prop. */
export const KIND_LABEL: Record<string, string> = {
  dataset: 'Dataset',
  indikator: 'Indikator',
  dokumen: 'Dokumen',
  'informasi publik': 'Informasi publik',
  halaman: 'Halaman',
};

export const SORTS = [
  { value: 'relevan', label: 'Paling relevan' },
  { value: 'terbaru', label: 'Terbaru diperbarui' },
] as const;
export type SortKey = (typeof SORTS)[number]['value'];

/** Sort key written by SearchIndexMeta.astro (data-pagefind-sort). */
export const SORT_FIELD = 'diperbarui';

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortKey;
}

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FACET_KEYS as FacetKey[]) {
    const values = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))].sort();
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('urut') === 'terbaru' ? 'terbaru' : 'relevan';
  return { q: (params.get('q') ?? '').trim(), filters, sort };
}

/** The query string for a state; facets in fixed order so equal states give equal URLs. */
export function serialiseState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS as FacetKey[]) for (const v of [...(state.filters[key] ?? [])].sort()) params.append(key, v);
  if (state.sort !== 'relevan') params.set('urut', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v !== undefined && v.length > 0);
}

/** Pagefind filter object: several values of one facet are alternatives (any), facets combine with AND. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values && values.length > 0) out[key] = { any: values };
  return out;
}

/** Years covered by a period, for the "tahun" facet; long series are capped at their last 40 years. */
export function searchYears(t: { start: number; end: number }): number[] {
  const start = Math.max(t.start, t.end - 39);
  return Array.from({ length: t.end - start + 1 }, (_, i) => start + i);
}

/** Facet values sorted for display: years newest first, everything else alphabetically (id). */
export function sortFacetValues(key: string, values: string[]): string[] {
  if (key === 'tahun') return [...values].sort((a, b) => b.localeCompare(a));
  return [...values].sort((a, b) => a.localeCompare(b, 'id'));
}

export function facetValueLabel(key: string, value: string): string {
  return key === 'jenis' ? (KIND_LABEL[value] ?? value) : value;
}
