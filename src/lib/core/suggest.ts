/**
 * "Did you mean …?" for validation hints: a misspelt slug or column name is
 * the most common authoring mistake, and naming the likely intended value
 * saves the editor a search through a long list.
 */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate closest to `name`, if it is close enough to be a typo (at most a third of the letters differ). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const key = name.toLowerCase();
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(key, candidate.toLowerCase());
    if (d > limit) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ' Mungkin maksudnya "x"?' or '' — appended to a hint. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const hit = closest(name, candidates);
  return hit === undefined || hit === name ? '' : ` Mungkin maksudnya "${hit}"?`;
}

/** "Pakai salah satu id di data/documents.yml: a, b. Mungkin maksud Anda …" — or, when the list is empty, what to fix first. */
export function useOneOf(what: string, file: string, name: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return `${file} belum berisi ${what} yang sah: perbaiki galat di berkas itu dulu, lalu periksa lagi.`;
  return `Pakai salah satu ${what} di ${file}: ${candidates.join(', ')}.${didYouMean(name, candidates)}`;
}
