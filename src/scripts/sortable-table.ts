/**
 * Sortable tables: progressive enhancement for `table[data-sortable]`. Each
 * `th[data-sort="number"|"text"]` becomes a button; cells sort by their
 * `data-value` (numbers) or text (Indonesian collation). `aria-sort` tells
 * assistive tech the current order. Without JavaScript the table stays in
 * source order, which is complete.
 */
const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

function cellKey(row: HTMLTableRowElement, index: number, numeric: boolean): number | string {
  const cell = row.cells[index];
  if (!cell) return numeric ? -Infinity : '';
  if (numeric) {
    const v = Number(cell.dataset['value'] ?? Number.NaN);
    return Number.isFinite(v) ? v : -Infinity;
  }
  return (cell.textContent ?? '').trim();
}

function sortBy(table: HTMLTableElement, th: HTMLTableCellElement, numeric: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const index = th.cellIndex;
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  for (const other of table.querySelectorAll('thead th[aria-sort]')) other.removeAttribute('aria-sort');
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const ka = cellKey(a, index, numeric);
    const kb = cellKey(b, index, numeric);
    const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    return ascending ? c : -c;
  });
  body.append(...rows);
}

export function enhanceSortableTables(root: ParentNode = document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    if (table.dataset['sortableReady']) continue;
    table.dataset['sortableReady'] = '1';
    for (const th of table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')) {
      const numeric = th.dataset['sort'] === 'number';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      button.title = 'Urutkan';
      th.append(button);
      button.addEventListener('click', () => sortBy(table, th, numeric));
    }
  }
}

enhanceSortableTables();
