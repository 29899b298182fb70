import type { CheckMeta, CheckResult, PublishedField, Row } from '../../src/lib/datasets/schema.ts';
import { formatNumber } from '../../src/lib/core/format.ts';

/**
 * Arithmetic checks declared per dataset. Pure. A failing check is a
 * transcription error unless the metadata says the source itself does not
 * add up (expect: fail + note); then it is published as a quality note.
 */
export interface CheckTable {
  slug: string;
  fields: PublishedField[];
  rows: Row[];
}

export interface CheckContext {
  table: CheckTable;
  /** Other datasets, for cross-table checks. */
  others: ReadonlyMap<string, CheckTable>;
}

export type CheckOutcome = { result: CheckResult; error?: string };

const EPS = 1e-9;

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

/** id-ID with as many decimals as the value has (at most 4): 283.284, 22,5461, 100,01. */
function formatExact(value: number | null): string {
  if (value === null) return formatNumber(value);
  const rounded = Math.round(value * 1e4) / 1e4;
  return formatNumber(rounded, String(rounded).split('.')[1]?.length ?? 0);
}

function decimalsOf(table: CheckTable, field: string): number {
  return table.fields.find((f) => f.name === field)?.decimals ?? 0;
}

function halfUnit(decimals: number): number {
  return decimals > 0 ? 0.5 * 10 ** -decimals : 0;
}

export function rowLabel(table: CheckTable, row: Row): string {
  const dim = table.fields.find((f) => f.type === 'kecamatan' || f.type === 'kelurahan' || f.type === 'string' || f.type === 'year');
  const v = dim ? row[dim.name] : undefined;
  return v === undefined || v === null ? '?' : String(v);
}

function joinKey(a: CheckTable, b: CheckTable): string | undefined {
  const has = (t: CheckTable, n: string) => t.fields.some((f) => f.name === n);
  if (has(a, 'kode_wilayah') && has(b, 'kode_wilayah')) return 'kode_wilayah';
  return a.fields.find((f) => (f.type === 'year' || f.type === 'string') && has(b, f.name))?.name;
}

/** Value of `field` in `other` for the row matching `row`; a missing city total is the sum of its kecamatan. */
function lookup(other: CheckTable, key: string, row: Row, field: string): number | null {
  const k = row[key];
  const hit = other.rows.find((r) => r[key] === k && r.baris_total !== true);
  if (hit) return num(hit[field]);
  const total = other.rows.find((r) => r[key] === k);
  if (total) return num(total[field]);
  if (key === 'kode_wilayah' && typeof k === 'string' && !k.includes('.', 3)) {
    const parts = other.rows.filter((r) => typeof r[key] === 'string' && (r[key] as string).startsWith(`${k}.`) && r.baris_total !== true);
    if (parts.length === 0) return null;
    return parts.reduce<number | null>((s, r) => (s === null || num(r[field]) === null ? null : s + (num(r[field]) as number)), 0);
  }
  return null;
}

function describe(check: CheckMeta, table: CheckTable): string {
  const title = (n: string) => table.fields.find((f) => f.name === n)?.title ?? n;
  switch (check.rule) {
    case 'sum':
      return `Jumlah baris rincian sama dengan baris total (${check.fields.map(title).join(', ')})`;
    case 'row_sum':
      return `${check.parts.map(title).join(' + ')}${check.minus.map((m) => ` − ${title(m)}`).join('')} = ${title(check.total)} di setiap baris`;
    case 'tree_sum':
      return `Setiap induk kode sama dengan jumlah rinciannya (${check.fields.map(title).join(', ')})`;
    case 'share':
      return `${title(check.field)} = ${title(check.of)} ÷ total ${title(check.of)} × 100`;
    case 'ratio': {
      const d = typeof check.denominator === 'string' ? title(check.denominator) : `${check.denominator.field} (dataset ${check.denominator.dataset})`;
      return `${title(check.field)} = ${title(check.numerator)} ÷ ${d}${check.scale !== 1 ? ` × ${formatNumber(check.scale)}` : ''}`;
    }
    case 'equals':
      return `${title(check.field)} sama dengan ${check.other.field} di dataset ${check.other.dataset}`;
  }
}

function ruleId(check: CheckMeta): string {
  switch (check.rule) {
    case 'sum':
      return `sum:${check.fields.join('+')}`;
    case 'row_sum':
      return `row_sum:${check.parts.join('+')}${check.minus.map((m) => `-${m}`).join('')}=${check.total}`;
    case 'tree_sum':
      return `tree_sum:${check.code}:${check.fields.join('+')}`;
    case 'share':
      return `share:${check.field}<-${check.of}`;
    case 'ratio':
      return `ratio:${check.field}=${check.numerator}/${typeof check.denominator === 'string' ? check.denominator : `${check.denominator.dataset}.${check.denominator.field}`}`;
    case 'equals':
      return `equals:${check.field}=${check.other.dataset}.${check.other.field}`;
  }
}

/** Other datasets a check reads (cross-table ratio and equals). */
export function referencedDatasets(check: CheckMeta): string[] {
  if (check.rule === 'ratio' && typeof check.denominator !== 'string') return [check.denominator.dataset];
  if (check.rule === 'equals') return [check.other.dataset];
  return [];
}

export function runCheck(check: CheckMeta, { table, others }: CheckContext): CheckOutcome {
  const failures: NonNullable<CheckResult['failures']> = [];
  const details = table.rows.filter((r) => r.baris_total !== true);
  const totals = table.rows.filter((r) => r.baris_total === true);
  const compare = (row: Row, field: string, expected: number | null, tol: number) => {
    const printed = num(row[field]);
    if (printed === null || expected === null) return; // missing values cannot be checked
    if (Math.abs(printed - expected) > tol + EPS)
      failures.push({ row: rowLabel(table, row), field, printed, expected: Math.round(expected * 1e6) / 1e6 });
  };
  const setupError = (message: string): CheckOutcome => ({
    result: { rule: ruleId(check), description: describe(check, table), status: 'fail' },
    error: message,
  });
  const fieldNames = new Set(table.fields.map((f) => f.name));
  const needFields = (names: string[]) => names.filter((n) => !fieldNames.has(n));

  switch (check.rule) {
    case 'sum': {
      const unknown = needFields(check.fields);
      if (unknown.length) return setupError(`kolom tidak dikenal: ${unknown.join(', ')}`);
      if (totals.length !== 1) return setupError('aturan "sum" membutuhkan tepat satu baris total (isi total_row di metadata)');
      const total = totals[0] as Row;
      for (const field of check.fields) {
        const values = details.map((r) => num(r[field]));
        if (values.some((v) => v === null)) continue;
        const sum = (values as number[]).reduce((a, b) => a + b, 0);
        compare(total, field, sum, check.tolerance ?? details.length * halfUnit(decimalsOf(table, field)));
      }
      break;
    }
    case 'row_sum': {
      const unknown = needFields([...check.parts, ...check.minus, check.total]);
      if (unknown.length) return setupError(`kolom tidak dikenal: ${unknown.join(', ')}`);
      const all = [...check.parts, ...check.minus];
      const tol = check.tolerance ?? all.reduce((t, p) => t + halfUnit(decimalsOf(table, p)), 0);
      for (const row of table.rows) {
        const plus = check.parts.map((p) => num(row[p]));
        const minus = check.minus.map((p) => num(row[p]));
        if ([...plus, ...minus].some((v) => v === null)) continue;
        const sum = (plus as number[]).reduce((a, b) => a + b, 0) - (minus as number[]).reduce((a, b) => a + b, 0);
        compare(row, check.total, sum, tol);
      }
      break;
    }
    case 'tree_sum': {
      const unknown = needFields([check.code, ...check.fields]);
      if (unknown.length) return setupError(`kolom tidak dikenal: ${unknown.join(', ')}`);
      const code = (r: Row) => (r[check.code] === null || r[check.code] === undefined ? '' : String(r[check.code]).trim());
      for (const parent of table.rows) {
        const c = code(parent);
        if (!c) continue;
        const children = table.rows.filter((r) => {
          const rc = code(r);
          return rc.startsWith(`${c}.`) && !rc.slice(c.length + 1).includes('.');
        });
        if (children.length === 0) continue;
        for (const field of check.fields) {
          const values = children.map((r) => num(r[field]));
          if (values.some((v) => v === null)) continue;
          const sum = (values as number[]).reduce((a, b) => a + b, 0);
          compare(parent, field, sum, check.tolerance ?? children.length * halfUnit(decimalsOf(table, field)));
        }
      }
      break;
    }
    case 'share': {
      const unknown = needFields([check.field, check.of]);
      if (unknown.length) return setupError(`kolom tidak dikenal: ${unknown.join(', ')}`);
      if (totals.length !== 1) return setupError('aturan "share" membutuhkan tepat satu baris total (isi total_row di metadata)');
      const whole = num((totals[0] as Row)[check.of]);
      if (whole === null || whole === 0) break;
      const tol = check.tolerance ?? halfUnit(decimalsOf(table, check.field));
      for (const row of table.rows) {
        const part = num(row[check.of]);
        compare(row, check.field, part === null ? null : (part / whole) * 100, tol);
      }
      break;
    }
    case 'ratio': {
      const unknown = needFields([check.field, check.numerator, ...(typeof check.denominator === 'string' ? [check.denominator] : [])]);
      if (unknown.length) return setupError(`kolom tidak dikenal: ${unknown.join(', ')}`);
      let other: CheckTable | undefined;
      let key: string | undefined;
      if (typeof check.denominator !== 'string') {
        other = others.get(check.denominator.dataset);
        if (!other) return setupError(`dataset "${check.denominator.dataset}" tidak ditemukan`);
        if (!other.fields.some((f) => f.name === (check.denominator as { field: string }).field))
          return setupError(`kolom "${check.denominator.field}" tidak ada di dataset ${check.denominator.dataset}`);
        key = joinKey(table, other);
        if (!key) return setupError(`tidak ada kolom kunci bersama dengan dataset ${check.denominator.dataset}`);
      }
      const tol = check.tolerance ?? halfUnit(decimalsOf(table, check.field));
      for (const row of table.rows) {
        const n = num(row[check.numerator]);
        const d =
          typeof check.denominator === 'string'
            ? num(row[check.denominator])
            : lookup(other as CheckTable, key as string, row, check.denominator.field);
        compare(row, check.field, n === null || d === null || d === 0 ? null : (n / d) * check.scale, tol);
      }
      break;
    }
    case 'equals': {
      if (needFields([check.field]).length) return setupError(`kolom tidak dikenal: ${check.field}`);
      const other = others.get(check.other.dataset);
      if (!other) return setupError(`dataset "${check.other.dataset}" tidak ditemukan`);
      if (!other.fields.some((f) => f.name === check.other.field))
        return setupError(`kolom "${check.other.field}" tidak ada di dataset ${check.other.dataset}`);
      const key = joinKey(table, other);
      if (!key) return setupError(`tidak ada kolom kunci bersama dengan dataset ${check.other.dataset}`);
      for (const row of table.rows) compare(row, check.field, lookup(other, key, row, check.other.field), check.tolerance ?? 0);
      break;
    }
  }

  const status = failures.length === 0 ? 'pass' : 'fail';
  const result: CheckResult = { rule: ruleId(check), description: describe(check, table), status };
  if (check.note && check.expect === 'fail') result.note = check.note;
  if (failures.length) result.failures = failures;
  if (status === 'fail' && check.expect === 'pass') {
    const list = failures
      .map((f) => `${f.row} · ${f.field}: tercetak ${formatExact(f.printed)}, hasil hitung ${formatExact(f.expected)}`)
      .join('; ');
    return { result, error: `pemeriksaan "${result.description}" gagal: ${list}` };
  }
  if (status === 'pass' && check.expect === 'fail')
    return { result, error: `pemeriksaan "${result.description}" ditandai expect: fail, tetapi ternyata lulus` };
  return { result };
}
