import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { htmlPages, readPage } from '../../scripts/check/site.ts';
import { assertBuilt, DIST, ROOT } from '../support/dist.ts';

describe('the browser editor in dist/', () => {
  assertBuilt();
  const admin = readPage(DIST, '/admin/');
  const scripts = [...admin.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);

  test('/admin/ loads Decap and its own module; the Decap files are shipped', () => {
    expect(scripts[0]).toBe('/admin/decap/decap-cms.js');
    expect(scripts.some((s) => s.startsWith('/_astro/'))).toBe(true);
    expect(existsSync(path.join(DIST, 'admin/decap/decap-cms.js'))).toBe(true);
    expect(admin).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  test('no other page loads any of the editor\'s JavaScript', () => {
    const editorScripts = scripts.filter((s) => !s.startsWith('/admin/decap/'));
    for (const page of htmlPages(DIST).filter((p) => !p.startsWith('/admin/'))) {
      const html = readPage(DIST, page);
      expect(html, page).not.toContain('/admin/decap/');
      for (const s of editorScripts) expect(html, page).not.toContain(s);
    }
  });

  test('config.yml: every folder and file it edits exists in the repository, in Indonesian', () => {
    const config = parse(readFileSync(path.join(DIST, 'admin/config.yml'), 'utf8')) as { locale: string; collections: Array<{ folder?: string; files?: Array<{ file: string }> }> };
    expect(config.locale).toBe('id');
    for (const c of config.collections) {
      if (c.folder) expect(existsSync(path.join(ROOT, c.folder)), c.folder).toBe(true);
      for (const f of c.files ?? []) expect(existsSync(path.join(ROOT, f.file)), f.file).toBe(true);
    }
  });

  test('the editor is neither in the sitemap nor for robots', () => {
    expect(readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
  });
});
