import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertBuilt, DIST } from '../support/dist.ts';
import { serveDist, type StaticServer } from '../support/serve.ts';
import { axeViolations, launch } from '../support/browser.ts';
import { representativePages } from '../../scripts/check/site.ts';
import { headersFor } from '../../src/lib/core/security.ts';

/**
 * Every page type of the built site, in Chromium, under the deployed security headers (per path):
 * no CSP violation, no horizontal overflow at 320 px, no axe-core violation.
 * Page types come from dist/ itself (one representative, the largest page, per URL
 * pattern), so pages added later are covered without editing this file.
 */
let server: StaticServer;
let browser: Browser;
/** The deployed headers per path: the editor's own policy under /admin/, the strict one elsewhere. */
const HEADERS = (urlPath: string): Record<string, string> => Object.fromEntries(headersFor(urlPath));
const types = (() => {
  assertBuilt();
  return representativePages(DIST);
})();

beforeAll(async () => {
  server = await serveDist(HEADERS);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  context: BrowserContext;
  page: Page;
  csp: () => Promise<string[]>;
}

/** Opens a page at 320 px and records every CSP violation, from the DOM event and the console. */
async function visit(url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  // Injected by the DevTools protocol, so the policy under test does not block the listener itself.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  return {
    context,
    page,
    csp: async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...console],
  };
}

test('the page types include home, catalogue and a dataset page', () => {
  const names = types.map((t) => t.type);
  expect(names).toEqual(expect.arrayContaining(['/', '/data/', '/data/*/']));
  console.info(`Jenis halaman yang diperiksa di Chromium: ${types.map((t) => `${t.type} (${t.url})`).join(', ')}`);
});

describe.each(types)('page type $type', ({ url }) => {
  test(`${url}: no CSP violation, no horizontal overflow at 320 px, no axe violation`, async () => {
    const { context, page, csp } = await visit(`${server.url}${url}`);
    // Let deferred module scripts and their enhancements run before judging.
    await page.waitForLoadState('networkidle');
    expect(await csp(), 'pelanggaran CSP').toEqual([]);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      if (root.scrollWidth <= root.clientWidth) return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: [] };
      // Name the culprits: elements reaching past the viewport outside a scroll container.
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest('[tabindex="0"]'))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(overflow.scrollWidth, `melebar di 320 px: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the Chromium CSP check can fail', () => {
  let dir: string;
  let bad: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'portal-csp-'));
    mkdirSync(path.join(dir, 'x'));
    writeFileSync(
      path.join(dir, 'x/index.html'),
      '<!DOCTYPE html><html lang="id"><head><title>x</title><script type="application/ld+json">{"@type":"Dataset"}</script></head><body><p style="color:red">x</p><script>window.ran = true</script></body></html>',
    );
    bad = await serveDist(HEADERS, dir);
  });
  afterAll(async () => {
    await bad?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('an inline script and an inline style are blocked and reported; JSON-LD is not', async () => {
    const { context, page, csp } = await visit(`${bad.url}/x/`);
    const violations = await csp();
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src'))).toBe(true);
    expect(violations.filter((v) => v.startsWith('script-src'))).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    await context.close();
  });
});
