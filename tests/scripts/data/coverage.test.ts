/**
 * The coverage register check (scripts/data/coverage.ts): pure, on small
 * in-memory registers, then through runPipeline on the fixture. The real
 * data/coverage/*.yml are checked in golden.test.ts, which runs the real data.
 */
import { describe, expect, it } from 'vitest';
import { validateCoverage, type CoverageContext } from '../../../scripts/data/coverage.ts';
import { runPipeline } from '../../../scripts/data/pipeline.ts';
import { problem } from '../../../src/lib/core/problems.ts';
import { edit, fileText, fixtureInput, withFiles } from './helpers.ts';

const context: CoverageContext = {
  documents: new Map([
    ['lkpj-2023', { file: 'lkpj-2023.txt', lineCount: 1000 }],
    ['renja-bkpsdm-2025', { file: 'renja-bkpsdm-2025.txt', lineCount: 800 }],
  ]),
  datasets: new Map([
    ['penduduk-kecamatan-2023', { document: 'lkpj-2023', table: 'Tabel I.3', file: 'data/datasets/penduduk-kecamatan-2023.yml' }],
    ['penduduk-2020-2023', { document: 'lkpj-2023', table: 'Gambar I.6', file: 'data/datasets/penduduk-2020-2023.yml' }],
    ['evaluasi-renja-bkpsdm-2023', { document: 'renja-bkpsdm-2025', table: 'Tabel 2.1', file: 'data/datasets/evaluasi-renja-bkpsdm-2023.yml' }],
  ]),
};

const register = (path: string, text: string) => ({ path, text });

const GOOD_LKPJ = `# Cakupan LKPJ
- document: lkpj-2023
  label: Tabel I.3
  title: Jumlah Penduduk Menurut Kecamatan
  lines: [793, 816]
  datasets: [penduduk-kecamatan-2023]
- document: lkpj-2023
  label: Gambar I.6
  title: Perkembangan Jumlah Penduduk
  lines: [767, 786]
  datasets: [penduduk-2020-2023]
- document: lkpj-2023
  label: Gambar I.2
  title: Batas Wilayah Administrasi
  lines: [630, 634]
  reason: "Peta tanpa angka di teks."
`;
const GOOD_RENJA = `- document: renja-bkpsdm-2025
  label: Tabel 2.1
  title: Rekapitulasi Evaluasi Hasil Pelaksanaan Renja
  lines: [178, 291]
  datasets: [evaluasi-renja-bkpsdm-2023]
`;

describe('validateCoverage', () => {
  it('accepts a complete register and sorts entries by document, then position in the text', () => {
    const result = validateCoverage([register('data/coverage/renja.yml', GOOD_RENJA), register('data/coverage/lkpj.yml', GOOD_LKPJ)], context);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((e) => `${e.document} ${e.label} ${e.lines.join('-')}`)).toEqual([
      'lkpj-2023 Gambar I.2 630-634',
      'lkpj-2023 Gambar I.6 767-786',
      'lkpj-2023 Tabel I.3 793-816',
      'renja-bkpsdm-2025 Tabel 2.1 178-291',
    ]);
    expect(result.entries[0]).toEqual({
      document: 'lkpj-2023',
      label: 'Gambar I.2',
      title: 'Batas Wilayah Administrasi',
      lines: [630, 634],
      datasets: [],
      reason: 'Peta tanpa angka di teks.',
    });
  });

  it('gives the same entries whatever order the files are read in', () => {
    const a = validateCoverage([register('data/coverage/lkpj.yml', GOOD_LKPJ), register('data/coverage/renja.yml', GOOD_RENJA)], context);
    const b = validateCoverage([register('data/coverage/renja.yml', GOOD_RENJA), register('data/coverage/lkpj.yml', GOOD_LKPJ)], context);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  const FILE = 'data/coverage/lkpj.yml';
  const cases: Array<{ name: string; text: string; problems: ReturnType<typeof problem>[] }> = [
    {
      name: 'unknown dataset slug (with a suggestion)',
      text: GOOD_LKPJ.replace('datasets: [penduduk-kecamatan-2023]', 'datasets: [penduduk-kecamatan-2022]'),
      problems: [
        problem({
          file: FILE,
          line: 6,
          column: 14,
          field: '[0].datasets[0]',
          message: 'dataset "penduduk-kecamatan-2022" tidak ada di data/datasets/',
          hint: 'Tulis slug dataset persis seperti nama berkasnya (tanpa .yml), atau buat dataset-nya dulu. Mungkin maksudnya "penduduk-kecamatan-2023"?',
        }),
        // …and so the dataset that was meant is not registered.
        problem({
          severity: 'warning',
          file: 'data/datasets/penduduk-kecamatan-2023.yml',
          field: 'slug',
          message: 'dataset "penduduk-kecamatan-2023" belum tercatat di register cakupan dokumen lkpj-2023',
          hint: 'Tambahkan "penduduk-kecamatan-2023" ke "datasets" pada entri "Tabel I.3" di data/coverage/ (buat entrinya bila belum ada).',
        }),
      ],
    },
    {
      name: 'unknown document id',
      text: GOOD_LKPJ.replace('- document: lkpj-2023\n  label: Gambar I.2', '- document: lkpj-2032\n  label: Gambar I.2'),
      problems: [
        problem({
          file: FILE,
          line: 12,
          column: 13,
          field: '[2].document',
          message: 'dokumen "lkpj-2032" tidak dikenal',
          hint: 'Pakai salah satu id di data/documents.yml: lkpj-2023, renja-bkpsdm-2025. Mungkin maksudnya "lkpj-2023"?',
        }),
      ],
    },
    {
      name: 'lines beyond the end of the source text',
      text: GOOD_LKPJ.replace('lines: [630, 634]', 'lines: [630, 1634]'),
      problems: [
        problem({
          file: FILE,
          line: 15,
          column: 10,
          field: '[2].lines',
          message: 'baris 630–1634 di luar dokumen lkpj-2023, yang hanya punya 1000 baris',
          hint: 'Periksa nomor baris "Gambar I.2" di data/sources/lkpj-2023.txt (misalnya dengan grep -n "Gambar I.2").',
        }),
      ],
    },
    {
      name: 'lines in the wrong order',
      text: GOOD_LKPJ.replace('lines: [630, 634]', 'lines: [634, 630]'),
      problems: [
        problem({
          file: FILE,
          line: 15,
          column: 10,
          field: '[2].lines',
          message: 'isian "[2].lines": baris_awal harus ≤ baris_akhir',
          hint: 'Tulis nomor baris awal lebih dulu, contoh lines: [793, 816].',
        }),
      ],
    },
    {
      name: 'entry with neither datasets nor a reason',
      text: GOOD_LKPJ.replace('  reason: "Peta tanpa angka di teks."\n', ''),
      problems: [
        problem({
          file: FILE,
          line: 12,
          column: 3,
          field: '[2].reason',
          message: 'isian "[2].reason": entri tanpa dataset wajib punya "reason" yang menjelaskan mengapa tidak diterbitkan',
          hint: 'Isi "datasets" dengan slug dataset yang memuat tabel ini, atau tulis "reason" (min. 10 karakter), contoh: "Peta tanpa angka di teks."',
        }),
      ],
    },
    {
      name: 'the same label twice for one document (case and spacing ignored)',
      text: GOOD_LKPJ.replace('label: Gambar I.2', 'label: tabel  I.3'),
      problems: [
        problem({
          file: FILE,
          line: 13,
          column: 10,
          field: '[2].label',
          message: 'label "tabel  I.3" untuk dokumen lkpj-2023 sudah tercatat di data/coverage/lkpj.yml baris 3',
          hint: 'Setiap tabel/gambar dicatat sekali. Gabungkan kedua entri (daftarkan semua dataset-nya di "datasets"), atau bedakan labelnya bila memang tabel yang berbeda.',
        }),
      ],
    },
    {
      name: 'a dataset drawn from another document',
      text: GOOD_LKPJ.replace('datasets: [penduduk-2020-2023]', 'datasets: [penduduk-2020-2023, evaluasi-renja-bkpsdm-2023]'),
      problems: [
        problem({
          file: FILE,
          line: 11,
          column: 34,
          field: '[1].datasets[1]',
          message: 'dataset "evaluasi-renja-bkpsdm-2023" bersumber dari dokumen renja-bkpsdm-2025, bukan lkpj-2023',
          hint: 'Catat dataset ini pada entri "Tabel 2.1" dokumen renja-bkpsdm-2025, atau perbaiki source.document di data/datasets/evaluasi-renja-bkpsdm-2023.yml.',
        }),
      ],
    },
    {
      name: 'a dataset listed twice in one entry',
      text: GOOD_LKPJ.replace('datasets: [penduduk-2020-2023]', 'datasets: [penduduk-2020-2023, penduduk-2020-2023]'),
      problems: [
        problem({ file: FILE, line: 11, column: 34, field: '[1].datasets[1]', message: 'dataset "penduduk-2020-2023" disebut dua kali pada entri ini', hint: 'Hapus salah satunya.' }),
      ],
    },
    {
      name: 'an unknown key (misspelt "datasets")',
      text: GOOD_LKPJ.replace('datasets: [penduduk-2020-2023]', 'dataset: [penduduk-2020-2023]'),
      problems: [
        problem({
          file: FILE,
          line: 7,
          column: 3,
          field: '[1]',
          message: 'isian "[1]": Kunci tidak dikenali : "dataset"',
          hint: 'Hapus isian yang tidak dikenal atau perbaiki ejaannya: dataset.',
        }),
        problem({
          file: FILE,
          line: 7,
          column: 3,
          field: '[1].reason',
          message: 'isian "[1].reason": entri tanpa dataset wajib punya "reason" yang menjelaskan mengapa tidak diterbitkan',
          hint: 'Isi "datasets" dengan slug dataset yang memuat tabel ini, atau tulis "reason" (min. 10 karakter), contoh: "Peta tanpa angka di teks."',
        }),
      ],
    },
    {
      name: 'broken YAML',
      text: GOOD_LKPJ.replace('title: Jumlah Penduduk Menurut Kecamatan', 'title: "Jumlah Penduduk Menurut Kecamatan'),
      problems: [
        problem({
          file: FILE,
          line: 4,
          column: 44,
          message: 'YAML tidak dapat dibaca: ada tanda yang hilang (kutip atau kurung penutup)',
          hint: 'Periksa indentasi (pakai spasi, bukan tab), tanda titik dua setelah nama isian, dan tanda kutip yang berpasangan.',
        }),
      ],
    },
  ];

  it.each(cases)('reports $name', ({ text, problems }) => {
    const result = validateCoverage([register(FILE, text), register('data/coverage/renja.yml', GOOD_RENJA)], context);
    expect(result.problems).toEqual(problems);
  });

  it('reports a label listed in two register files, naming the first', () => {
    const second = `- document: lkpj-2023\n  label: Gambar I.6\n  title: Perkembangan Jumlah Penduduk\n  lines: [767, 786]\n  datasets: [penduduk-2020-2023]\n`;
    const result = validateCoverage([register('data/coverage/a.yml', GOOD_LKPJ), register('data/coverage/b.yml', second), register('data/coverage/renja.yml', GOOD_RENJA)], context);
    expect(result.problems).toEqual([
      problem({
        file: 'data/coverage/b.yml',
        line: 2,
        column: 10,
        field: '[0].label',
        message: 'label "Gambar I.6" untuk dokumen lkpj-2023 sudah tercatat di data/coverage/a.yml baris 8',
        hint: 'Setiap tabel/gambar dicatat sekali. Gabungkan kedua entri (daftarkan semua dataset-nya di "datasets"), atau bedakan labelnya bila memang tabel yang berbeda.',
      }),
    ]);
  });

  it('warns when a document has a register that leaves out one of its datasets', () => {
    const result = validateCoverage([register(FILE, GOOD_LKPJ.replace('  datasets: [penduduk-2020-2023]\n', '  reason: "Sudah ada di tabel lain."\n'))], context);
    expect(result.problems).toEqual([
      problem({
        severity: 'warning',
        file: 'data/datasets/penduduk-2020-2023.yml',
        field: 'slug',
        message: 'dataset "penduduk-2020-2023" belum tercatat di register cakupan dokumen lkpj-2023',
        hint: 'Tambahkan "penduduk-2020-2023" ke "datasets" pada entri "Gambar I.6" di data/coverage/ (buat entrinya bila belum ada).',
      }),
    ]);
  });
});

const base = await fixtureInput();

describe('coverage in runPipeline', () => {
  const REGISTER = 'data/coverage/contoh-2023.yml';

  it('returns the fixture register, validated and sorted', () => {
    const out = runPipeline(base);
    expect(out.problems).toEqual([]);
    expect(out.coverage.map((e) => [e.label, e.datasets])).toEqual([
      ['Tabel 1.1', ['penduduk-kecamatan-2023']],
      ['Uraian jumlah penduduk (tanpa nomor)', ['penduduk-2022-2023']],
      ['Gambar 1.1', ['luas-wilayah-kecamatan']],
      ['Gambar 1.2', []],
      ['Tabel 1.2', ['realisasi-anggaran-2023']],
    ]);
  });

  /** Problems after replacing `from` with `to` in the fixture register. */
  const afterEdit = (from: string, to: string) => runPipeline(withFiles(base, edit(base, REGISTER, from, to))).problems;

  it('checks line ranges against the real length of the source text (a final newline is not a line)', () => {
    expect(fileText(base, 'data/sources/contoh-2023.txt').split('\n')).toHaveLength(35);
    expect(afterEdit('lines: [30, 34]', 'lines: [30, 35]')).toEqual([
      problem({
        file: REGISTER,
        line: 25,
        column: 10,
        field: '[4].lines',
        message: 'baris 30–35 di luar dokumen contoh-2023, yang hanya punya 34 baris',
        hint: 'Periksa nomor baris "Tabel 1.2" di data/sources/contoh-2023.txt (misalnya dengan grep -n "Tabel 1.2").',
      }),
    ]);
  });

  it('stops the build on an unknown dataset in the register', () => {
    expect(afterEdit('datasets: [luas-wilayah-kecamatan]', 'datasets: [luas-wilayah]')).toEqual([
      problem({
        file: REGISTER,
        line: 16,
        column: 14,
        field: '[2].datasets[0]',
        message: 'dataset "luas-wilayah" tidak ada di data/datasets/',
        hint: 'Tulis slug dataset persis seperti nama berkasnya (tanpa .yml), atau buat dataset-nya dulu.',
      }),
      problem({
        severity: 'warning',
        file: 'data/datasets/luas-wilayah-kecamatan.yml',
        field: 'slug',
        message: 'dataset "luas-wilayah-kecamatan" belum tercatat di register cakupan dokumen contoh-2023',
        hint: 'Tambahkan "luas-wilayah-kecamatan" ke "datasets" pada entri "Gambar 1.1" di data/coverage/ (buat entrinya bila belum ada).',
      }),
    ]);
  });
});
