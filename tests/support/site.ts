import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { assertBuilt } from './dist.ts';
import { serveDist, type StaticServer } from './serve.ts';
import { launch } from './browser.ts';

export interface BuiltSite {
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * For a browser test file: serve dist/ and start Chromium before its tests, stop both after.
 * The returned object's fields are set once the hooks have run.
 */
export function useBuiltSite(headers: Record<string, string> = {}): BuiltSite {
  const site: { server?: StaticServer; browser?: Browser } = {};
  beforeAll(async () => {
    assertBuilt();
    site.server = await serveDist(headers);
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return {
    get server() {
      if (!site.server) throw new Error('useBuiltSite: server not started (use it at the top level of a test file)');
      return site.server;
    },
    get browser() {
      if (!site.browser) throw new Error('useBuiltSite: browser not started (use it at the top level of a test file)');
      return site.browser;
    },
  };
}
