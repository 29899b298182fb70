/**
 * /cari/: a small search UI on the Pagefind JS API (no UI framework, no
 * innerHTML with index text). The address bar holds the whole state
 * (?q=…&topik=…&urut=terbaru), so links and the back button restore it.
 */
import {
  FACETS,
  SORT_FIELD,
  facetValueLabel,
  hasFilters,
  pagefindFilters,
  parseState,
  serialiseState,
  sortFacetValues,
  type FacetKey,
  type SearchState,
} from '../lib/search/state.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface SearchResponse {
  results: Array<{ id: string; data: () => Promise<ResultData> }>;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, o: Record<string, unknown>): Promise<SearchResponse | null>;
}

const PAGE_SIZE = 20;
const number = new Intl.NumberFormat('id-ID');
const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Pagefind's default ranking except term saturation (1.4 → 2.0): repeated
 * occurrences of a query word in the title and the curated keywords (weights
 * 7 and 10) keep adding to the score instead of flattening out, so a
 * dataset tagged "umk" or "binjai utara" outranks pages that merely mention the words.
 */
export const RANKING = { termFrequency: 1.0, termSaturation: 2.0, pageLength: 0.75, termSimilarity: 1.0 };

function el(tag: string, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind excerpts are escaped text with <mark> around hits: rebuild them as text nodes and <mark> elements. */
function excerptNodes(excerpt: string): Node[] {
  const decode = document.createElement('textarea');
  return excerpt.split(/(<mark>.*?<\/mark>)/g).flatMap((part) => {
    if (part === '') return [];
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    decode.innerHTML = hit ? hit[1]! : part;
    const text = decode.value;
    return [hit ? el('mark', {}, text) : document.createTextNode(text)];
  });
}

export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form#cari');
  const app = form?.querySelector<HTMLElement>('[data-search-app]');
  if (!form || !app) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = app.querySelector<HTMLElement>('[data-status]')!;
  const list = app.querySelector<HTMLOListElement>('[data-results]')!;
  const more = app.querySelector<HTMLButtonElement>('[data-more]')!;
  const sort = app.querySelector<HTMLSelectElement>('[data-sort]')!;
  const clear = app.querySelector<HTMLButtonElement>('[data-clear]')!;
  // The search app replaces the no-JavaScript note in one step, once its facets and first results are
  // in place: revealing it empty and filling it in later moved the page under the reader (layout shift).
  const reveal = () => {
    app.hidden = false;
    form.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
  };

  let pagefind: Pagefind;
  try {
    // Built by Pagefind after Astro, so the bundler must not resolve it.
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ ranking: RANKING, excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent = 'Indeks pencarian tidak dapat dimuat. Telusuri katalog data di /data/.';
    reveal();
    return;
  }
  const totals = await pagefind.filters();
  buildFacets(totals);

  let state = parseState(location.search);
  let shown: SearchResponse['results'] = [];
  let offset = 0;
  let run = 0;

  function buildFacets(counts: FilterCounts): void {
    for (const f of FACETS) {
      const fieldset = app!.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${f.key}"]`)!;
      const values = sortFacetValues(f.key, Object.keys(counts[f.key] ?? {}));
      const ul = fieldset.querySelector('ul')!;
      ul.replaceChildren(
        ...values.map((v) => {
          const box = el('input', { type: 'checkbox', name: f.key, value: v });
          return el('li', {}, el('label', {}, box, ` ${facetValueLabel(f.key, v)} `, el('span', { class: 'facet-count' })));
        }),
      );
      fieldset.hidden = values.length === 0;
    }
  }

  function syncControls(): void {
    input.value = state.q;
    sort.value = state.sort;
    for (const box of app!.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]')) {
      box.checked = (state.filters[box.name as FacetKey] ?? []).includes(box.value);
    }
    clear.hidden = !hasFilters(state);
  }

  function updateCounts(counts: FilterCounts): void {
    for (const box of app!.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]')) {
      const n = counts[box.name]?.[box.value] ?? 0;
      const label = box.parentElement!;
      label.querySelector('.facet-count')!.textContent = `(${number.format(n)})`;
      label.classList.toggle('facet-empty', n === 0 && !box.checked);
    }
  }

  async function renderMore(token: number): Promise<void> {
    const page = shown.slice(offset, offset + PAGE_SIZE);
    offset += page.length;
    const items = await Promise.all(page.map((r) => r.data()));
    if (token !== run) return; // a newer search replaced these results
    list.append(
      ...items.map((d) => {
        const kind = d.filters['jenis']?.[0];
        const facts = [kind ? facetValueLabel('jenis', kind) : null, d.filters['topik']?.[0], d.filters['produsen']?.[0]].filter(Boolean);
        const years = d.filters['tahun'];
        if (years && years.length > 0) {
          const sorted = [...years].sort();
          facts.push(sorted.length === 1 ? sorted[0]! : `${sorted[0]}–${sorted[sorted.length - 1]}`);
        }
        const updated = d.meta['diperbarui'];
        if (updated && /^\d{4}-\d{2}-\d{2}$/.test(updated)) facts.push(`diperbarui ${date.format(new Date(`${updated}T00:00:00Z`))}`);
        return el(
          'li',
          { class: 'result' },
          el('h3', {}, el('a', { href: d.url }, d.meta['title'] ?? d.url)),
          el('p', { class: 'meta-line' }, facts.join(' · ')),
          el('p', { class: 'result-excerpt' }, ...excerptNodes(d.excerpt)),
        );
      }),
    );
    more.hidden = offset >= shown.length;
  }

  async function search(): Promise<void> {
    const mine = ++run;
    syncControls();
    const browsing = state.q === '';
    if (browsing && !hasFilters(state) && state.sort === 'relevan') {
      list.replaceChildren();
      more.hidden = true;
      updateCounts(totals);
      status.textContent = 'Ketik kata pencarian, atau pilih saringan untuk menelusuri semua isi portal.';
      app!.removeAttribute('aria-busy');
      return;
    }
    status.textContent = 'Mencari…';
    app!.setAttribute('aria-busy', 'true');
    const options: Record<string, unknown> = { filters: pagefindFilters(state) };
    if (state.sort === 'terbaru') options['sort'] = { [SORT_FIELD]: 'desc' };
    const response = await pagefind.search(browsing ? null : state.q, options);
    if (mine !== run) return;
    shown = response?.results ?? [];
    offset = 0;
    list.replaceChildren();
    updateCounts(response?.filters ?? totals);
    await renderMore(mine);
    if (mine !== run) return;
    // Announced last, when the results are on the page.
    const n = number.format(shown.length);
    status.textContent = browsing
      ? `${n} hasil sesuai saringan.`
      : shown.length === 0
        ? `Tidak ada hasil untuk “${state.q}”. Periksa ejaan, pakai kata lain, atau kurangi saringan.`
        : `${n} hasil untuk “${state.q}”.`;
    app!.removeAttribute('aria-busy');
  }

  function commit(push: boolean): void {
    const url = `${location.pathname}${serialiseState(state)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search();
  }

  function readForm(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const f of FACETS) {
      const values = [...app!.querySelectorAll<HTMLInputElement>(`.facet input[name="${f.key}"]:checked`)].map((b) => b.value);
      if (values.length > 0) filters[f.key] = values.sort();
    }
    return { q: input.value.trim(), filters, sort: sort.value === 'terbaru' ? 'terbaru' : 'relevan' };
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = readForm();
      commit(false);
    }, 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    state = readForm();
    commit(true);
  });
  app.addEventListener('change', (e) => {
    if (e.target === input) return;
    state = readForm();
    commit(true);
  });
  clear.addEventListener('click', () => {
    state = { ...state, filters: {} };
    commit(true);
    input.focus();
  });
  more.addEventListener('click', () => void renderMore(run));
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    void search();
  });
  await search();
  reveal();
}
