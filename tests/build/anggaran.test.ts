/**
 * The budget explorer in the built site (run `npm run build` first):
 * exact figures on the pages, one page per agency block and per programme,
 * every sub-kegiatan linked to its source line, downloads matching their
 * stated size and SHA-256, the API, and the page-weight budget.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST, listDist, readDist, readDistJson } from '../support/dist.ts';

interface Totals { target: number; realisation: number; absorption_pct: number | null; subkegiatan_count: number; computed: true }
interface Api {
  year: number;
  totals: Totals;
  reconciliation: Record<string, number | unknown>;
  urusan: Array<{ code: string; totals: Totals; section_ids: string[] }>;
  sections: Array<{ id: string; name: string; totals: Totals; landing_page: string; programs: Array<{ code: string; landing_page: string; totals: Totals }> }>;
  fields: Array<{ name: string }>;
  distributions: Array<{ format: string; url: string; bytes: number; sha256: string }>;
}

let api: Api;
beforeAll(() => {
  assertBuilt();
  api = readDistJson<Api>('/api/v1/anggaran/2023.json');
});

/** Visible text of an HTML fragment (tags removed, whitespace collapsed). */
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('/anggaran/', () => {
  test('shows the city total computed from every sub-kegiatan', () => {
    const t = text(readDist('/anggaran/'));
    expect(t).toContain('Target (pagu) Rp1.018.561.449.316');
    expect(t).toContain('Realisasi Rp860.599.119.950');
    expect(t).toContain('Serapan anggaran 84,49%');
    expect(t).toContain('Sub-kegiatan 1.012');
    expect(t).toContain('29 sub-kegiatan tanpa target rupiah dan 95 sub-kegiatan tanpa realisasi rupiah: dihitung sebagai 0.');
    expect(t).toContain('setiap nilai rupiah di lampiran (1.900 angka) masuk ke tepat satu sub-kegiatan');
  });

  test('shows the reconciliation with LRA Tabel I.7 as a property of the source, with its explanation', () => {
    const html = readDist('/anggaran/');
    const table = html.match(/<table[^>]*id="tabel-rekonsiliasi"[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(text(table)).toContain('Anggaran / target Rp1.018.561.449.316 Rp1.038.614.999.856 +Rp20.053.550.540');
    expect(text(table)).toContain('Realisasi Rp860.599.119.950 Rp823.371.381.789 −Rp37.227.738.161');
    const parts = text(html.match(/<table[^>]*id="tabel-selisih"[\s\S]*?<\/table>/)?.[0] ?? '');
    expect(parts).toContain('Hibah Dana BOS');
    expect(parts).toContain('+Rp15.486.304.200');
    expect(parts).toContain('BLUD RSUD Djoelham');
    expect(parts).toContain('−Rp30.595.886.438');
    expect(parts).toContain('−Rp1.000');
    expect(parts).toContain('Sisa yang belum terjelaskan');
    expect(parts).toContain('+Rp4.567.247.340');
    expect(parts).toContain('−Rp6.631.851.723');
  });

  test('lists the parser warnings as quality notes linked to their source lines', () => {
    const html = readDist('/anggaran/');
    const notes = html.match(/<details class="budget-quality"[\s\S]*?<\/details>/)?.[0] ?? '';
    expect(text(notes)).toContain('Catatan kualitas sumber (32 peringatan)');
    expect(notes.match(/<li>/g)).toHaveLength(32);
    // The six sub-kegiatan printing only "0": named, with their lines, as volume without amount.
    const zero = [...text(notes).matchAll(/Hanya volume target &quot;0&quot; tercetak, tanpa rupiah dan realisasi \(rupiah dibiarkan kosong, bukan 0\) — kode [\d.]+ , baris (\d+)/g)];
    expect(zero.map((m) => Number(m[1]))).toEqual([17795, 21549, 23438, 23652, 26321, 28348]);
    // Lampiran I is on a part page of the LKPJ; the link lands on the block holding line 12446.
    expect(notes).toMatch(/href="\/dokumen\/lkpj-2023\/bagian\/\d+\/#L\d+">baris 12446</);
    expect(text(notes)).toContain('Kode kegiatan tercetak dua kali untuk kegiatan yang berbeda');
  });

  test('labels percentage realisation as budget absorption, not physical output', () => {
    expect(text(readDist('/anggaran/'))).toContain('Serapan anggaran, bukan capaian fisik.');
    expect(text(readDist('/anggaran/02-dinas-kesehatan/1.02.02/'))).toContain('serapan anggaran, bukan capaian fisik');
  });

  test('links every agency block, and draws an accessible treemap beside the tables', () => {
    const html = readDist('/anggaran/');
    for (const s of api.sections) expect(html).toContain(`href="/anggaran/${s.id}/"`);
    const svg = html.match(/<svg[^>]*chart-svg--treemap[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/<title id="treemap-kota-title">Target anggaran 2023 per OPD\/unit<\/title>/);
    expect(svg).toMatch(/<desc id="treemap-kota-desc">Total target Rp1\.018\.561\.449\.316, serapan 84,49%\. 52 kotak/);
    // The Persandian block (23) prints no target at all: named in the description, not drawn.
    expect(svg).toContain('Tidak digambar karena bernilai 0 atau tanpa nilai: DINAS KOMUNIKASI DAN INFORMATIKA.</desc>');
    expect(svg.match(/data-href="\/anggaran\/[^"]+\/"/g)).toHaveLength(52);
    // A second, narrow drawing for phones (shown by CSS below 40rem).
    expect(html.match(/<svg[^>]*data-chart="treemap-kota-sempit"/g)).toHaveLength(1);
    expect(html.indexOf('chart-svg--treemap')).toBeLessThan(html.indexOf('id="urusan"'));
  });
});

describe('agency and programme pages', () => {
  test('exist for every agency block (53) and every programme (154)', () => {
    const pages = listDist('.html').filter((p) => p.startsWith('/anggaran/'));
    expect(pages.filter((p) => /^\/anggaran\/[^/]+\/index\.html$/.test(p))).toHaveLength(53);
    expect(pages.filter((p) => /^\/anggaran\/[^/]+\/[\d.]+\/index\.html$/.test(p))).toHaveLength(154);
  });

  test('Dinas Kesehatan shows its exact totals and links to its five programmes', () => {
    const html = readDist('/anggaran/02-dinas-kesehatan/');
    const t = text(html);
    expect(t).toContain('Target (pagu) Rp133.407.822.910');
    expect(t).toContain('Realisasi Rp114.925.363.794');
    expect(t).toContain('Serapan anggaran 86,15%');
    for (const code of ['1.02.01', '1.02.02', '1.02.03', '1.02.04', '1.02.05']) expect(html).toContain(`href="/anggaran/02-dinas-kesehatan/${code}/"`);
    expect(t).toContain('Serapan terendah dan tertinggi');
    expect(t).toContain('Semua sub-kegiatan (54)');
  });

  test('every sub-kegiatan (1,012) has a row on its programme page that links to its source line', () => {
    let rows = 0;
    for (const s of api.sections)
      for (const p of s.programs) {
        const html = readDist(new URL(p.landing_page).pathname);
        const trs = html.match(/<tr id="s-[^"]+">[\s\S]*?<\/tr>/g) ?? [];
        for (const tr of trs) expect(tr).toMatch(/href="\/dokumen\/lkpj-2023\/bagian\/\d+\/#L\d+"/);
        rows += trs.length;
        expect(trs).toHaveLength(p.totals.subkegiatan_count);
      }
    expect(rows).toBe(1012);
  });

  test('every explorer page has unique element ids (anchors for kegiatan printed twice stay distinct)', () => {
    for (const p of listDist('.html').filter((x) => x.startsWith('/anggaran/'))) {
      const ids = [...readDist(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), p).toEqual([]);
    }
    const bkd = readDist('/anggaran/45-badan-kepegawaian-daerah/5.04.02/');
    expect(bkd).toContain('id="k-5.04.02.2.01"');
    expect(bkd).toMatch(/id="k-5\.04\.02\.2\.01-\d+"/);
  });

  test('a golden row reads as printed (line 10898, Dinas Pendidikan)', () => {
    const html = readDist('/anggaran/01-dinas-pendidikan/1.01.01/');
    const tr = html.match(/<tr id="s-1\.01\.01\.2\.02\.01">[\s\S]*?<\/tr>/)?.[0] ?? '';
    const t = text(tr);
    expect(t).toContain('Penyediaan Gaji dan Tunjangan ASN');
    expect(t).toContain('100% Rp187.921.852.322');
    expect(t).toContain('99,33% serapan anggaran, bukan capaian fisik Rp186.667.336.483');
    expect(tr).toMatch(/href="\/dokumen\/lkpj-2023\/bagian\/\d+\/#L\d+">baris 10898/);
  });
});

describe('downloads and API', () => {
  test('CSV and JSON match the size and SHA-256 stated by the API and on /anggaran/', () => {
    const page = readDist('/anggaran/');
    expect(api.distributions.map((d) => d.format)).toEqual(['CSV', 'JSON']);
    for (const d of api.distributions) {
      const body = Buffer.from(readDist(new URL(d.url).pathname), 'utf8');
      expect(body.length).toBe(d.bytes);
      expect(createHash('sha256').update(body).digest('hex')).toBe(d.sha256);
      expect(page).toContain(d.sha256);
    }
  });

  test('the CSV has 1,012 rows whose amounts sum to the API totals', () => {
    const csv = readDist('/anggaran/lkpj-2023-lampiran-i.csv');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual(api.fields.map((f) => f.name));
    expect(parsed.data).toHaveLength(1012);
    const sum = (k: string) => parsed.data.reduce((s, r) => s + (r[k] ? Number(r[k]) : 0), 0);
    expect(sum('target_rp')).toBe(api.totals.target);
    expect(sum('realisasi_rp')).toBe(api.totals.realisation);
  });

  test('the API totals add up level by level and state the reconciliation', () => {
    expect(api.totals).toMatchObject({ target: 1_018_561_449_316, realisation: 860_599_119_950, absorption_pct: 84.49, subkegiatan_count: 1012, computed: true });
    expect(api.sections.reduce((s, x) => s + x.totals.target, 0)).toBe(api.totals.target);
    expect(api.urusan.reduce((s, x) => s + x.totals.realisation, 0)).toBe(api.totals.realisation);
    expect(api.reconciliation).toMatchObject({ lra_budget: 1_038_614_999_856, lra_realised: 823_371_381_789, budget_difference: 20_053_550_540, realised_difference: -37_227_738_161 });
  });

  test('the API documentation has a section on the budget endpoint', () => {
    const html = readDist('/api/');
    expect(html).toContain('id="anggaran"');
    expect(html).toContain('href="/api/v1/anggaran/2023.json"');
  });
});

describe('page weight', () => {
  test('every explorer page stays under 60 KB gzipped', () => {
    const pages = listDist('.html').filter((p) => p.startsWith('/anggaran/'));
    const heavy = pages.map((p) => [p, gzipSync(readDist(p)).length] as const).filter(([, n]) => n > 60 * 1024);
    expect(heavy).toEqual([]);
  });
});

/**
 * The appendix as a catalogue dataset (data/datasets/anggaran-realisasi-subkegiatan-2023.yml,
 * rows from the parser via scripts/data/derived.ts): listed wherever every dataset is.
 */
describe('the appendix as a published dataset', () => {
  const SLUG = 'anggaran-realisasi-subkegiatan-2023';
  const bytes = (urlPath: string) => readFileSync(path.join(DIST, urlPath));
  const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
  interface Detail {
    slug: string;
    topic: string;
    publisher_id: string;
    row_count: number;
    source: { document: string; table: string; lines: [number, number]; parser?: { id: string } };
    explorer_url?: string;
    fields: Array<{ name: string; title: string; type: string; unit?: string; description: string }>;
    distributions: Array<{ format: string; url: string; bytes: number; sha256: string }>;
    rows: Array<Record<string, string | number | null>>;
  }
  /** Sub-kegiatan spot-checked by hand against /work/shared/sources/lkpj-walikota-binjai-2023.txt, one per agency. */
  const GOLDEN = [
    { line: 11740, bagian: '02-dinas-kesehatan', code: '1.02.02.2.01.16', target: 2342150707, realised: 1253521879, volume: 53.52, serapan: 53.52 },
    { line: 16538, bagian: '13-dinas-lingkungan-hidup', code: '2.11.01.2.06.04', target: 56615994, realised: 35044514, volume: 61.9, serapan: 61.9 },
    { line: 18135, bagian: '17-dinas-perhubungan', code: '2.15.01.2.05.02', target: 186480000, realised: 186480000, volume: 100, serapan: 100 },
    { line: 22179, bagian: '33-bagian-hukum', code: '4.01.01.2.02.04', target: 95640000, realised: 95640000, volume: 1, serapan: 100 },
    { line: 24791, bagian: '43-badan-pengelolaan-keuangan-pendapatan-dan-aset-daerah', code: '5.02.01.2.06.04', target: 514730845, realised: 453940029, volume: 12, serapan: 88.19 },
    { line: 26833, bagian: '49-kecamatan-binjai-timur', code: '7.01.01.2.06.08', target: 35088600, realised: 33865200, volume: 20, serapan: 96.51 },
  ];
  let d: Detail;
  beforeAll(() => {
    d = readDistJson<Detail>(`/api/v1/datasets/${SLUG}.json`);
  });

  test('the API lists it with ≥ 1,000 sub-kegiatan rows, its provenance, parser and explorer', () => {
    const list = readDistJson<{ datasets: Detail[] }>('/api/v1/datasets.json').datasets;
    const meta = list.find((x) => x.slug === SLUG);
    expect(meta?.row_count).toBe(1012);
    expect(d.rows).toHaveLength(1012);
    expect(d.topic).toBe('keuangan-daerah');
    expect(d.publisher_id).toBe('pemkot-binjai');
    expect(d.source).toMatchObject({ document: 'lkpj-2023', table: 'LAMPIRAN I', lines: [10817, 28597], parser: { id: 'lkpj-2023-lampiran-i' } });
    expect(d.explorer_url).toBe('https://data.binjaikota.go.id/anggaran/');
    expect(d.fields.map((f) => f.name)).toEqual(api.fields.map((f) => f.name));
    expect(d.fields.find((f) => f.name === 'baris_awal')?.description).toContain('#L<baris>');
  });

  test('CSV, JSON and XLSX exist with the size and SHA-256 the API states; the CSV is byte for byte /anggaran/lkpj-2023-lampiran-i.csv', () => {
    expect(d.distributions.map((x) => x.format)).toEqual(['CSV', 'JSON', 'XLSX']);
    for (const x of d.distributions) {
      const b = bytes(new URL(x.url).pathname);
      expect(b.length, x.url).toBe(x.bytes);
      expect(sha256(b), x.url).toBe(x.sha256);
    }
    expect(sha256(bytes(`/data/${SLUG}/${SLUG}.csv`))).toBe(sha256(bytes('/anggaran/lkpj-2023-lampiran-i.csv')));
  });

  test('golden rows across agencies: CSV and XLSX amounts equal the source', async () => {
    const csv = Papa.parse<Record<string, string>>(readDist(`/data/${SLUG}/${SLUG}.csv`), { header: true, skipEmptyLines: true }).data;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(`/data/${SLUG}/${SLUG}.xlsx`) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Data')!;
    const col = (name: string) => d.fields.findIndex((f) => f.name === name) + 1;
    for (const g of GOLDEN) {
      const i = csv.findIndex((r) => r['baris_awal'] === String(g.line));
      expect(csv[i], String(g.line)).toMatchObject({
        bagian_id: g.bagian,
        subkegiatan_kode: g.code,
        target_rp: String(g.target),
        realisasi_rp: String(g.realised),
        realisasi_volume: String(g.volume),
        serapan_persen: String(g.serapan),
      });
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('subkegiatan_kode')).value).toBe(g.code);
      expect(row.getCell(col('target_rp')).value).toBe(g.target);
      expect(row.getCell(col('realisasi_rp')).value).toBe(g.realised);
      expect(row.getCell(col('baris_awal')).value).toBe(g.line);
    }
  });

  test('is in the catalogue page, data.json, DCAT, datapackage.json, the bulk ZIP, the DIP, the feed and the sitemap', () => {
    expect(readDist('/data/')).toContain(`href="/data/${SLUG}/"`);
    const dataJson = readDistJson<{ dataset: Array<{ identifier: string }> }>('/data.json');
    expect(dataJson.dataset.filter((x) => x.identifier.includes(SLUG))).toHaveLength(1);
    expect(readDist('/catalog.jsonld')).toContain(`/data/${SLUG}/`);
    expect(readDist('/datapackage.json')).toContain(`"name": "${SLUG}"`);
    const zip = unzipSync(bytes('/unduh/semua-data.zip'));
    expect(sha256(zip[`data/${SLUG}/${SLUG}.csv`]!)).toBe(sha256(bytes(`/data/${SLUG}/${SLUG}.csv`)));
    expect(readDist('/ppid/dip/')).toContain(`href="/data/${SLUG}/"`);
    expect(readDist('/feed.xml')).toContain(`/data/${SLUG}/`);
    expect(readDist('/sitemap.xml')).toContain(`/data/${SLUG}/`);
  });

  test('its page is indexed for search, shows a chart and the first 57 rows, links to /anggaran/, and stays ≤ 60 KB gzipped', () => {
    const html = readDist(`/data/${SLUG}/`);
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('Realisasi terhadap target anggaran, 15 OPD/unit dengan target terbesar, 2023');
    expect(html.match(/<figure class="chart"/g)).toHaveLength(1);
    expect(text(html)).toContain('Halaman ini menampilkan 57 dari 1.012 baris.');
    expect(html).toContain('href="/anggaran/"');
    const table = html.match(/<table>[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(table.match(/<tr/g)).toHaveLength(58);
    expect(gzipSync(html).length).toBeLessThan(60 * 1024);
  });

  test('/anggaran/ offers the XLSX of the dataset with its size and SHA-256', () => {
    const xlsx = d.distributions.find((x) => x.format === 'XLSX')!;
    const html = readDist('/anggaran/');
    expect(html).toContain(`href="/data/${SLUG}/${SLUG}.xlsx"`);
    expect(html).toContain(xlsx.sha256);
    expect(html).toContain(`href="/data/${SLUG}/"`);
  });
});

describe('source links land on the exact line', () => {
  test('a golden row links to the document part whose element with that line id holds the printed code line', () => {
    const page = readDist('/anggaran/02-dinas-kesehatan/1.02.02/');
    const href = page.match(/href="(\/dokumen\/lkpj-2023\/bagian\/\d+\/#L11740)"/)?.[1];
    expect(href).toBe('/dokumen/lkpj-2023/bagian/6/#L11740');
    const doc = readDist('/dokumen/lkpj-2023/bagian/6/');
    expect(doc.match(/<span id="L11740">([^<]*)<\/span>/)?.[1]).toBe('1 02 02 2.01 16 Pengadaan Obat, Vaksin Keluaran/Output : Persentase');
    expect(doc.match(/id="L11740"/g)).toHaveLength(1);
  });

  test('every source link of every explorer page lands on an element with its own line id', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (part: string) => {
      let s = ids.get(part);
      if (!s) ids.set(part, (s = new Set([...readDist(`/dokumen/lkpj-2023/bagian/${part}/`).matchAll(/id="(L\d+)"/g)].map((m) => m[1]!))));
      return s;
    };
    let links = 0;
    for (const p of listDist('.html').filter((x) => x.startsWith('/anggaran/'))) {
      for (const m of readDist(p).matchAll(/<a class="source-link" href="\/dokumen\/lkpj-2023\/bagian\/(\d+)\/#L(\d+)">baris (\d+)/g)) {
        links++;
        expect(idsOf(m[1]!).has(`L${m[2]}`), `${p} → L${m[2]}`).toBe(true);
        expect(m[2], p).toBe(m[3]); // the anchor is the cited first line itself, not the start of its block
      }
    }
    expect(links).toBe(2216);
  });
});
