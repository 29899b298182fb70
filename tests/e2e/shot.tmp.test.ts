import { test } from 'vitest';
import { launch } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';
test('shots', async () => {
  const server = await serveDist();
  const browser = await launch();
  for (const [w, name] of [[1280, 'wide'], [320, 'narrow']] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: 1000 } });
    const page = await ctx.newPage();
    for (const [p, n] of (process.env['SHOTS'] ?? '/anggaran/:index').split(',').map((x) => x.split(':'))) {
      await page.goto(server.url + p);
      for (const y of [0, 1000, 2000]) {
        await page.evaluate((yy) => window.scrollTo(0, yy), y);
        await page.screenshot({ path: `/tmp/shots/${n}-${name}-${y}.png` });
      }
    }
    await ctx.close();
  }
  await browser.close();
  await server.close();
});
