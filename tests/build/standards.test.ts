import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { DcatApCatalogSchema, DcatUsCatalogSchema } from '../../src/lib/standards/dcat-schema.ts';
import { DataPackageSchema, type DataPackage } from '../../src/lib/standards/datapackage-schema.ts';
import { SchemaOrgDatasetSchema } from '../../src/lib/standards/schema-org-schema.ts';
import { CslItemSchema } from '../../src/lib/datasets/citation-schema.ts';
import { assertBuilt, DIST, distExists, readDist, readDistJson } from '../support/dist.ts';

interface Distribution { format: string; url: string; bytes: number; sha256: string; media_type: string }
type Cell = string | number | boolean | null;
interface Detail {
  slug: string;
  title: string;
  modified: string;
  fields: Array<{ name: string }>;
  distributions: Distribution[];
  rows: Array<Record<string, Cell>>;
}

let catalogue: Detail[];
const bytesOf = (urlPath: string) => readFileSync(path.join(DIST, urlPath));
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const local = (url: string) => new URL(url).pathname;

beforeAll(() => {
  assertBuilt();
  catalogue = readDistJson<{ datasets: Detail[] }>('/api/v1/datasets.json').datasets;
});

describe('distributions', () => {
  test('every dataset lists CSV, JSON and XLSX; each file exists with the stated size and SHA-256', () => {
    for (const d of catalogue) {
      expect(d.distributions.map((x) => x.format), d.slug).toEqual(['CSV', 'JSON', 'XLSX']);
      for (const x of d.distributions) {
        const b = bytesOf(local(x.url));
        expect(b.length, x.url).toBe(x.bytes);
        expect(sha256(b), x.url).toBe(x.sha256);
      }
    }
  });

  test('every XLSX opens as a workbook whose Data sheet gives back the API rows, numbers as numbers', async () => {
    for (const meta of catalogue) {
      const d = readDistJson<Detail>(`/api/v1/datasets/${meta.slug}.json`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytesOf(`/data/${d.slug}/${d.slug}.xlsx`) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['Data', 'Keterangan', 'Kamus data']);
      const sheet = wb.getWorksheet('Data')!;
      expect(sheet.rowCount, d.slug).toBe(d.rows.length + 1);
      d.rows.forEach((row, i) => {
        d.fields.forEach((f, j) => {
          const cell = sheet.getRow(i + 2).getCell(j + 1);
          const expected = row[f.name] ?? null;
          // Text exactly as in the API (the source's "-" stays "-"), as a string cell: never a formula.
          expect(cell.value ?? null, `${d.slug} baris ${i + 1} ${f.name}`).toBe(typeof expected === 'string' ? expected.replace('\r', '\n') : expected);
          if (typeof expected === 'number') expect(cell.type).toBe(ExcelJS.ValueType.Number);
          if (typeof expected === 'string') expect(cell.type).toBe(ExcelJS.ValueType.String);
        });
      });
    }
  });

  test('the page shows the XLSX download with its size and SHA-256', () => {
    const d = catalogue.find((x) => x.slug === 'penduduk-kecamatan-2023')!;
    const xlsx = d.distributions.find((x) => x.format === 'XLSX')!;
    const html = readDist('/data/penduduk-kecamatan-2023/');
    expect(html).toContain('href="/data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.xlsx"');
    expect(html).toContain('Unduh XLSX');
    expect(html).toContain(xlsx.sha256);
    expect(html).toContain('href="/unduh/semua-data.zip"');
    expect(html).toContain('href="/data/penduduk-kecamatan-2023/datapackage.json"');
  });
});

describe('catalogues', () => {
  test('/data.json validates as DCAT-US 1.1 and lists every dataset with its files', () => {
    const catalog = DcatUsCatalogSchema.parse(readDistJson('/data.json'));
    expect(catalog.dataset.map((d) => d.identifier)).toEqual(catalogue.map((d) => `https://data.binjaikota.go.id/data/${d.slug}/`));
    for (const [i, d] of catalog.dataset.entries()) {
      expect(d.distribution.map((x) => x.downloadURL)).toEqual(catalogue[i]!.distributions.map((x) => x.url));
    }
  });

  test('/catalog.jsonld validates as DCAT-AP 3 with byte sizes and checksums from the API', () => {
    const catalog = DcatApCatalogSchema.parse(readDistJson('/catalog.jsonld'));
    expect(catalog['dcat:dataset']).toHaveLength(catalogue.length);
    for (const [i, d] of catalog['dcat:dataset'].entries()) {
      expect(d['dcat:distribution'].map((x) => [x['dcat:byteSize']['@value'], x['spdx:checksum']['spdx:checksumValue']['@value']])).toEqual(
        catalogue[i]!.distributions.map((x) => [String(x.bytes), x.sha256]),
      );
    }
  });

  test('every dataset page carries one valid schema.org Dataset in JSON-LD, with no raw "<" in it', () => {
    for (const d of catalogue) {
      const html = readDist(`/data/${d.slug}/`);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(blocks, d.slug).toHaveLength(1);
      expect(blocks[0]).not.toContain('<');
      const ld = SchemaOrgDatasetSchema.parse(JSON.parse(blocks[0]!));
      expect(ld.name).toBe(d.title);
      expect(ld.distribution.map((x) => x.contentUrl)).toEqual(d.distributions.map((x) => x.url));
    }
  });
});

describe('Frictionless data packages', () => {
  test('/data/<slug>/datapackage.json validates and describes the CSV beside it exactly', () => {
    for (const d of catalogue) {
      const pkg = DataPackageSchema.parse(readDistJson(`/data/${d.slug}/datapackage.json`));
      const r = pkg.resources[0]!;
      const csv = bytesOf(`/data/${d.slug}/${r.path}`);
      expect(r.bytes).toBe(csv.length);
      expect(r.hash).toBe(`sha256:${sha256(csv)}`);
      const header = csv.toString('utf8').split('\r\n')[0]!.split(',');
      expect(r.schema.fields.map((f) => f.name)).toEqual(header);
    }
  });

  test('/datapackage.json covers every dataset with paths that resolve on the site', () => {
    const pkg = DataPackageSchema.parse(readDistJson('/datapackage.json'));
    expect(pkg.resources.map((r) => r.name)).toEqual(catalogue.map((d) => d.slug));
    for (const r of pkg.resources) expect(sha256(bytesOf(`/${r.path}`))).toBe(r.hash.slice('sha256:'.length));
  });

  test('/unduh/semua-data.zip holds every CSV byte for byte and the portal datapackage.json', () => {
    const files = unzipSync(bytesOf('/unduh/semua-data.zip'));
    for (const d of catalogue) {
      const name = `data/${d.slug}/${d.slug}.csv`;
      expect(files[name], name).toBeDefined();
      expect(Buffer.from(files[name]!).equals(bytesOf(`/${name}`)), name).toBe(true);
    }
    const pkg = JSON.parse(Buffer.from(files['datapackage.json']!).toString('utf8')) as DataPackage;
    expect(pkg).toEqual(readDistJson('/datapackage.json'));
    expect(Object.keys(files).filter((n) => n.endsWith('.csv'))).toHaveLength(catalogue.length);
  });
});

describe('feed, sitemap, robots.txt and citations', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => ['entry', 'url'].includes(n) });

  test('/feed.xml is an Atom feed of datasets, newest first', () => {
    const doc = parser.parse(readDist('/feed.xml')) as { feed: { '@_xmlns': string; updated: string; entry: Array<{ id: string; updated: string; title: string }> } };
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = doc.feed.entry;
    expect(entries.length).toBe(Math.min(100, catalogue.length));
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(doc.feed.updated).toBe(dates[0]);
    for (const e of entries) expect(distExists(local(e.id)), e.id).toBe(true);
  });

  test('sitemap.xml lists every dataset page and no missing page; robots.txt points to it', () => {
    const doc = parser.parse(readDist('/sitemap.xml')) as { urlset: { url: Array<{ loc: string }> } };
    const locs = doc.urlset.url.map((u) => u.loc);
    for (const d of catalogue) expect(locs).toContain(`https://data.binjaikota.go.id/data/${d.slug}/`);
    for (const loc of locs) expect(distExists(local(loc)), loc).toBe(true);
    expect(readDist('/robots.txt')).toContain('Sitemap: https://data.binjaikota.go.id/sitemap.xml');
  });

  test('each dataset has BibTeX, RIS and CSL-JSON files, linked from "Cara mengutip"', () => {
    for (const d of catalogue) {
      expect(readDist(`/data/${d.slug}/${d.slug}.bib`)).toMatch(new RegExp(`^@misc\\{${d.slug},\\n`));
      expect(readDist(`/data/${d.slug}/${d.slug}.ris`)).toMatch(/^TY {2}- DATA\r\n[\s\S]*\r\nER {2}- \r\n$/);
      const csl = readDistJson<unknown[]>(`/data/${d.slug}/${d.slug}.csl.json`);
      expect(CslItemSchema.parse(csl[0]).title).toBe(d.title);
    }
    const html = readDist('/data/penduduk-kecamatan-2023/');
    expect(html).toContain('Cara mengutip');
    expect(html).toContain('[Set data]');
    expect(html).toContain('@misc{penduduk-kecamatan-2023,');
    expect(html).toContain('href="/data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.bib"');
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/deed.id" rel="license"');
  });
});
