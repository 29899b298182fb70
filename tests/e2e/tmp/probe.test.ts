import { test } from 'vitest';
import { serveDist } from '../../support/serve.ts';
import { launch } from '../../support/browser.ts';
import { RANKING } from '../../../src/scripts/search.ts';

test('probe', async () => {
  const server = await serveDist();
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/cari/`);
  const queries = ['penduduk binjai utara', 'kemiskinan', 'realisasi belanja', 'UMK', 'SPBE', 'stunting', 'jalan mantap', 'upah minimum', 'inflasi'];
  const ranking = JSON.parse(process.env.RANK ?? 'null') ?? RANKING;
  const out = await page.evaluate(`(async () => {
    const queries = ${JSON.stringify(queries)};
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking: ${JSON.stringify(ranking)} });
    const res = {};
    for (const q of queries) {
      const r = await pf.search(q);
      res[q] = [r.results.length + ' results'].concat(await Promise.all(r.results.slice(0, 6).map(async (x) => { const d = await x.data(); return x.score.toFixed(2) + ' ' + d.url; })));
    }
    const f = await pf.filters();
    res['filters'] = Object.entries(f).map(([k, v]) => k + ': ' + Object.keys(v).length + ' ' + JSON.stringify(v).slice(0, 300));
    const e = await pf.search(null, { filters: { jenis: 'dataset' } });
    res['browse'] = [String(e && e.results.length)];
    const s = await pf.search(null, { filters: { jenis: 'dataset' }, sort: { diperbarui: 'desc' } });
    res['browseSorted'] = [String(s && s.results.length)];
    const all = await pf.search(null, {});
    res['all'] = [String(all && all.results.length)];
    const k = await pf.search('kemiskinan');
    const d0 = await k.results[0].data();
    res['excerpt'] = [d0.excerpt, JSON.stringify(d0.meta), JSON.stringify(d0.filters)];
    return res;
  })()`);
  console.log(JSON.stringify(out, null, 1));
  await browser.close(); await server.close();
}, 60000);
