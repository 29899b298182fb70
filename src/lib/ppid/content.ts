import Papa from 'papaparse';
import { problem, type Problem } from '../core/problems.ts';
import { validateYaml } from '../core/zod-problems.ts';
import { markdownProblems } from '../core/markdown.ts';
import { LAPORAN_FIELDS, LaporanRowSchema, PpidPageSchema, type LaporanRow, type PpidPage } from './schema.ts';
import type { TextFile } from '../core/problems.ts';

/**
 * Checks for the editable PPID content besides DIP entries: Markdown pages in
 * content/ppid/ (front matter) and the service-report CSV officers fill each
 * period. Pure: callers pass file contents.
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface CheckedPpidPage {
  value?: PpidPage;
  /** The Markdown after the front matter, and the file line it starts on. */
  body?: string;
  bodyLine?: number;
  problems: Problem[];
}

/**
 * Front matter validated, and the Markdown body held to what the renderer keeps
 * (src/lib/core/markdown.ts): raw HTML outside the allow-list, event handlers and refused
 * addresses are errors naming their line, so nothing is silently dropped from the page.
 */
export function checkPpidPage(file: TextFile): CheckedPpidPage {
  const match = FRONT_MATTER.exec(file.text);
  if (!match)
    return {
      problems: [
        problem({
          file: file.path,
          line: 1,
          message: 'berkas tidak diawali front matter (bagian di antara dua baris ---)',
          hint: 'Tambahkan di baris paling atas: ---, lalu judul, ringkasan, diperbarui, penyunting, lalu --- (lihat docs/panduan-ppid.md).',
        }),
      ],
    };
  // Front matter starts on line 2 of the file (line 1 is the opening ---).
  const result = validateYaml(PpidPageSchema, match[1] ?? '', file.path, 1);
  const body = file.text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  const problems = [
    ...result.problems.map(withGuide),
    ...markdownProblems(body).map((p) =>
      problem({ file: file.path, ...(p.line !== undefined ? { line: bodyLine + p.line - 1 } : {}), message: p.message, hint: p.hint }),
    ),
  ];
  return problems.length === 0 && result.value ? { value: result.value, body, bodyLine, problems } : { problems };
}

function withGuide(p: Problem): Problem {
  return { ...p, hint: p.hint.replace('CONTRIBUTING.md', 'docs/panduan-ppid.md') };
}

const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/**
 * The service report: one row per period. Numbers are whole counts except the
 * average response time, which may have a decimal comma or point; an empty
 * average means "not measured".
 */
export function parseLaporanCsv(file: TextFile): { rows: LaporanRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed = Papa.parse<Record<string, string>>(file.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const header = parsed.meta.fields ?? [];
  if (header.join(',') !== LAPORAN_FIELDS.join(','))
    return {
      rows: [],
      problems: [
        problem({
          file: file.path,
          line: 1,
          message: `baris judul kolom tidak sesuai: "${header.join(',')}"`,
          hint: `Baris pertama harus persis: ${LAPORAN_FIELDS.join(',')}`,
        }),
      ],
    };
  const rows: LaporanRow[] = [];
  parsed.data.forEach((raw, i) => {
    const line = i + 2;
    const rowProblems: Problem[] = [];
    const value: Record<string, unknown> = {};
    for (const [col, field] of LAPORAN_FIELDS.entries()) {
      const cell = (raw[field] ?? '').trim();
      const at = { file: file.path, line, column: col + 1, field };
      if (field === 'periode' || field === 'alasan_penolakan' || field === 'sumber') value[field] = cell;
      else if (field === 'rata_rata_hari_kerja') {
        if (cell === '') value[field] = null;
        else if (DECIMAL.test(cell)) value[field] = Number(cell.replace(',', '.'));
        else rowProblems.push(problem({ ...at, message: `"${cell}" bukan angka hari kerja`, hint: 'Tulis angka saja, misalnya 6 atau 6,5; kosongkan bila tidak diukur.' }));
      } else if (INTEGER.test(cell)) value[field] = Number(cell);
      else
        rowProblems.push(
          problem({ ...at, message: `"${cell}" bukan bilangan bulat`, hint: 'Tulis jumlah tanpa titik atau koma, misalnya 12; tulis 0 bila tidak ada.' }),
        );
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      return;
    }
    const result = LaporanRowSchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        problems.push(
          problem({ file: file.path, line, column: LAPORAN_FIELDS.indexOf(field as keyof LaporanRow) + 1, field, message: issue.message, hint: 'Perbaiki isi sel ini.' }),
        );
      }
      return;
    }
    const r = result.data;
    if (r.dipenuhi_seluruhnya + r.dipenuhi_sebagian + r.ditolak > r.permohonan)
      problems.push(
        problem({
          file: file.path,
          line,
          field: 'permohonan',
          message: `dipenuhi seluruhnya + sebagian + ditolak (${r.dipenuhi_seluruhnya + r.dipenuhi_sebagian + r.ditolak}) lebih besar dari jumlah permohonan (${r.permohonan})`,
          hint: 'Periksa kembali angka di register permohonan periode ini.',
        }),
      );
    if (r.ditolak > 0 && r.alasan_penolakan.trim() === '')
      problems.push(
        problem({
          file: file.path,
          line,
          column: LAPORAN_FIELDS.indexOf('alasan_penolakan') + 1,
          field: 'alasan_penolakan',
          message: `${r.ditolak} permohonan ditolak tetapi alasannya kosong`,
          hint: 'Tulis alasan penolakan, misalnya "informasi dikecualikan (Pasal 17 huruf h): 2; informasi belum dikuasai: 1".',
        }),
      );
    if (rows.some((x) => x.periode === r.periode))
      problems.push(problem({ file: file.path, line, field: 'periode', message: `periode ${r.periode} tercatat dua kali`, hint: 'Satu baris untuk satu periode.' }));
    rows.push(r);
  });
  return { rows, problems };
}
