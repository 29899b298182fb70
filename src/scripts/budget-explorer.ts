/**
 * Budget explorer enhancement: treemap cells with `data-href` become links
 * (click, Enter or Space drills down one level). The tables beside each chart
 * carry the same links, so nothing depends on this.
 */
const CELL = 'figure.budget-treemap .mark[data-href]';

function follow(target: EventTarget | null): boolean {
  const cell = target instanceof Element ? target.closest<SVGGElement>(CELL) : null;
  const href = cell?.getAttribute('data-href');
  if (!href) return false;
  window.location.assign(href);
  return true;
}

document.addEventListener('click', (e) => {
  follow(e.target);
});
document.addEventListener('keydown', (e) => {
  if ((e.key === 'Enter' || e.key === ' ') && follow(e.target)) e.preventDefault();
});
for (const cell of document.querySelectorAll(CELL)) cell.classList.add('is-link');
