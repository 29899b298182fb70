/**
 * The layout is part of the design (CONTRIBUTING.md, "Peta"): one folder per concern, imports that
 * flow one way, modules small enough to read in one sitting, tests at the mirrored path of the
 * module they test. dependency-cruiser reads every TypeScript import, type-only ones included.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/dist.ts';

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'tests'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.length > 0 && existsSync(path.join(ROOT, f)));

const MAX_LINES = 600;

test(`no module in src/ or scripts/ is longer than ${MAX_LINES} lines`, () => {
  const long = tracked
    .filter((f) => /^(src|scripts)\/.*\.(ts|astro|mjs)$/.test(f))
    .map((f) => ({ f, lines: readFileSync(path.join(ROOT, f), 'utf8').split('\n').length }))
    .filter((x) => x.lines > MAX_LINES)
    .map((x) => `${x.f} (${x.lines})`);
  expect(long, 'Pecah modul ini per tahap atau per urusan').toEqual([]);
});

/** tests/<mirror>/<module>.test.ts or <module>.<aspect>.test.ts ↔ the module it tests. */
const MIRRORS: ReadonlyArray<[tests: string, source: string]> = [
  ['tests/lib/', 'src/lib/'],
  ['tests/scripts/', 'scripts/'],
  ['tests/client/', 'src/scripts/'],
];

test('every unit test sits at the mirrored path of the module it tests', () => {
  const orphans: string[] = [];
  for (const file of tracked.filter((f) => f.endsWith('.test.ts'))) {
    const mirror = MIRRORS.find(([t]) => file.startsWith(t));
    if (!mirror) continue;
    const rel = file.slice(mirror[0].length).replace(/\.test\.ts$/, '');
    // "parse-lampiran.golden" tests parse-lampiran.ts; "index.contract" tests index.ts.
    const candidates = [rel, rel.replace(/\.[^./]+$/, '')].map((r) => `${mirror[1]}${r}.ts`);
    if (!candidates.some((c) => existsSync(path.join(ROOT, c)))) orphans.push(`${file} → ${candidates[candidates.length - 1]}`);
  }
  expect(orphans, 'Pindahkan tes ke jalur cermin modulnya').toEqual([]);
});

const RULES: IForbiddenRuleType[] = [
  { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
  // Pages and their libraries never import the build: scripts/ imports src/lib, never the reverse.
  { name: 'src-never-imports-scripts', severity: 'error', from: { path: '^src/' }, to: { path: '^scripts/' } },
  // The shared core imports no concern.
  { name: 'core-imports-no-concern', severity: 'error', from: { path: '^src/lib/core/' }, to: { path: '^src/', pathNot: '^src/lib/core/' } },
  // Pure libraries: file and process I/O belong to scripts/ (and the content config, Astro's only reader).
  {
    name: 'lib-does-no-io',
    severity: 'error',
    from: { path: '^src/(lib|data|pages|components)/' },
    to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|worker_threads)$' },
  },
];

describe('imports', async () => {
  const result = await cruise(['src', 'scripts'], {
    baseDir: ROOT,
    exclude: { path: '(^|/)node_modules/' },
    doNotFollow: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    validate: true,
    ruleSet: { forbidden: RULES },
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser gave no module list');
  const { modules, summary } = result.output;

  test('the import graph covers the project', () => {
    expect(modules.filter((m) => m.source.startsWith('src/lib/')).length).toBeGreaterThan(80);
    expect(modules.filter((m) => m.source.startsWith('scripts/')).length).toBeGreaterThan(30);
  });

  test.each(RULES.map((r) => r.name ?? ''))('rule %s holds', (name) => {
    const violations = summary.violations
      .filter((v) => v.rule.name === name)
      .map((v) => `${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
  });
});
