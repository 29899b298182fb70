import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { applySeries, applyVersions } from '../../../scripts/data/versions.ts';
import { frozenText, recordedFiles, sha256, versionId } from '../../../src/lib/datasets/versions.ts';
import type { VersionRecord } from '../../../src/lib/datasets/versions-schema.ts';
import type { BuiltDataset } from '../../../src/lib/datasets/schema.ts';
import { POPULATION } from '../../fixtures/standards/datasets.ts';

/** A ledger and its frozen files, as npm run rilis writes them, for the given states released in order. */
async function released(states: Array<{ d: BuiltDataset; date: string; reason: string }>) {
  const records: VersionRecord[] = [];
  const frozen: Array<{ path: string; text: string }> = [];
  for (const s of states) {
    const text = frozenText(s.d);
    const hash = sha256(text);
    const id = versionId(s.date, hash);
    const partial = { id, released: s.date, reason: s.reason };
    records.push({ ...partial, previous: records.at(-1)?.id ?? null, sha256: hash, files: await recordedFiles(s.d, partial) });
    frozen.push({ path: `data/versi/${s.d.slug}/${id}.json`, text });
  }
  return { ledgers: [{ path: `data/versi/${POPULATION.slug}.yml`, text: stringify(records) }], frozen, records };
}

const corrected: BuiltDataset = { ...POPULATION, rows: POPULATION.rows.map((r) => (r['kecamatan'] === 'Binjai Kota' ? { ...r, penduduk: 32500 } : r)) };
const none = new Set<string>();

describe('applyVersions', () => {
  test('a dataset equal to its latest version gets that version id and its history with changes', async () => {
    const files = await released([
      { d: POPULATION, date: '2026-12-08', reason: 'Rilis pertama' },
      { d: corrected, date: '2027-01-05', reason: 'Koreksi Binjai Kota' },
    ]);
    const out = applyVersions([corrected], files, none);
    expect(out.problems).toEqual([]);
    const d = out.datasets[0]!;
    expect(d.version).toBe(files.records[1]!.id);
    expect(d.versions?.map((v) => [v.id, v.reason, v.changes?.cells_count ?? null])).toEqual([
      [files.records[0]!.id, 'Rilis pertama', null],
      [files.records[1]!.id, 'Koreksi Binjai Kota', 1],
    ]);
    expect(d.versions?.[1]?.distributions.map((x) => x.url)).toEqual(['csv', 'json', 'xlsx'].map((e) => `/data/penduduk-kecamatan-2023/versi/${files.records[1]!.id}/penduduk-kecamatan-2023.${e}`));
    expect(out.versions).toHaveLength(2);
  });

  test('content changed since the latest version: a warning, and the pending changes on the dataset', async () => {
    const files = await released([{ d: POPULATION, date: '2026-12-08', reason: 'Rilis pertama' }]);
    const out = applyVersions([corrected], files, none);
    expect(out.datasets[0]!.version).toBeUndefined();
    expect(out.datasets[0]!.pending?.cells).toEqual([{ row: 'Binjai Kota', field: 'penduduk', old: 32452, new: 32500 }]);
    expect(out.problems).toMatchObject([{ severity: 'warning', file: 'data/datasets/penduduk-kecamatan-2023.yml', message: `isi dataset berubah sejak versi terakhir (${files.records[0]!.id}); perubahan ini tampil sebagai "belum dirilis"` }]);
  });

  test('a frozen file altered after release is an error naming the file and the fix', async () => {
    const files = await released([{ d: POPULATION, date: '2026-12-08', reason: 'Rilis pertama' }]);
    const altered = { ...files, frozen: [{ ...files.frozen[0]!, text: files.frozen[0]!.text.replace('32452', '32453') }] };
    const out = applyVersions([POPULATION], altered, none);
    const error = out.problems.find((p) => p.severity === 'error')!;
    expect(error.file).toBe(files.frozen[0]!.path);
    expect(error.message).toMatch(/^isi versi "2026-12-08-[0-9a-f]{8}" dataset "penduduk-kecamatan-2023" telah diubah sesudah dirilis/);
    expect(error.hint).toMatch(/^Versi yang sudah terbit tidak boleh diubah atau dihapus/);
    expect(out.versions).toEqual([]);
  });

  test('a version removed from the middle of the history breaks the chain', async () => {
    const files = await released([
      { d: POPULATION, date: '2026-12-08', reason: 'a' },
      { d: corrected, date: '2027-01-05', reason: 'b' },
      { d: POPULATION, date: '2027-02-01', reason: 'c' },
    ]);
    const without = [files.records[0]!, files.records[2]!];
    const out = applyVersions([POPULATION], { ledgers: [{ ...files.ledgers[0]!, text: stringify(without) }], frozen: files.frozen.filter((_, i) => i !== 1) }, none);
    expect(out.problems.map((p) => p.message)).toContain(
      `riwayat versi terputus: versi "${files.records[2]!.id}" menyebut versi sebelumnya "${files.records[1]!.id}", padahal yang tercatat di atasnya "${files.records[0]!.id}"`,
    );
  });

  test('a frozen file no record names, and a record whose file is missing, are errors', async () => {
    const files = await released([{ d: POPULATION, date: '2026-12-08', reason: 'a' }]);
    const extra = { path: 'data/versi/penduduk-kecamatan-2023/2026-01-01-deadbeef.json', text: '{}' };
    const out = applyVersions([POPULATION], { ledgers: files.ledgers, frozen: [extra] }, none);
    expect(out.problems.map((p) => [p.file, p.message])).toEqual([
      ['data/versi/penduduk-kecamatan-2023.yml', `isi versi "${files.records[0]!.id}" (${files.frozen[0]!.path}) tidak ada`],
      [extra.path, 'berkas isi versi ini tidak tercatat di riwayat versi mana pun'],
    ]);
  });

  test('an id that does not match its date and hash is refused', async () => {
    const files = await released([{ d: POPULATION, date: '2026-12-08', reason: 'a' }]);
    const forged = [{ ...files.records[0]!, released: '2026-12-09' }];
    const out = applyVersions([POPULATION], { ...files, ledgers: [{ ...files.ledgers[0]!, text: stringify(forged) }] }, none);
    expect(out.problems[0]?.message).toBe(`id versi "${files.records[0]!.id}" tidak cocok dengan tanggal rilis dan sidiknya (seharusnya ${versionId('2026-12-09', files.records[0]!.sha256)})`);
    expect(out.problems[0]?.line).toBe(1);
  });
});

describe('applySeries', () => {
  const later: BuiltDataset = { ...POPULATION, slug: 'penduduk-kecamatan-2024', title: 'Penduduk 2024', source: { ...POPULATION.source, document_title: 'LKPJ 2024' }, fields: POPULATION.fields.filter((f) => f.name !== 'persentase') };
  const series = { path: 'data/series.yml', text: '- id: penduduk-kecamatan\n  title: Penduduk menurut kecamatan\n  description: Satu edisi per LKPJ.\n' };
  const seriesOf = new Map([
    ['penduduk-kecamatan-2023', { series: 'penduduk-kecamatan', edition: '2023', file: 'data/datasets/penduduk-kecamatan-2023.yml' }],
    ['penduduk-kecamatan-2024', { series: 'penduduk-kecamatan', edition: '2024', file: 'data/datasets/penduduk-kecamatan-2024.yml' }],
  ]);

  test('editions oldest first, the latest marked, and the shared columns as one table', () => {
    const out = applySeries([POPULATION, later], series, seriesOf);
    expect(out.problems).toEqual([]);
    expect(out.datasets[0]!.editions?.map((e) => [e.edition, e.latest])).toEqual([
      ['2023', false],
      ['2024', true],
    ]);
    expect(out.datasets[1]!.series).toEqual({ id: 'penduduk-kecamatan', title: 'Penduduk menurut kecamatan', url: '/seri/penduduk-kecamatan/' });
    const s = out.series[0]!;
    expect(s.fields.map((f) => f.name)).toEqual(['edisi', 'kecamatan', 'penduduk']);
    expect(s.rows.filter((r) => r['kecamatan'] === 'Binjai Kota')).toEqual([
      { edisi: '2023', kecamatan: 'Binjai Kota', penduduk: 32452 },
      { edisi: '2024', kecamatan: 'Binjai Kota', penduduk: 32452 },
    ]);
  });

  test('an unknown series and a repeated edition label are errors', () => {
    const twice = new Map([...seriesOf].map(([k, v]) => [k, { ...v, edition: '2023' }]));
    expect(applySeries([POPULATION, later], series, twice).problems.map((p) => p.message)).toEqual(['edisi "2023" seri "penduduk-kecamatan" dipakai lebih dari satu dataset']);
    const unknown = applySeries([POPULATION], { path: 'data/series.yml', text: '[]\n' }, seriesOf);
    expect(unknown.problems[0]).toMatchObject({ file: 'data/datasets/penduduk-kecamatan-2023.yml', field: 'series', message: 'seri "penduduk-kecamatan" tidak ada di data/series.yml' });
  });
});
