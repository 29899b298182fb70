import { test } from 'vitest';
import { serveDist } from '../../support/serve.ts';
import { launch } from '../../support/browser.ts';

test('probe2', async () => {
  const server = await serveDist();
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/cari/`);
  const out = await page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const r = await pf.search(${JSON.stringify(process.env.Q ?? 'penduduk binjai utara')});
    const res = [];
    for (const x of r.results.slice(0, 3)) {
      const d = await x.data();
      const words = d.content.split(/\\s+/);
      res.push(d.url + ' score=' + x.score.toFixed(2) + ' words=' + d.word_count + ' ' + JSON.stringify(d.weighted_locations.map(l => [words[l.location], l.weight, +l.balanced_score.toFixed(1)])));
    }
    return res;
  })()`);
  console.log((out as string[]).join('\n\n'));
  await browser.close(); await server.close();
}, 60000);
