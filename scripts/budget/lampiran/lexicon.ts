/**
 * The vocabulary of Lampiran I: what an amount, a code, a page header, a policy
 * sentence or an indicator label looks like as printed, and the small helpers
 * that read them (whole rupiah, volumes, wrapped lines, code segments).
 */
import type { BudgetLevel } from '../../../src/lib/budget/schema.ts';

/**
 * A rupiah amount as printed in the appendix: English grouping with at least
 * one thousands separator and exactly two decimals (`55,800,000.00`). Every
 * amount in Lampiran I is ≥ 1,000, so amounts below 1,000 (which would print
 * as `500.00` and be indistinguishable from a percentage) do not occur.
 * Bounded on both sides so it never matches inside a longer number.
 */
export const MONEY_SOURCE = String.raw`(?<![\d,.])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d,])`;
export const MONEY_RE = new RegExp(MONEY_SOURCE, 'g');

export const LEVELS: readonly BudgetLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];

/** Lines of the repeated page header / footer. Compared after trimming and collapsing spaces. */
export const PAGE_FURNITURE = new Set([
  'LAMPIRAN I',
  'CAPAIAN PELAKSANAAN PROGRAM DAN KEGIATAN TAHUN 2023',
  'No Urusan Pemerintahan',
  'Organisasi Perangkat',
  'Daerah Pelaksana',
  'Uraian Program/Kegiatan/Subkegiatan',
  'Indikator Kinerja Program',
  '(Outcome)/ Kegiatan (output)',
  'Permasalahan',
  'Upaya Mengatasi',
  'Kebijakan Target Realisasi Tindak Lanjut Rekomendasi DPRD',
  'K Rp. K Rp.',
]);
export const PAGE_NUMBER_RE = /^Page \d+$/;

/**
 * First words of the "Kebijakan" (policy) column. The extractor emits that
 * cell's text at the bottom of each page, just before the next page header,
 * where it can land inside a kegiatan name.
 */
export const POLICY_OPENER_RE =
  /^(?:Meningkatkan|Memaksimalkan|Menjamin|Menjalankan|Melakukan evaluasi|Membentuk panitia|Penegakan disiplin|Pembinaan dan pengawasan dalam|Pemerintah Kota Binjai)\b/;

/** Agency/unit headings that open a section. */
export const SECTION_RE = /(?:^|\s)((?:DINAS|BADAN|RSUD|SATPOL|BAGIAN|SEKRETARIAT DPRD|INSPEKTORAT|BAPPEDA|KECAMATAN)\b.*)$/;
/** Roman-numbered "Urusan Pemerintahan" column: "I Urusan Wajib yang …", "VII Unsur Kewilayahan …". */
export const ROMAN_GROUP_RE = /^(?:I|II|III|IV|V|VI|VII|VIII|IX)\s+(?:Urusan|Unsur)\b/;

/**
 * Program / kegiatan / sub-kegiatan code anywhere on a line (text glued in
 * front of it comes from other columns). Tolerates the stray `'` and `;`
 * printed inside some codes (`2.'05`, `;09`).
 */
export const CODE_RE = /(?:^|\s)([1-8]) (\d{2}) +(\d{2})(?: +(\d) ?\. ?['’;]?(\d{2}))?(?: +[;'’]?(\d{2}))?(?=\s|$)/;
export const BIDANG_RE = /^([1-8]) (\d{2})\s+(?=[A-Z])/;
export const URUSAN_RE = /^([1-8])\s+(?=(?:URUSAN PEMERINTAHAN|UNSUR)\b)/;

/** Glued numbered item from the Permasalahan/Upaya columns: " 3 PROGRAM …", " 1 Meningkatkan …". */
export const GLUED_ITEM_RE = /\s+\d{1,2}\s+(?=PROGRAM\b|[A-Z][a-z])/;
export const GLUED_PROGRAM_RE = /\s+\d{1,2}\s+(?=PROGRAM\b)/;

export const KELUARAN_RE = /Keluaran\s*\/\s*Output\s*:?\s*/i;
/**
 * Indicator text printed without the "Keluaran/Output :" label: a line that
 * opens with one of these words ("umlah" is a printed "Jumlah" missing its J),
 * or — on a single line — the words Jumlah/Tersedianya/Terlaksananya inside it.
 * ("Cakupan" is not in the list: it starts kegiatan-name lines such as
 * "Cakupan Daerah Kabupaten/Kota".)
 */
export const UNLABELLED_INDICATOR_RE = /^(?:J?umlah|Tersedianya|Terlaksananya|Persentase|Meningkatnya|Terciptanya)\b/;
export const UNLABELLED_INLINE_RE = /\s(?=(?:Jumlah|Tersedianya|Terlaksananya)\s)/;

export const VOLUME_RE = /^\d+(?:[.,]\d+)?%?$/;
/** A percentage unit: "%" (glued to the number) or "persen". */
export const PERCENT_UNIT_RE = /^(?:%|persen\b)/i;
export const DASH_RE = /^[-–—]$/;


export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Join wrapped lines: a line ending in "-" continues without a space (Perundang-|undangan). */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = collapse(raw);
    if (p === '') continue;
    if (out === '') out = p;
    else if (out.endsWith('-')) out += p;
    else out += ` ${p}`;
  }
  return out;
}

/** Whole rupiah from an English-format amount ("1,035,369,934,160.00"). */
export function parseMoney(token: string): number {
  const m = /^(\d{1,3}(?:,\d{3})+)\.(\d{2})$/.exec(token);
  if (!m || m[1] === undefined || m[2] === undefined) throw new Error(`not a money token: ${token}`);
  if (m[2] !== '00') throw new Error(`amount with cents: ${token}`);
  return Number(m[1].replace(/,/g, ''));
}

export function parseVolume(token: string): { volume: number; percent: boolean; decimals: number } {
  const percent = token.endsWith('%');
  const body = (percent ? token.slice(0, -1) : token).replace(',', '.');
  const dot = body.indexOf('.');
  return { volume: Number(body), percent, decimals: dot < 0 ? 0 : body.length - dot - 1 };
}


export function levelOfParts(n: number): BudgetLevel {
  const level = LEVELS[n - 1];
  if (level === undefined) throw new Error(`code with ${n} parts`);
  return level;
}

/** Segments of a dotted code; the kegiatan segment keeps its own dot ("2.08"). */
export function partsOf(code: string): string[] {
  const p = code.split('.');
  if (p.length <= 3) return p;
  return [...p.slice(0, 3), `${p[3] ?? ''}.${p[4] ?? ''}`, ...p.slice(5)];
}

export function isUppercaseName(t: string): boolean {
  return /^[A-Z(][A-Z0-9 ,.&()/'’-]*$/.test(t) && /[A-Z]{2}/.test(t);
}
