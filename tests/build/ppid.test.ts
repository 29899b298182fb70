import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, DIST, distExists, readDist, readDistJson } from '../support/dist.ts';
import { DIP_CSV_FIELDS } from '../../src/lib/ppid/dip.ts';
import { DipRowSchema } from '../../src/lib/ppid/schema.ts';
import { z } from 'zod';

interface Api {
  rilis: string;
  jumlah: number;
  kategori: Array<{ id: string; judul: string; jumlah: number }>;
  entri: Array<z.output<typeof DipRowSchema>>;
}

let api: Api;
let datasets: Array<{ slug: string; title: string; publisher: string }>;

beforeAll(() => {
  assertBuilt();
  api = readDistJson<Api>('/api/v1/dip.json');
  datasets = readDistJson<{ datasets: typeof datasets }>('/api/v1/datasets.json').datasets;
});

describe('/api/v1/dip.json contract', () => {
  test('every entry has every Perki field under its Indonesian name', () => {
    expect(() => z.array(DipRowSchema).parse(api.entri)).not.toThrow();
    expect(api.jumlah).toBe(api.entri.length);
    for (const e of api.entri)
      for (const key of ['judul', 'ringkasan', 'pejabat_penguasa', 'penanggung_jawab', 'waktu_pembuatan', 'tempat_pembuatan', 'bentuk_informasi', 'retensi', 'jenis_media', 'kategori', 'subkategori', 'tautan', 'tanggal_penetapan', 'tanggal_pembaruan'])
        expect(e, `${e.id}.${key}`).toHaveProperty(key);
  });

  test('/api/ documents every field of an entry, lampiran included', () => {
    const html = readDist('/api/index.html');
    for (const key of Object.keys(DipRowSchema.shape)) expect(html, key).toContain(`<th scope="row"><code>${key}</code></th>`);
    expect(html).toContain('Lampiran: judul, url, bytes (ukuran), sha256, media_type');
  });

  test('every dataset appears as an entry linking to its page', () => {
    const byId = new Map(api.entri.map((e) => [e.id, e]));
    expect(datasets.length).toBeGreaterThan(100);
    for (const d of datasets) {
      const e = byId.get(d.slug);
      expect(e, d.slug).toBeDefined();
      expect(e?.judul).toBe(d.title);
      expect(e?.asal).toBe('dataset');
      expect(e?.tautan[0]?.url).toBe(`https://data.binjaikota.go.id/data/${d.slug}/`);
    }
  });

  test('the real manual entries: four documents, APBD 2023, local regulations 2023, agency profiles, one per category', () => {
    const ids = api.entri.filter((e) => e.asal === 'berkas').map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'lkpj-wali-kota-2023',
        'renja-bkpsdm-2025',
        'lkjip-disnaker-perindag-2021',
        'laporan-kinerja-diskominfo-2024',
        'realisasi-apbd-2023',
        'peraturan-daerah-wali-kota-2023',
        'profil-diskominfo',
        'profil-disnaker-perindag',
      ]),
    );
    expect(api.kategori.map((k) => k.id)).toEqual(['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan']);
    for (const k of api.kategori) expect(k.jumlah, k.id).toBeGreaterThan(0);
    const excepted = api.entri.find((e) => e.kategori === 'dikecualikan');
    expect(excepted?.dasar_hukum_pengecualian).toContain('Pasal 17 huruf h');
    expect(excepted?.uji_konsekuensi?.length).toBeGreaterThan(40);
  });
});

describe('/ppid/dip/ page and filter pages', () => {
  test('one section per category, in legal order, every entry listed', () => {
    const html = readDist('/ppid/dip/');
    const headings = [...html.matchAll(/<h2 id="kategori-([a-z-]+)"/g)].map((m) => m[1]);
    expect(headings).toEqual(['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan']);
    for (const e of api.entri) expect(html, e.id).toContain(`id="dip-${e.id}"`);
  });

  test('long categories come in tables of 25 rows; only the first is laid out before it is scrolled near', () => {
    const html = readDist('/ppid/dip/');
    const berkala = api.entri.filter((e) => e.kategori === 'berkala').length;
    const tables = [...html.matchAll(/<div class="table-scroll dip-table( dip-table--later)?"[^>]*aria-label="Tabel: ([^"]+)">([\s\S]*?)<\/table>/g)].map((m) => ({
      later: m[1] !== undefined,
      label: m[2]!,
      rows: (m[3]!.match(/<tr id="dip-/g) ?? []).length,
    }));
    const chunks = tables.filter((t) => t.label.startsWith('Informasi wajib disediakan dan diumumkan secara berkala'));
    expect(chunks.length).toBe(Math.ceil(berkala / 25));
    expect(chunks.map((t) => t.rows).reduce((a, b) => a + b, 0)).toBe(berkala);
    expect(chunks.map((t) => t.later)).toEqual(chunks.map((_, i) => i > 0));
    expect(chunks[1]?.label).toBe(`Informasi wajib disediakan dan diumumkan secara berkala (${berkala} entri), entri 26–50`);
  });

  test('pre-rendered filter pages exist for every category, agency and year', () => {
    for (const k of ['berkala', 'serta-merta', 'setiap-saat', 'dikecualikan']) expect(distExists(`/ppid/dip/kategori/${k}/`), k).toBe(true);
    for (const slug of new Set(api.entri.map((e) => e.instansi))) expect(distExists(`/ppid/dip/instansi/${slug}/`), slug).toBe(true);
    for (const y of new Set(api.entri.map((e) => e.tahun))) expect(distExists(`/ppid/dip/tahun/${y}/`), String(y)).toBe(true);
  });

  test('an agency page lists exactly that agency’s entries', () => {
    const html = readDist('/ppid/dip/instansi/diskominfo/');
    const listed = [...html.matchAll(/<tr id="dip-([a-z0-9-]+)"/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(api.entri.filter((e) => e.instansi === 'diskominfo').map((e) => e.id).sort());
  });
});

describe('downloads', () => {
  test('CSV has the Perki header and one row per entry, formula-safe', () => {
    const text = readDist('/ppid/dip/daftar-informasi-publik.csv');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...DIP_CSV_FIELDS]);
    expect(parsed.data).toHaveLength(api.jumlah);
    for (const r of parsed.data) expect(r['judul'], r['id']).not.toMatch(/^[=+\-@]/);
  });

  test('XLSX parses back with the same rows as the API', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(DIST, 'ppid/dip/daftar-informasi-publik.xlsx')) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('DIP');
    expect(ws?.rowCount).toBe(api.jumlah + 1);
    const ids = Array.from({ length: api.jumlah }, (_, i) => ws?.getRow(i + 2).getCell(1).value);
    expect(ids).toEqual(api.entri.map((e) => e.id));
  });

  test('the service-report CSV is published with its header', () => {
    expect(readDist('/ppid/laporan/laporan-layanan-informasi-publik.csv').split('\r\n')[0]).toBe(
      'periode,permohonan,dipenuhi_seluruhnya,dipenuhi_sebagian,ditolak,alasan_penolakan,rata_rata_hari_kerja,keberatan,sengketa_komisi_informasi,sumber',
    );
  });
});

describe('procedures state the deadlines', () => {
  test('request: 10 working days, extendable once by 7; mailto to the PPID address', () => {
    const text = readDist('/ppid/permohonan/').replace(/<[^>]+>/g, '');
    expect(text).toContain('10 hari kerja sejak permohonan diterima');
    expect(text).toContain('Diperpanjang sekali, paling lama 7 hari kerja');
    expect(text).toContain('tidak dapat menyimpan');
    expect(readDist('/ppid/permohonan/')).toContain('action="mailto:ppid@binjaikota.go.id?subject=Permohonan%20Informasi%20Publik"');
  });

  test('objection: Pasal 35 grounds, 30 + 30 working days, Komisi Informasi Sumatera Utara within 14', () => {
    const text = readDist('/ppid/keberatan/').replace(/<[^>]+>/g, '');
    expect(text).toContain('Alasan keberatan (UU 14/2008 Pasal 35)');
    expect(text).toContain('Paling lambat 30 hari kerja setelah alasan keberatan ditemukan');
    expect(text).toContain('tanggapan tertulis paling lambat 30 hari kerja');
    expect(text).toContain('Komisi Informasi Provinsi Sumatera Utara paling lambat 14 hari kerja');
  });

  test('report: figures from the Diskominfo performance report with provenance', () => {
    const html = readDist('/ppid/laporan/');
    expect(html).toContain('4.225');
    expect(html).toContain('TABEL 3.10');
    expect(html).toContain('TABEL 3.12');
    expect(html).toContain('Belum ada periode yang dilaporkan');
  });

  test('/ppid/ shows the editable service standard and maklumat with their files', () => {
    const html = readDist('/ppid/');
    expect(html).toContain('<code>content/ppid/maklumat.md</code>');
    expect(html).toContain('<code>content/ppid/standar-layanan.md</code>');
    expect(html).toContain('Maklumat Pelayanan Informasi Publik');
  });
});
