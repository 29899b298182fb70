/**
 * Parsing numbers exactly as the source documents print them.
 *
 * Tables use English format (1,035,369,934,160.00), prose uses Indonesian
 * format (303.272; 3.352,92). Negatives appear as (3.18) or -1.02, shares
 * as 20.08%, and "-" means "none". A missing value is never 0 or NaN: it is
 * `null` with a reason, so a reader can tell "zero" from "not reported".
 */
export type NumberStyle = 'en' | 'id';

export type ParsedNumber =
  | { ok: true; value: number; decimals: number; percent: boolean }
  | { ok: true; value: null; missing: 'dash' | 'blank'; reason: string }
  | { ok: false; error: string; hint: string };

export const MISSING_REASONS = {
  dash: "Sumber mencetak '-' (tidak ada/nihil)",
  blank: 'Sel kosong di sumber (tidak dilaporkan)',
} as const;

// Group separators must be regular: 1,234,567 (en) or 1.234.567 (id).
const PATTERNS: Record<NumberStyle, RegExp> = {
  en: /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/,
  id: /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/,
};

const EXAMPLE: Record<NumberStyle, string> = {
  en: 'format Inggris seperti di tabel sumber, contoh 1,035,369.50 atau 20.08%',
  id: 'format Indonesia seperti di uraian sumber, contoh 1.035.369,50 atau 20,08%',
};

function other(style: NumberStyle): NumberStyle {
  return style === 'en' ? 'id' : 'en';
}

/**
 * Parse one cell. `style` says which format the source table uses.
 * The raw text is trimmed first; thin/no-break spaces are treated as spaces.
 */
export function parseNumber(raw: string, style: NumberStyle): ParsedNumber {
  const text = raw.replace(/[\u00a0\u2009\u202f]/g, ' ').trim();
  if (text === '') return { ok: true, value: null, missing: 'blank', reason: MISSING_REASONS.blank };
  if (/^[-–—]$/.test(text)) return { ok: true, value: null, missing: 'dash', reason: MISSING_REASONS.dash };

  let body = text;
  let negative = false;
  let percent = false;
  if (body.endsWith('%')) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
  }
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) {
    negative = true;
    body = (paren[1] ?? '').trim();
  } else if (/^[-–−]\s*\d/.test(body)) {
    negative = true;
    body = body.replace(/^[-–−]\s*/, '');
  }
  if (body.endsWith('%') && !percent) {
    percent = true;
    body = body.slice(0, -1).trimEnd();
  }

  const match = PATTERNS[style].exec(body);
  if (!match) {
    const alt = PATTERNS[other(style)].exec(body);
    if (alt && /[.,]/.test(body)) {
      return {
        ok: false,
        error: `"${raw}" tampak ditulis dalam ${EXAMPLE[other(style)]}, padahal tabel ini memakai ${EXAMPLE[style]}`,
        hint: `Salin angka persis seperti tercetak di tabel sumber, atau ubah "number_format" dataset bila seluruh tabel memakai format lain.`,
      };
    }
    return {
      ok: false,
      error: `"${raw}" bukan angka yang sah (${EXAMPLE[style]})`,
      hint: "Tulis angka saja (tanpa satuan/huruf); gunakan '-' bila sumber mencetak '-', atau kosongkan bila tidak dilaporkan.",
    };
  }
  const sep = style === 'en' ? ',' : '.';
  const integerPart = (match[1] ?? '').split(sep).join('');
  const fraction = match[2] ?? '';
  const value = Number(fraction ? `${integerPart}.${fraction}` : integerPart);
  // (0.00) is zero, not -0 (which would print as "-0" in some formatters).
  return { ok: true, value: negative && value !== 0 ? -value : value, decimals: fraction.length, percent };
}

/** Plain machine representation for CSV and the API: 88364, 20.08, -3.18. */
export function toMachineString(value: number | null): string {
  if (value === null) return '';
  return String(value);
}
