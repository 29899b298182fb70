/** Downloads and API body of the budget explorer (src/lib/budget/downloads.ts). */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runBudget } from '../../../scripts/budget/core.ts';
import { budgetApi, budgetFields, budgetFiles, searchIndex, subkegiatanTable } from '../../../src/lib/budget/downloads.ts';
import { realDataset } from '../../support/datasets.ts';
import type { BudgetBuild } from '../../../src/lib/budget/schema.ts';
import { citedLines } from '../../../src/lib/budget/view.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = runBudget(readFileSync(`${root}data/sources/lkpj-2023.txt`, 'utf8'), readFileSync(`${root}data/budget/fixes.yml`, 'utf8')).value;
if (!built) throw new Error('budget build failed');
const b: BudgetBuild = built;
const DATASET = await realDataset('anggaran-realisasi-subkegiatan-2023');
const FIELDS = budgetFields(DATASET);

describe('subkegiatanTable()', () => {
  const rows = subkegiatanTable(b);
  it('has one row per sub-kegiatan with every dictionary field, in source order', () => {
    expect(rows).toHaveLength(1012);
    expect(Object.keys(rows[0] ?? {})).toEqual(FIELDS.map((f) => f.name));
    const lines = rows.map((r) => r['baris_awal'] as number);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });

  it('sums to the city total', () => {
    expect(rows.reduce((s, r) => s + ((r['target_rp'] as number | null) ?? 0), 0)).toBe(1_018_561_449_316);
    expect(rows.reduce((s, r) => s + ((r['realisasi_rp'] as number | null) ?? 0), 0)).toBe(860_599_119_950);
  });

  it('reproduces a known row exactly (Dinas Pendidikan, line 10898)', () => {
    expect(rows.find((r) => r['baris_awal'] === 10898)).toMatchObject({
      bagian_id: '01-dinas-pendidikan',
      subkegiatan_kode: '1.01.01.2.02.01',
      subkegiatan: 'Penyediaan Gaji dan Tunjangan ASN',
      target_rp: 187_921_852_322,
      realisasi_rp: 186_667_336_483,
      realisasi_volume: 99.33,
      realisasi_satuan: '%',
      serapan_persen: 99.33,
      jenis_volume_realisasi: 'budget_absorption',
      baris_akhir: 10904,
    });
  });
});

describe('one data dictionary', () => {
  it('the downloads and the API describe the columns with the dataset yml\'s own fields, in CSV order', () => {
    const j = JSON.parse(budgetFiles(b, FIELDS).json) as { fields: unknown };
    expect(j.fields).toEqual(DATASET.fields.map((f) => ({ name: f.name, title: f.title, type: f.type, ...(f.unit ? { unit: f.unit } : {}), description: f.description })));
    expect(budgetApi(b, FIELDS).fields).toEqual(j.fields);
    expect(FIELDS.find((f) => f.name === 'target_rp')).toEqual({
      name: 'target_rp',
      title: 'Target',
      type: 'integer',
      unit: 'Rp',
      description: 'Pagu sub-kegiatan dalam rupiah penuh, seperti tercetak. Kosong bila sumber mencetak "-" (nihil) atau tidak mencetak apa pun (lihat target_rp_status).',
    });
  });
});

describe('budgetFiles()', () => {
  it('states the exact size and SHA-256 of each file', () => {
    const f = budgetFiles(b, FIELDS);
    expect(f.distributions.map((d) => [d.format, d.url, d.bytes, d.sha256])).toEqual([
      ['CSV', '/anggaran/lkpj-2023-lampiran-i.csv', Buffer.byteLength(f.csv), createHash('sha256').update(f.csv).digest('hex')],
      ['JSON', '/anggaran/lkpj-2023-lampiran-i.json', Buffer.byteLength(f.json), createHash('sha256').update(f.json).digest('hex')],
    ]);
  });

  it('writes a CSV that parses back to the table (1,012 rows, numbers as machine numbers)', () => {
    const parsed = Papa.parse<Record<string, string>>(budgetFiles(b, FIELDS).csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(1012);
    expect(parsed.data[0]).toMatchObject({ bagian_id: '01-dinas-pendidikan', target_rp: expect.stringMatching(/^\d+$/) });
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const evil = structuredClone(b);
    const sub = evil.sections[0]?.programs[0]?.kegiatan[0]?.subkegiatan[0];
    if (!sub) throw new Error('no sub-kegiatan');
    sub.name = '=HYPERLINK("http://x","klik")';
    sub.indicator = '@SUM(1+1)';
    const csv = budgetFiles(evil, FIELDS).csv;
    expect(csv).toContain(`'=HYPERLINK(""http://x"",""klik"")`);
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).not.toMatch(/(^|,)[=@]/m);
  });

  it('puts provenance, dictionary, totals and reconciliation in the JSON download', () => {
    const j = JSON.parse(budgetFiles(b, FIELDS).json) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['title', 'source', 'license', 'fields', 'totals', 'reconciliation', 'rows']);
    expect(j['source']).toMatchObject({ document: 'lkpj-2023', lines: [10817, 28597] });
    expect((j['rows'] as unknown[]).length).toBe(1012);
  });
});

describe('budgetApi()', () => {
  const api = budgetApi(b, FIELDS);
  it('summarises down to kegiatan with absolute links and rounded absorption', () => {
    expect(api.totals).toMatchObject({ target: 1_018_561_449_316, realisation: 860_599_119_950, absorption_pct: 84.49, computed: true });
    expect(api.sections).toHaveLength(53);
    const kes = api.sections.find((s) => s.id === '02-dinas-kesehatan');
    expect(kes?.landing_page).toBe('https://data.binjaikota.go.id/anggaran/02-dinas-kesehatan/');
    expect(kes?.programs[0]?.landing_page).toBe('https://data.binjaikota.go.id/anggaran/02-dinas-kesehatan/1.02.01/');
    expect(kes?.totals.absorption_pct).toBe(86.15);
    expect(api.distributions.map((d) => d.url)).toEqual([
      'https://data.binjaikota.go.id/anggaran/lkpj-2023-lampiran-i.csv',
      'https://data.binjaikota.go.id/anggaran/lkpj-2023-lampiran-i.json',
    ]);
  });
});

describe('searchIndex()', () => {
  it('links every sub-kegiatan to its row on the programme page', () => {
    const idx = searchIndex(b);
    expect(idx).toHaveLength(1012);
    expect(idx[0]).toEqual({
      n: expect.any(String),
      k: expect.any(String),
      o: 'DINAS PENDIDIKAN KOTA BINJAI',
      u: expect.stringMatching(/^\/anggaran\/01-dinas-pendidikan\/1\.01\.01\/#s-1\.01\.01\.2\.\d\d\.\d\d$/),
      t: expect.stringMatching(/^target Rp[\d.]+, serapan [\d,]+%$/),
    });
    expect(new Set(idx.map((e) => e.u)).size).toBe(1012);
  });
});

describe('citedLines()', () => {
  it('lists every source line the budget pages link to, sorted and unique, for the document pages to anchor', () => {
    const lines = citedLines(b);
    expect(lines).toHaveLength(1642);
    expect(lines.slice(0, 4)).toEqual([1222, 10817, 10852, 10864]); // LRA Tabel I.7, appendix start, first bidang and programme
    expect(lines).toContain(11740); // 1.02.02.2.01.16 Pengadaan Obat, Vaksin
    expect([...lines].sort((x, y) => x - y)).toEqual(lines);
    expect(new Set(lines).size).toBe(lines.length);
    const subs = b.sections.flatMap((s) => s.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subkegiatan)));
    expect(subs.every((x) => lines.includes(x.source_lines[0]))).toBe(true);
    expect(b.issues.every((i) => lines.includes(i.line))).toBe(true);
  });
});
