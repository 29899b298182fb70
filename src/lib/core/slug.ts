/**
 * URL slugs, one implementation for every part of the portal (budget sections, document anchors,
 * DIP file names, kecamatan). Slugs end up in addresses, which are promises: a change here must
 * keep every existing slug as it is (tests/lib/core/slug.test.ts).
 */

export interface SlugOptions {
  /** Longest slug; longer ones are cut (default: no limit). */
  maxLength?: number;
  /**
   * Where to cut: 'char' cuts at maxLength and drops a trailing hyphen; 'word' cuts at the last
   * hyphen before maxLength when that keeps more than 20 characters, else like 'char' but keeping
   * the cut as it falls.
   */
  cut?: 'char' | 'word';
}

/** "Laporan Kinerja Dinas X 2024" → "laporan-kinerja-dinas-x-2024"; accents are folded ("é" → "e"). */
export function slugify(text: string, options: SlugOptions = {}): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const max = options.maxLength;
  if (max === undefined || s.length <= max) return s;
  const cut = s.slice(0, max);
  if (options.cut === 'word') {
    const i = cut.lastIndexOf('-');
    return i > 20 ? cut.slice(0, i) : cut;
  }
  return cut.replace(/-+$/g, '');
}
