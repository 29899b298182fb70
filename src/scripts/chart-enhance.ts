/**
 * Progressive enhancement for the build-time SVG charts. The page is complete
 * without it; this adds (1) a tooltip for `.mark` elements on hover and
 * keyboard focus and (2) SVG/PNG downloads for `button[data-download]`.
 * Document-level delegation: works for any number of charts, no per-chart setup.
 * No inline styles in markup (CSP): the tooltip is styled by charts.css and only
 * positioned through the CSSOM, which CSP does not restrict.
 */
const READY_CLASS = 'js-charts';
const MARK_SELECTOR = 'figure.chart svg .mark';
const BUTTON_SELECTOR = 'figure.chart button[data-download]';

let tip: HTMLDivElement | null = null;
let current: Element | null = null;

function markFrom(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(MARK_SELECTOR) : null;
}

function showTip(mark: Element): void {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    // The mark's own <title> is what assistive tech reads; the tooltip is visual only.
    tip.setAttribute('aria-hidden', 'true');
    document.body.append(tip);
  }
  current = mark;
  const series = mark.getAttribute('data-series');
  const label = mark.getAttribute('data-label') ?? '';
  const head = document.createElement('strong');
  head.textContent = series ? `${series} – ${label}` : label;
  const value = document.createElement('span');
  value.textContent = mark.getAttribute('data-value') ?? '';
  tip.replaceChildren(head, value);
  tip.hidden = false;

  const r = mark.getBoundingClientRect();
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const left = Math.min(Math.max(4, r.left + r.width / 2 - w / 2), document.documentElement.clientWidth - w - 4);
  // Prefer above the mark; flip below when there is no room.
  const top = r.top - h - 8 >= 0 ? r.top - h - 8 : r.bottom + 8;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${top + window.scrollY}px`;
}

function hideTip(): void {
  current = null;
  if (tip) tip.hidden = true;
}

function serialize(svg: SVGSVGElement): { xml: string; width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = box && box.width ? box.width : svg.clientWidth;
  const height = box && box.height ? box.height : svg.clientHeight;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Standalone files need an intrinsic size, the namespace and the font the page actually used.
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { xml, width, height };
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function download(button: HTMLButtonElement): void {
  const figure = button.closest('figure.chart');
  const svg = figure?.querySelector('svg');
  if (!figure || !(svg instanceof SVGSVGElement)) return;
  const name = (figure as HTMLElement).dataset['filename'] ?? svg.dataset['chart'] ?? 'grafik';
  const { xml, width, height } = serialize(svg);
  if (button.dataset['download'] === 'svg') {
    save(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
    return;
  }
  const img = new Image();
  img.onload = () => {
    const scale = 2; // 2× for sharp text on reports and slides
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#ffffff'; // PNGs pasted into documents should not be transparent
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => {
      if (blob) save(blob, `${name}.png`);
    }, 'image/png');
  };
  // A data: URL (not blob:) keeps the canvas untainted in Safari and fits common img-src CSPs.
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
}

function init(): void {
  const root = document.documentElement;
  if (root.classList.contains(READY_CLASS)) return;
  root.classList.add(READY_CLASS);

  document.addEventListener('pointerover', (e) => {
    const mark = markFrom(e.target);
    if (mark && mark !== current) showTip(mark);
  });
  document.addEventListener('pointerout', (e) => {
    if (markFrom(e.target) && !markFrom(e.relatedTarget) && document.activeElement !== current) hideTip();
  });
  document.addEventListener('focusin', (e) => {
    const mark = markFrom(e.target);
    if (mark) showTip(mark);
    else hideTip();
  });
  document.addEventListener('focusout', (e) => {
    if (markFrom(e.target)) hideTip();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTip(); // WCAG 1.4.13: dismissible without moving focus
  });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest(BUTTON_SELECTOR) : null;
    if (button instanceof HTMLButtonElement) download(button);
  });
}

init();
