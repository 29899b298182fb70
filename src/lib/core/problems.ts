/**
 * Problems found in data and content files. Errors are values first, then
 * messages: every validator returns Problem[]; only the runner prints them.
 * Messages are in Indonesian because PPID officers read them.
 */
/** A file's text and its repository-relative path, the path that messages name. */
export interface TextFile {
  path: string;
  text: string;
}

export interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** Column or field name, when the problem is about one. */
  field?: string | undefined;
  message: string;
  /** How to fix it, addressed to the person editing the file. */
  hint: string;
}

export function problem(p: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }): Problem {
  return { severity: p.severity ?? 'error', ...p } as Problem;
}

/** "data/raw/x.csv, baris 4, kolom 3 (penduduk)" */
export function location(p: Pick<Problem, 'file' | 'line' | 'column' | 'field'>): string {
  const parts = [p.file];
  if (p.line !== undefined) parts.push(`baris ${p.line}`);
  if (p.column !== undefined) parts.push(`kolom ${p.column}${p.field ? ` (${p.field})` : ''}`);
  else if (p.field) parts.push(`isian "${p.field}"`);
  return parts.join(', ');
}

export function formatProblem(p: Problem): string {
  const label = p.severity === 'error' ? 'GALAT' : 'PERINGATAN';
  return `${label} ${location(p)}\n  Masalah: ${p.message}\n  Perbaikan: ${p.hint}`;
}

/** Problems shown per kind before the rest are only counted: one mistake repeated 400 times is one mistake. */
export const SHOWN_PER_KIND = 5;

/** The kind of a problem: its message with names and numbers taken out. */
export function problemKind(p: Pick<Problem, 'severity' | 'message'>): string {
  return `${p.severity}:${p.message.replace(/"[^"]*"/g, '"…"').replace(/\d+([.,]\d+)*/g, '#')}`;
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const seen = new Map<string, number>();
  const shown: string[] = [];
  for (const p of problems) {
    const kind = problemKind(p);
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    if (n <= SHOWN_PER_KIND) shown.push(formatProblem(p));
  }
  for (const [kind, n] of seen) {
    if (n <= SHOWN_PER_KIND) continue;
    const first = problems.find((p) => problemKind(p) === kind);
    shown.push(`… dan ${n - SHOWN_PER_KIND} ${first?.severity === 'warning' ? 'peringatan' : 'galat'} lain yang sejenis ("${first?.message ?? ''}") tidak ditampilkan: perbaiki yang di atas dulu, lalu periksa lagi.`);
  }
  const body = shown.join('\n\n');
  const summary =
    errors > 0
      ? `${errors} galat, ${warnings} peringatan. Tidak ada yang diterbitkan; perbaiki galat di atas lalu jalankan lagi.`
      : `${warnings} peringatan, tidak ada galat.`;
  return body ? `${body}\n\n${summary}` : summary;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

export class ProblemError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatReport(problems));
    this.problems = problems;
  }
}
