/**
 * A corpus of malformed inputs, each one realistic mistake made to the valid
 * fixture in tests/fixtures/pipeline/ (in memory), run through the pure
 * runPipeline. Every case asserts the complete list of problems: file, line,
 * column, field and the exact Indonesian message and fix, so a new cascade
 * of follow-on errors or a vaguer message fails the test.
 */
import { describe, expect, it } from 'vitest';
import { outputFiles } from '../../../scripts/data/build.ts';
import { runPipeline } from '../../../scripts/data/pipeline.ts';
import { problem, type Problem } from '../../../src/lib/core/problems.ts';
import type { PipelineInput } from '../../../scripts/data/pipeline.ts';
import { edit, fileText, fixtureInput, withFiles } from './helpers.ts';

const base = await fixtureInput();
const baseline = runPipeline(base);

const POP_CSV = 'data/raw/contoh-2023/tabel-1-1.csv';
const POP_YML = 'data/datasets/penduduk-kecamatan-2023.yml';
const PROSE_CSV = 'data/raw/contoh-2023/uraian-penduduk.csv';
const AREA_CSV = 'data/raw/contoh-2023/gambar-1-1.csv';
const BUDGET_YML = 'data/datasets/realisasi-anggaran-2023.yml';

const RAGGED_HINT =
  'Samakan jumlah sel dengan jumlah kolom. Angka yang memuat koma harus diapit tanda kutip ganda, dan sel kosong tetap ditulis (",,").';
const EN = 'format Inggris seperti di tabel sumber, contoh 1,035,369.50 atau 20.08%';
const ID = 'format Indonesia seperti di uraian sumber, contoh 1.035.369,50 atau 20,08%';
const CHECK_HINT =
  'Bandingkan angka di data/raw/contoh-2023/tabel-1-1.csv dengan contoh-2023 baris 5–14. Bila sumber memang tidak konsisten, tambahkan "expect: fail" dan "note" yang menjelaskannya.';

interface Case {
  name: string;
  changes: (input: PipelineInput) => Record<string, string | null>;
  problems: Problem[];
}

const cases: Case[] = [
  {
    name: 'ragged row: an unquoted number with a thousands comma splits into two cells',
    changes: (b) => edit(b, POP_CSV, '4,Binjai Utara,"88,364"', '4,Binjai Utara,88,364'),
    problems: [
      problem({ file: POP_CSV, line: 5, column: 5, message: 'baris ini punya 5 sel, padahal baris judul punya 4 kolom', hint: RAGGED_HINT }),
    ],
  },
  {
    name: 'ragged row: a cell left out',
    changes: (b) => edit(b, POP_CSV, '3,Binjai Timur,"68,376",22.55%', '3,Binjai Timur,"68,376"'),
    problems: [
      problem({ file: POP_CSV, line: 4, column: 4, message: 'baris ini punya 3 sel, padahal baris judul punya 4 kolom', hint: RAGGED_HINT }),
    ],
  },
  {
    name: 'non-numeric cell',
    changes: (b) => edit(b, POP_CSV, '"88,364"', 'delapan puluh'),
    problems: [
      problem({
        file: POP_CSV,
        line: 5,
        column: 3,
        field: 'penduduk',
        message: `"delapan puluh" bukan angka yang sah (${EN})`,
        hint: "Tulis angka saja (tanpa satuan/huruf); gunakan '-' bila sumber mencetak '-', atau kosongkan bila tidak dilaporkan.",
      }),
    ],
  },
  {
    name: 'wrong decimal style: Indonesian decimal comma in an English-format table',
    changes: (b) => edit(b, POP_CSV, '29.14%', '"29,14%"'),
    problems: [
      problem({
        file: POP_CSV,
        line: 5,
        column: 4,
        field: 'persentase',
        message: `"29,14%" tampak ditulis dalam ${ID}, padahal tabel ini memakai ${EN}`,
        hint: 'Salin angka persis seperti tercetak di tabel sumber, atau ubah "number_format" dataset bila seluruh tabel memakai format lain.',
      }),
    ],
  },
  {
    name: 'wrong thousands style: 88.364 (Indonesian) in an English-format integer column',
    changes: (b) => edit(b, POP_CSV, '"88,364"', '88.364'),
    problems: [
      problem({
        file: POP_CSV,
        line: 5,
        column: 3,
        field: 'penduduk',
        message: '"88.364" berdesimal, padahal kolom "penduduk" berisi bilangan bulat (apakah ini format Indonesia, titik sebagai pemisah ribuan?)',
        hint: 'Tabel ini memakai format Inggris: tulis 303,272 (koma pemisah ribuan), bukan 303.272. Bila seluruh tabel memakai format Indonesia, set number_format: id.',
      }),
    ],
  },
  {
    name: 'wrong thousands style: 303,272 (English) in an Indonesian-format integer column',
    changes: (b) => edit(b, PROSE_CSV, '303.272', '"303,272"'),
    problems: [
      problem({
        file: PROSE_CSV,
        line: 3,
        column: 2,
        field: 'jumlah_penduduk',
        message: '"303,272" berdesimal, padahal kolom "jumlah_penduduk" berisi bilangan bulat (apakah ini format Inggris, koma sebagai pemisah ribuan?)',
        hint: 'Tabel ini memakai format Indonesia: tulis 303.272 (titik pemisah ribuan), bukan 303,272. Bila seluruh tabel memakai format Inggris, set number_format: en.',
      }),
    ],
  },
  {
    name: 'unknown kecamatan',
    changes: (b) => edit(b, POP_CSV, 'Binjai Utara', 'Binjai Tengah'),
    problems: [
      problem({
        file: POP_CSV,
        line: 5,
        column: 2,
        field: 'kecamatan',
        message: 'kecamatan "Binjai Tengah" tidak dikenal dalam daftar resmi Kemendagri untuk Kota Binjai',
        hint: 'Periksa ejaan. Nama yang dikenal: Binjai Utara, Binjai Kota, Binjai Barat, Binjai Timur, Binjai Selatan.',
      }),
    ],
  },
  {
    name: 'invalid year',
    changes: (b) => edit(b, PROSE_CSV, '2022,', '22,'),
    problems: [problem({ file: PROSE_CSV, line: 2, column: 1, field: 'tahun', message: '"22" bukan tahun empat angka', hint: 'Tulis tahun seperti 2023.' })],
  },
  {
    name: 'missing metadata field (title); the coverage register does not then call the dataset unknown',
    changes: (b) => edit(b, POP_YML, 'title: Jumlah Penduduk Menurut Kecamatan 2023\n', ''),
    problems: [
      problem({
        file: POP_YML,
        line: 1,
        column: 1,
        field: 'title',
        message: 'isian "title" wajib ada tetapi tidak ditemukan',
        hint: 'Tambahkan isian "title" (lihat contoh di CONTRIBUTING.md).',
      }),
    ],
  },
  {
    name: 'duplicate slug: a dataset file copied to start a new one, slug not changed',
    changes: (b) => ({ 'data/datasets/penduduk-kecamatan-2024.yml': fileText(b, POP_YML) }),
    problems: [
      problem({
        file: 'data/datasets/penduduk-kecamatan-2024.yml',
        line: 1,
        column: 7,
        field: 'slug',
        message: 'slug "penduduk-kecamatan-2023" tidak sama dengan nama berkas',
        hint: 'Ganti nama berkas menjadi penduduk-kecamatan-2023.yml, atau samakan slug dengan nama berkas.',
      }),
      problem({
        file: 'data/datasets/penduduk-kecamatan-2024.yml',
        line: 1,
        column: 7,
        field: 'slug',
        message: 'slug "penduduk-kecamatan-2023" sudah dipakai oleh data/datasets/penduduk-kecamatan-2023.yml',
        hint: 'Setiap dataset harus punya slug unik karena slug menjadi alamat halamannya; ganti slug salah satunya.',
      }),
    ],
  },
  {
    name: 'total that does not add up (a row copied from the line above; no expect: fail)',
    changes: (b) => edit(b, POP_CSV, '4,Binjai Utara,"88,364"', '4,Binjai Utara,"68,376"'),
    problems: [
      problem({
        file: POP_YML,
        line: 22,
        column: 5,
        field: 'checks[0]',
        message:
          'pemeriksaan "Jumlah baris rincian sama dengan baris total (Jumlah penduduk, Persentase penduduk)" gagal: Kota Binjai · penduduk: tercetak 303.272, hasil hitung 283.284',
        hint: CHECK_HINT,
      }),
      problem({
        file: POP_YML,
        line: 23,
        column: 5,
        field: 'checks[1]',
        message: 'pemeriksaan "Persentase penduduk = Jumlah penduduk ÷ total Jumlah penduduk × 100" gagal: Binjai Utara · persentase: tercetak 29,14, hasil hitung 22,5461',
        hint: CHECK_HINT,
      }),
    ],
  },
  {
    name: 'check marked expect: fail that passes',
    changes: (b) =>
      edit(b, BUDGET_YML, 'total: selisih }', 'total: selisih, expect: fail, note: "Selisih tercetak tidak sama dengan realisasi dikurangi anggaran." }'),
    problems: [
      problem({
        file: BUDGET_YML,
        line: 21,
        column: 5,
        field: 'checks[0]',
        message: 'pemeriksaan "Realisasi − Anggaran = Selisih di setiap baris" ditandai expect: fail, tetapi ternyata lulus',
        hint: 'Hapus "expect: fail" dan "note" bila sumber ternyata konsisten.',
      }),
    ],
  },
  {
    name: 'empty CSV file',
    changes: () => ({ [POP_CSV]: '' }),
    problems: [
      problem({ file: POP_CSV, line: 1, message: 'berkas CSV kosong', hint: 'Isi baris pertama dengan nama kolom, lalu satu baris per baris tabel sumber.' }),
    ],
  },
  {
    name: 'CSV with a header row only (no follow-on check errors)',
    changes: () => ({ [POP_CSV]: 'no,kecamatan,penduduk,persentase\n' }),
    problems: [
      problem({ file: POP_CSV, line: 2, message: 'CSV hanya berisi baris judul, tanpa data', hint: 'Tambahkan baris data sesuai tabel sumber, mulai baris 2.' }),
    ],
  },
  {
    name: 'unclosed quote',
    changes: (b) => edit(b, POP_CSV, '"53,186"', '"53,186'),
    problems: [
      problem({
        file: POP_CSV,
        line: 6,
        column: 16,
        message: 'tanda kutip ganda (") yang dibuka di sini tidak ditutup tepat di akhir sel',
        hint: 'Sel yang berisi koma harus diapit tanda kutip ganda di kedua sisinya, contoh "1,035,369.00". Tambahkan kutip penutup sebelum koma pemisah sel berikutnya.',
      }),
    ],
  },
  {
    name: 'header not matching fields: a misspelt column name',
    changes: (b) => edit(b, POP_CSV, 'no,kecamatan,penduduk,', 'no,kecamatan,pendudk,'),
    problems: [
      problem({
        file: POP_CSV,
        line: 1,
        column: 3,
        field: 'pendudk',
        message: 'kolom "pendudk" tidak dideklarasikan di metadata',
        hint: 'Tambahkan kolom ini ke "fields" di data/datasets/penduduk-kecamatan-2023.yml, atau perbaiki ejaannya. Kolom yang dikenal: no, kecamatan, penduduk, persentase. Mungkin maksudnya "penduduk"?',
      }),
      problem({
        file: POP_CSV,
        line: 1,
        field: 'penduduk',
        message: 'kolom "penduduk" ada di metadata tetapi tidak ada di baris judul CSV',
        hint: 'Tambahkan kolom "penduduk" ke baris pertama CSV, atau hapus dari "fields" di metadata.',
      }),
    ],
  },
  {
    name: 'header not matching fields: a column named twice',
    changes: (b) => edit(b, POP_CSV, 'no,kecamatan,penduduk,persentase', 'no,kecamatan,penduduk,penduduk'),
    problems: [
      problem({ file: POP_CSV, line: 1, column: 4, field: 'penduduk', message: 'nama kolom "penduduk" muncul dua kali', hint: 'Setiap kolom harus punya nama unik.' }),
      problem({
        file: POP_CSV,
        line: 1,
        field: 'persentase',
        message: 'kolom "persentase" ada di metadata tetapi tidak ada di baris judul CSV',
        hint: 'Tambahkan kolom "persentase" ke baris pertama CSV, atau hapus dari "fields" di metadata.',
      }),
    ],
  },
  {
    name: 'total row label not as declared in total_row',
    changes: (b) => edit(b, POP_CSV, ',Kota Binjai,', ',Jumlah,'),
    problems: [
      problem({
        file: POP_CSV,
        line: 1,
        column: 2,
        field: 'kecamatan',
        message: 'baris total "Kota Binjai" yang disebut di metadata tidak ditemukan di kolom "kecamatan"',
        hint: 'Salin baris jumlah dari tabel sumber persis seperti tercetak, atau perbaiki total_row.label di metadata.',
      }),
    ],
  },
  {
    name: 'unknown document id (one message, no follow-on "raw file missing" or coverage error)',
    changes: (b) => edit(b, POP_YML, 'document: contoh-2023', 'document: contoh-2099'),
    problems: [
      problem({
        file: POP_YML,
        line: 9,
        column: 13,
        field: 'source.document',
        message: 'dokumen "contoh-2099" tidak dikenal',
        hint: 'Pakai salah satu id di data/documents.yml: contoh-2023. Mungkin maksudnya "contoh-2023"?',
      }),
    ],
  },
  {
    name: 'source lines out of range',
    changes: (b) => edit(b, BUDGET_YML, 'lines: [30, 34]', 'lines: [30, 99]'),
    problems: [
      problem({
        file: BUDGET_YML,
        line: 11,
        column: 10,
        field: 'source.lines',
        message: 'baris 30–99 di luar dokumen contoh-2023, yang hanya punya 34 baris',
        hint: 'Periksa nomor baris "Tabel 1.2" di data/sources/contoh-2023.txt (misalnya dengan grep -n "Tabel 1.2").',
      }),
    ],
  },
  {
    name: 'source lines that miss the caption',
    changes: (b) => edit(b, BUDGET_YML, 'lines: [30, 34]', 'lines: [31, 34]'),
    problems: [
      problem({
        file: BUDGET_YML,
        line: 11,
        column: 10,
        field: 'source.table',
        message: 'label "Tabel 1.2" tidak ditemukan di contoh-2023 baris 31–34',
        hint: 'Pastikan source.lines mencakup judul tabel/gambar dan source.table ditulis persis seperti tercetak.',
      }),
    ],
  },
  {
    name: 'printed value not found in the cited lines',
    changes: (b) => edit(b, AREA_CSV, '21.7', '21.75'),
    problems: [
      problem({
        file: AREA_CSV,
        line: 4,
        column: 2,
        field: 'luas_km2',
        message: 'nilai "21.75" tidak ditemukan di contoh-2023 baris 19–25 (Gambar 1.1)',
        hint: 'Salin angka persis seperti tercetak di sumber (termasuk koma, titik, dan %). Bila tabel sengaja direkonstruksi, set verify_tokens: false dan jelaskan di notes.',
      }),
    ],
  },
  {
    name: 'unknown publisher in a dataset',
    changes: (b) => edit(b, POP_YML, 'publisher: bps-binjai', 'publisher: bps-binjay'),
    problems: [
      problem({
        file: POP_YML,
        line: 7,
        column: 12,
        field: 'publisher',
        message: 'penerbit "bps-binjay" tidak dikenal',
        hint: 'Pakai salah satu slug di data/agencies.yml: pemkot-binjai, bps-binjai. Mungkin maksudnya "bps-binjai"?',
      }),
    ],
  },
  {
    name: 'unknown publisher in documents.yml',
    changes: (b) => edit(b, 'data/documents.yml', 'publisher: pemkot-binjai', 'publisher: pemkot-binjay'),
    problems: [
      problem({
        file: 'data/documents.yml',
        line: 5,
        column: 14,
        field: '[0].publisher',
        message: 'penerbit "pemkot-binjay" tidak ada di data/agencies.yml',
        hint: 'Tambahkan instansinya ke data/agencies.yml atau perbaiki ejaannya. Mungkin maksudnya "pemkot-binjai"?',
      }),
    ],
  },
  {
    name: 'missing source text',
    changes: () => ({ 'data/sources/contoh-2023.txt': null }),
    problems: [
      problem({
        file: 'data/documents.yml',
        line: 9,
        column: 9,
        field: '[0].file',
        message: 'teks sumber dokumen "contoh-2023" (data/sources/contoh-2023.txt) tidak ada',
        hint: 'Letakkan teks dokumen di data/sources/contoh-2023.txt, atau perbaiki isian "file".',
      }),
    ],
  },
  {
    name: 'missing raw CSV',
    changes: () => ({ [AREA_CSV]: null }),
    problems: [
      problem({
        file: 'data/datasets/luas-wilayah-kecamatan.yml',
        line: 14,
        column: 6,
        field: 'raw',
        message: 'berkas data mentah data/raw/contoh-2023/gambar-1-1.csv tidak ada',
        hint: 'Buat CSV-nya (salinan tabel sumber apa adanya), atau isi "raw" dengan nama berkas yang benar.',
      }),
    ],
  },
  {
    name: 'broken YAML syntax (unclosed quote); the coverage register does not then call the dataset unknown',
    changes: (b) => edit(b, POP_YML, 'title: Jumlah Penduduk Menurut Kecamatan 2023', 'title: "Jumlah Penduduk Menurut Kecamatan 2023'),
    problems: [
      problem({
        file: POP_YML,
        line: 2,
        column: 47,
        message: 'YAML tidak dapat dibaca: ada tanda yang hilang (kutip atau kurung penutup)',
        hint: 'Periksa indentasi (pakai spasi, bukan tab), tanda titik dua setelah nama isian, dan tanda kutip yang berpasangan.',
      }),
    ],
  },
  {
    name: 'broken YAML syntax (tab indentation)',
    changes: (b) => edit(b, POP_YML, '  document: contoh-2023', '\tdocument: contoh-2023'),
    problems: [
      problem({
        file: POP_YML,
        line: 9,
        column: 1,
        message: 'YAML tidak dapat dibaca: indentasi memakai tab',
        hint: 'Periksa indentasi (pakai spasi, bukan tab), tanda titik dua setelah nama isian, dan tanda kutip yang berpasangan.',
      }),
    ],
  },
];

/** English words that would mean a library message leaked through untranslated. */
const ENGLISH = /\b(expected|invalid|received|undefined|NaN|malformed|unterminated|must|should|quote|field|error)\b/i;

describe('the fixture itself', () => {
  it('builds without a single problem', () => {
    expect(baseline.problems).toEqual([]);
    expect(baseline.datasets.map((d) => d.slug)).toEqual(['luas-wilayah-kecamatan', 'penduduk-2022-2023', 'penduduk-kecamatan-2023', 'realisasi-anggaran-2023']);
  });

  it('is deterministic: the same bytes whatever order the files are read in', () => {
    const shuffled: PipelineInput = {
      ...base,
      datasets: [...base.datasets].reverse(),
      raw: new Map([...base.raw].reverse()),
      coverage: [...base.coverage].reverse(),
    };
    expect(Object.fromEntries(outputFiles(runPipeline(shuffled)))).toEqual(Object.fromEntries(outputFiles(baseline)));
  });

  it('keeps negatives in brackets and "-" cells as null with a reason', () => {
    const budget = baseline.datasets.find((d) => d.slug === 'realisasi-anggaran-2023');
    expect(budget?.rows).toEqual([
      { uraian: 'Pendapatan', anggaran: 1035369934160, realisasi: 1002478112305.55, selisih: -32891821854.45 },
      { uraian: 'Pembiayaan', anggaran: 5000000, realisasi: null, selisih: null },
    ]);
    expect(budget?.missing).toEqual([
      { row: 1, field: 'realisasi', reason: "Sumber mencetak '-' (tidak ada/nihil)" },
      { row: 1, field: 'selisih', reason: "Sumber mencetak '-' (tidak ada/nihil)" },
    ]);
    expect(baseline.datasets.find((d) => d.slug === 'penduduk-2022-2023')?.rows).toEqual([
      { tahun: 2022, jumlah_penduduk: 300009 },
      { tahun: 2023, jumlah_penduduk: 303272 },
    ]);
  });
});

describe('malformed inputs', () => {
  it('has a corpus of at least 12 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('$name', ({ changes, problems }) => {
    const out = runPipeline(withFiles(base, changes(base)));
    expect(out.problems).toEqual(problems);
    for (const p of out.problems) {
      expect(p.message).not.toMatch(ENGLISH);
      expect(p.hint.length).toBeGreaterThan(20);
    }
  });
});

describe('tolerated quirks (documented behaviour: a warning, then read as if clean)', () => {
  const popRows = baseline.datasets.find((d) => d.slug === 'penduduk-kecamatan-2023')?.rows;

  it.each([
    {
      quirk: 'a UTF-8 byte order mark is stripped, with a warning at line 1, column 1',
      text: `\uFEFF${fileText(base, POP_CSV)}`,
      warning: {
        line: 1,
        column: 1,
        message: 'berkas diawali BOM UTF-8 (tanda tak terlihat dari Excel); BOM diabaikan',
        hint: 'Tidak wajib diperbaiki. Agar bersih, simpan sebagai "CSV UTF-8" tanpa BOM atau dengan editor teks biasa.',
      },
    },
    {
      quirk: 'CRLF line endings are read as LF, with a warning at the first CR',
      text: fileText(base, POP_CSV).replace(/\n/g, '\r\n'),
      warning: {
        line: 1,
        column: 33,
        message: 'akhir baris memakai CRLF (gaya Windows); dibaca sebagai LF',
        hint: 'Tidak wajib diperbaiki. Agar bersih, simpan dengan akhir baris LF (Unix).',
      },
    },
  ])('$quirk', ({ text, warning }) => {
    const out = runPipeline(withFiles(base, { [POP_CSV]: text }));
    expect(out.problems).toEqual([problem({ severity: 'warning', file: POP_CSV, ...warning })]);
    expect(out.datasets.find((d) => d.slug === 'penduduk-kecamatan-2023')?.rows).toEqual(popRows);
  });

  it('counts lines after a CRLF file correctly in later errors', () => {
    const crlf = fileText(base, POP_CSV).replace(/\n/g, '\r\n').replace('Binjai Utara', 'Binjai Tengah');
    const out = runPipeline(withFiles(base, { [POP_CSV]: crlf }));
    expect(out.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.column, p.field])).toEqual([[5, 2, 'kecamatan']]);
  });
});
