/**
 * id-ID formatting for everything a reader sees. Pure; no I/O.
 * Intl formatters are cached because pages format thousands of cells.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** Format a number in id-ID (303.272; 3.352,92). `decimals` fixes the fraction digits. */
export function formatNumber(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (decimals === undefined) return formatter(0, 2).format(value);
  return formatter(decimals, decimals).format(value);
}

/** Number followed by its unit, e.g. "88.364 jiwa", "20,08%". */
export function formatWithUnit(value: number | null | undefined, unit?: string, decimals?: number): string {
  const n = formatNumber(value, decimals);
  if (value === null || value === undefined || !unit) return n;
  if (unit === '%') return `${n}%`;
  if (unit === 'Rp') return `Rp${n}`;
  return `${n} ${unit}`;
}

/** Short form for large numbers: 1,04 triliun, 823 miliar (no decimals from 100 units up), 1,2 juta. */
export function formatCompact(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const abs = Math.abs(value);
  const steps: Array<[number, string]> = [
    [1e12, 'triliun'],
    [1e9, 'miliar'],
    [1e6, 'juta'],
    [1e3, 'ribu'],
  ];
  for (const [size, word] of steps) {
    if (abs >= size) return `${formatter(0, abs / size >= 100 ? 0 : 2).format(value / size)} ${word}`;
  }
  return formatNumber(value);
}

const dateFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "22 November 2026" from an ISO date (interpreted in UTC so builds are reproducible). */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
