import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CACHE_RULES, editorSecurityHeaders, headersFor, securityHeaders } from '../../../src/lib/core/security.ts';

const nginx = readFileSync(path.join(import.meta.dirname, '../../../docs/nginx.conf'), 'utf8');
const snippet = (name: string) => nginx.slice(nginx.indexOf(`snippets/${name}.conf (`), nginx.indexOf('\n#\n', nginx.indexOf(`snippets/${name}.conf (`)) + 1 || undefined);

test('the nginx snippets carry exactly the headers of src/lib/core/security.ts, each for its paths', () => {
  for (const [name, value] of securityHeaders()) expect(snippet('portal-data-security'), name).toContain(`add_header ${name} "${value}" always;`);
  for (const [name, value] of editorSecurityHeaders()) expect(snippet('portal-data-editor'), name).toContain(`add_header ${name} "${value}" always;`);
  for (const rule of CACHE_RULES) expect(nginx, rule.path).toContain(`add_header Cache-Control "${rule.cacheControl}" always;`);
  expect(nginx).toMatch(/location \/admin\/ \{\s+include snippets\/portal-data-editor\.conf;/);
});

test('only the editor gets the editor policy', () => {
  expect(headersFor('/admin/')).toEqual(editorSecurityHeaders());
  expect(headersFor('/admin/config.yml')).toEqual(editorSecurityHeaders());
  for (const p of ['/', '/ppid/', '/administrasi/', '/data/admin/']) expect(headersFor(p)).toEqual(securityHeaders());
  expect(new Map(editorSecurityHeaders()).get('Content-Security-Policy')).toContain("'unsafe-inline'");
  expect(new Map(securityHeaders()).get('Content-Security-Policy')).not.toContain("'unsafe-inline'");
});
