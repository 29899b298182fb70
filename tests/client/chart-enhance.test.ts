/** Static checks on the progressive-enhancement script (no DOM in this test environment). */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const entry = 'src/scripts/chart-enhance.ts';

describe('chart-enhance script', () => {
  it('bundles to under 3 KB gzipped', async () => {
    // esbuild arrives with Astro's toolchain (Vite); without it this budget cannot be measured, which is a failure.
    const esbuild = await import('esbuild');
    const out = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent' });
    const code = out.outputFiles[0]!.contents;
    expect(gzipSync(code).length).toBeLessThan(3 * 1024);
  });

  it('never injects markup or inline style attributes (CSP-friendly)', () => {
    const src = readFileSync(entry, 'utf8');
    expect(src).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|setAttribute\(\s*['"]style/);
    expect(src).not.toMatch(/\beval\(|new Function/);
  });

  it('targets the documented markup hooks', () => {
    const src = readFileSync(entry, 'utf8');
    for (const hook of ['figure.chart svg .mark', 'figure.chart button[data-download]', 'js-charts', 'data-label', 'data-value', '<?xml version="1.0" encoding="UTF-8"?>']) {
      expect(src).toContain(hook);
    }
  });
});
