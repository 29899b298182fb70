import { launch, axeViolations } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/serve.ts';
const server = await serveDist();
const browser = await launch();
for (const p of process.argv.slice(2)) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(server.url + p);
  console.log(p, JSON.stringify(await axeViolations(page)));
  await ctx.close();
}
await browser.close(); await server.close();
