/**
 * In-page search of sub-kegiatan names for the budget explorer. Loads the
 * small index on first use and lists up to 20 matches (all words must match,
 * case- and accent-insensitive). The form still works without it (site search).
 */
interface Entry {
  /** name, kegiatan, OPD — what is searched */
  n: string;
  k: string;
  o: string;
  /** link to the row on its programme page */
  u: string;
  /** target and realisation text as shown on the pages */
  t: string;
}

const MAX = 20;
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let index: Promise<Array<Entry & { f: string }>> | null = null;
function load(): Promise<Array<Entry & { f: string }>> {
  index ??= fetch('/anggaran/indeks-subkegiatan.json')
    .then((r) => (r.ok ? (r.json() as Promise<Entry[]>) : Promise.reject(new Error(String(r.status)))))
    .then((rows) => rows.map((e) => ({ ...e, f: fold(`${e.n} ${e.k} ${e.o}`) })));
  return index;
}

function render(out: HTMLElement, query: string, rows: ReadonlyArray<Entry & { f: string }>): void {
  const words = fold(query).split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) {
    out.replaceChildren();
    return;
  }
  const hits = rows.filter((e) => words.every((w) => e.f.includes(w)));
  const status = document.createElement('p');
  status.textContent = hits.length === 0 ? 'Tidak ada sub-kegiatan yang cocok.' : `${hits.length} sub-kegiatan cocok${hits.length > MAX ? `; ${MAX} pertama ditampilkan` : ''}.`;
  const list = document.createElement('ol');
  list.className = 'budget-search-results';
  for (const e of hits.slice(0, MAX)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = e.u;
    a.textContent = e.n;
    const meta = document.createElement('span');
    meta.className = 'meta-line';
    meta.textContent = ` ${e.o} · ${e.t}`;
    li.append(a, meta);
    list.append(li);
  }
  out.replaceChildren(status, list);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-budget-search]')) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const out = form.parentElement?.querySelector<HTMLElement>('[data-budget-results]');
  if (!input || !out) continue;
  const run = (): void => {
    load()
      .then((rows) => render(out, input.value, rows))
      .catch(() => form.submit());
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  input.addEventListener('input', run);
}
