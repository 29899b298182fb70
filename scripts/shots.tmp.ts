import { launch } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/serve.ts';
const server = await serveDist();
const browser = await launch();
const pages = process.argv.slice(2);
for (const w of [375, 1280]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 } });
  const page = await ctx.newPage();
  for (const p of pages) {
    await page.goto(server.url + p);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const name = p.replace(/\//g, '_') || 'home';
    await page.screenshot({ path: `/tmp/shots/${name}-${w}.png`, fullPage: true });
    console.log(w, p, 'overflow', overflow);
  }
  await ctx.close();
}
await browser.close(); await server.close();
