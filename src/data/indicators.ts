import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getDatasets } from './catalog.ts';
import { resolveIndicators } from '../lib/indicators/resolve.ts';
import { ProblemError } from '../lib/core/problems.ts';
import { IndicatorListSchema, type ResolvedIndicator } from '../lib/indicators/schema.ts';
import { validateYaml } from '../lib/core/zod-problems.ts';

// Read from the project root: the build runs there, and bundling moves this module.
const FILE = 'data/indicators.yml';
let cached: Promise<ResolvedIndicator[]> | undefined;

async function load(): Promise<ResolvedIndicator[]> {
  const text = await readFile(path.resolve(process.cwd(), FILE), 'utf8');
  const { value, parsed, problems } = validateYaml(IndicatorListSchema, text, FILE);
  if (!value) throw new ProblemError(problems);
  const line = (path: (string | number)[]) => {
    const node = parsed?.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? parsed?.lineCounter.linePos(node.range[0]).line : undefined;
  };
  const resolved = resolveIndicators(value, await getDatasets(), FILE, line);
  // A registry entry pointing at a missing dataset or column stops the build with a named fix.
  if (resolved.problems.length > 0) throw new ProblemError(resolved.problems);
  return resolved.indicators;
}

/** The indicator registry, resolved against the built datasets (registry order). */
export function getIndicators(): Promise<ResolvedIndicator[]> {
  cached ??= load();
  return cached;
}
