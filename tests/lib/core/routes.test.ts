import { expect, test } from 'vitest';
import { missingTarget, routeOfPage, siteRoutes } from '../../../src/lib/core/routes.ts';

test.each([
  ['src/pages/index.astro', '/'],
  ['src/pages/ppid/dip/index.astro', '/ppid/dip/'],
  ['src/pages/data/[slug]/index.astro', '/data/[slug]/'],
  ['src/pages/data.json.ts', '/data.json'],
  ['src/pages/api/v1/datasets/[slug].json.ts', '/api/v1/datasets/[slug].json'],
  ['src/pages/404.astro', '/404/'],
  ['src/pages/ppid/_dip.ts', undefined],
])('routeOfPage(%j) = %j', (page, route) => {
  expect(routeOfPage(page)).toBe(route);
});

const routes = siteRoutes(
  ['src/pages/index.astro', 'src/pages/ppid/dip/index.astro', 'src/pages/data/[slug]/index.astro', 'src/pages/data/[slug]/[file].ts', 'src/pages/anggaran/[section]/index.astro'],
  ['favicon.svg', 'berkas/renstra-2021-2026.pdf'],
  new Map([
    ['/data/[slug]/', new Set(['penduduk'])],
    ['/data/[slug]/[file]', new Set(['penduduk'])],
  ]),
);

test('static pages, public files and known dynamic values resolve', () => {
  for (const url of ['/', '/ppid/dip/', '/ppid/dip/#berkala', '/berkas/renstra-2021-2026.pdf', '/data/penduduk/', '/data/penduduk/penduduk.csv', '/anggaran/01-dinas-pendidikan/'])
    expect(missingTarget(url, routes), url).toBeUndefined();
});

test('what will not exist is named, with the reason', () => {
  expect(missingTarget('/halaman-tidak-ada/', routes)).toBe('halaman atau berkas itu tidak ada di portal');
  expect(missingTarget('/data/hantu/', routes)).toBe('"hantu" tidak dikenal untuk alamat /data/…/');
  expect(missingTarget('/ppid/dip', routes)).toBe('alamat halaman harus diakhiri garis miring "/"');
  expect(missingTarget('/berkas/x.pdf', routes)).toBe('berkas /berkas/x.pdf tidak ada di public/berkas/x.pdf');
});
