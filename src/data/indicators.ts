import { getEntry } from 'astro:content';
import type { ResolvedIndicator } from '../lib/indicators/schema.ts';

/** The indicator registry, resolved against the built datasets by the data build (registry order). */
export async function getIndicators(): Promise<ResolvedIndicator[]> {
  const entry = await getEntry('indicators', 'registry');
  if (!entry) throw new Error('data/build/indicators.json belum ada: jalankan "npm run data:build".');
  return entry.data.indicators;
}
