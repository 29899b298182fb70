/**
 * Runner: parse Lampiran I of the LKPJ 2023 and print a summary.
 *   npx node scripts/budget/run.ts            summary
 *   npx node scripts/budget/run.ts --issues   also list every issue
 *   npx node scripts/budget/run.ts --json     print rows as JSON
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ManualFixFileSchema, BudgetRowSchema } from '../../src/lib/budget/schema.ts';
import { parseLampiranI, reconcile } from './parse-lampiran.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
function loadFixes(): ReturnType<typeof ManualFixFileSchema.parse>['fixes'] {
  return ManualFixFileSchema.parse(parseYaml(readFileSync(`${root}data/budget/fixes.yml`, 'utf8'))).fixes;
}

const text = readFileSync(`${root}data/sources/lkpj-2023.txt`, 'utf8');
const { rows, issues } = parseLampiranI(text, loadFixes());
for (const r of rows) BudgetRowSchema.parse(r);

const args = new Set(process.argv.slice(2));
if (args.has('--json')) {
  process.stdout.write(`${JSON.stringify(rows, null, 1)}\n`);
} else {
  const byLevel = new Map<string, number>();
  for (const r of rows) byLevel.set(r.level, (byLevel.get(r.level) ?? 0) + 1);
  const sections = new Map<string, number>();
  for (const r of rows) if (r.level === 'subkegiatan') sections.set(r.section.id, (sections.get(r.section.id) ?? 0) + 1);
  console.log(`rows: ${rows.length}`, Object.fromEntries(byLevel));
  console.log(`sections: ${new Set(rows.map((r) => r.section.id)).size}`);
  for (const [id, n] of sections) console.log(`  ${id}: ${n} sub-kegiatan`);
  const rec = reconcile(rows);
  const fmt = (n: number): string => n.toLocaleString('en-US');
  console.log('reconciliation (sub-kegiatan vs LRA Tabel I.7 belanja):');
  console.log(`  target      ${fmt(rec.target_sum)}  LRA ${fmt(rec.lra_budget)}  diff ${fmt(rec.budget_difference)}`);
  console.log(`  realisation ${fmt(rec.realisation_sum)}  LRA ${fmt(rec.lra_realised)}  diff ${fmt(rec.realised_difference)}`);
  const kinds = new Map<string, number>();
  for (const i of issues) kinds.set(`${i.severity}:${i.kind}`, (kinds.get(`${i.severity}:${i.kind}`) ?? 0) + 1);
  console.log('issues:', Object.fromEntries(kinds));
  if (args.has('--issues')) for (const i of issues) console.log(`  ${i.line} [${i.severity}] ${i.kind} ${i.code ?? ''} ${i.message}`);
}
