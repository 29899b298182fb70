/**
 * The indicator registry (data/indicators.yml) is part of the data build: checked by `npm run
 * periksa` like every data file, resolved against the built datasets once, written to
 * data/build/indicators.json for the pages.
 */
import { describe, expect, test } from 'vitest';
import { loadInput } from '../../../scripts/data/build.ts';
import { runPipeline } from '../../../scripts/data/pipeline.ts';
import { formatReport } from '../../../src/lib/core/problems.ts';

const real = await loadInput();

describe('indicators in the data pipeline', () => {
  test('the real registry resolves: every headline number read from a dataset row', () => {
    const out = runPipeline(real);
    expect(out.problems.filter((p) => p.file === 'data/indicators.yml')).toEqual([]);
    expect(out.indicators.length).toBe(17);
    const ipm = out.indicators.find((i) => i.dataset === 'ipm-kota-binjai-2023') ?? out.indicators[0]!;
    const d = out.datasets.find((x) => x.slug === ipm.dataset)!;
    expect(d.rows.some((r) => r[ipm.field] === ipm.value)).toBe(true);
  });

  test('a registry entry naming a missing dataset fails with file, line and the fix, in Indonesian', () => {
    const file = real.indicators!;
    const broken = { ...real, indicators: { ...file, text: file.text.replace(/dataset: (\S+)/, 'dataset: dataset-tidak-ada') } };
    const out = runPipeline(broken);
    const p = out.problems.find((x) => x.file === 'data/indicators.yml');
    expect(p?.message).toBe('dataset "dataset-tidak-ada" tidak ada');
    expect(p?.line).toBeGreaterThan(0);
    expect(formatReport(out.problems)).toContain('Tulis slug dataset persis seperti nama berkasnya di data/datasets/');
  });

  test('a malformed registry is refused like any data file, not left for the site build to crash on', () => {
    const broken = { ...real, indicators: { path: 'data/indicators.yml', text: '- id: ipm\n  title: [tidak ditutup\n' } };
    const out = runPipeline(broken);
    expect(out.indicators).toEqual([]);
    expect(out.problems.some((p) => p.file === 'data/indicators.yml' && p.severity === 'error' && p.line !== undefined)).toBe(true);
  });
});
