/**
 * `npm run rilis`: freezes the current state of every changed dataset as a new version.
 *
 *   npm run rilis -- --alasan "Koreksi angka Kecamatan Binjai Kota (ralat LKPJ)"
 *   npm run rilis -- --alasan "…" --dataset penduduk-kecamatan-2023 [--dataset …]
 *   npm run rilis -- --tanggal 2026-12-08        release date (default: today in Asia/Jakarta)
 *   npm run rilis -- --coba                       say what would be released, write nothing
 *
 * For each dataset whose content differs from its latest version (or that has none), it writes the
 * frozen content to data/versi/<slug>/<id>.json and appends one record to data/versi/<slug>.yml
 * (id, date, reason, SHA-256 of the content and of each download). Existing records and files are
 * never rewritten: the ledger is appended to as text. The data must pass npm run periksa first.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { formatReport, hasErrors } from '../src/lib/core/problems.ts';
import { IsoDateSchema } from '../src/lib/core/common-schema.ts';
import type { BuiltDataset } from '../src/lib/datasets/schema.ts';
import type { VersionRecord } from '../src/lib/datasets/versions-schema.ts';
import { frozenFile, frozenText, recordedFiles, sha256, versionId, versionsFile } from '../src/lib/datasets/versions.ts';
import { changeSentence } from '../src/lib/datasets/diff.ts';
import { dataRootFromEnv, loadAndRun } from './data/build.ts';

export class ReleaseError extends Error {}

export interface ReleaseOptions {
  reason?: string;
  date: string;
  only?: readonly string[];
  dryRun?: boolean;
}

export interface PlannedRelease {
  slug: string;
  title: string;
  record: VersionRecord;
  text: string;
  first: boolean;
  summary: string;
}

const LEDGER_HEADER = (slug: string) =>
  `# Riwayat versi dataset ${slug}, ditulis oleh "npm run rilis". Jangan diubah: versi yang sudah terbit tidak berubah\n# (docs/versi.md). Isi setiap versi ada di data/versi/${slug}/<id>.json.\n`;

export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** What a release would write, for every dataset whose content is not yet a version. */
export async function planRelease(datasets: readonly BuiltDataset[], options: ReleaseOptions): Promise<PlannedRelease[]> {
  const date = IsoDateSchema.safeParse(options.date);
  if (!date.success) throw new ReleaseError(`tanggal rilis "${options.date}" tidak valid: tulis TTTT-BB-HH, contoh 2026-12-08.`);
  const known = new Set(datasets.map((d) => d.slug));
  for (const slug of options.only ?? []) if (!known.has(slug)) throw new ReleaseError(`dataset "${slug}" tidak ada (atau belum lolos pemeriksaan).`);
  const candidates = datasets.filter((d) => d.version === undefined && (!options.only?.length || options.only.includes(d.slug)));
  const changed = candidates.filter((d) => (d.versions?.length ?? 0) > 0);
  const reason = options.reason?.trim();
  if (changed.length > 0 && !reason)
    throw new ReleaseError(
      `${changed.length} dataset berubah sejak versi terakhirnya (${changed
        .slice(0, 5)
        .map((d) => d.slug)
        .join(', ')}${changed.length > 5 ? ', …' : ''}). Tulis alasannya, misalnya: npm run rilis -- --alasan "Koreksi angka dari ralat LKPJ 2023"`,
    );
  const plans: PlannedRelease[] = [];
  for (const d of candidates) {
    const latest = d.versions?.at(-1);
    if (latest && options.date < latest.released) throw new ReleaseError(`tanggal rilis ${options.date} lebih awal dari versi terakhir ${d.slug} (${latest.released}).`);
    const text = frozenText(d);
    const hash = sha256(text);
    const id = versionId(options.date, hash);
    if (d.versions?.some((v) => v.id === id)) continue; // the same content was already released today
    const why = latest ? reason! : (reason ?? 'Rilis pertama');
    const partial = { id, released: options.date, reason: why };
    plans.push({
      slug: d.slug,
      title: d.title,
      text,
      first: !latest,
      summary: latest ? changeSentence(d.pending ?? null) : 'Rilis pertama.',
      record: { ...partial, previous: latest?.id ?? null, sha256: hash, files: await recordedFiles(d, partial) },
    });
  }
  return plans;
}

/** Writes the planned versions: new files only (never overwritten), records appended to the ledgers. */
export async function writeRelease(root: string, plans: readonly PlannedRelease[]): Promise<void> {
  for (const p of plans) {
    const frozen = path.join(root, frozenFile(p.slug, p.record.id));
    await mkdir(path.dirname(frozen), { recursive: true });
    await writeFile(frozen, p.text, { flag: 'wx' });
    const ledger = path.join(root, versionsFile(p.slug));
    const entry = stringify([p.record], { lineWidth: 0 });
    if (existsSync(ledger)) await appendFile(ledger, entry);
    else await writeFile(ledger, `${LEDGER_HEADER(p.slug)}${entry}`, { flag: 'wx' });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { alasan: { type: 'string' }, tanggal: { type: 'string' }, dataset: { type: 'string', multiple: true }, coba: { type: 'boolean' } },
  });
  const dataRoot = dataRootFromEnv();
  const root = path.dirname(dataRoot);
  const out = await loadAndRun(dataRoot);
  const errors = out.problems.filter((p) => p.severity === 'error');
  if (hasErrors(out.problems)) {
    console.error(formatReport(errors));
    throw new ReleaseError('data belum lolos pemeriksaan (lihat di atas); tidak ada versi yang dibuat. Perbaiki dulu, lalu jalankan lagi.');
  }
  const plans = await planRelease(out.datasets, {
    date: values.tanggal ?? today(),
    ...(values.alasan !== undefined ? { reason: values.alasan } : {}),
    ...(values.dataset ? { only: values.dataset } : {}),
  });
  if (plans.length === 0) {
    console.log('✓ Tidak ada yang perlu dirilis: setiap dataset sama dengan versi terakhirnya.');
    return;
  }
  for (const p of plans) console.log(`${values.coba ? '·' : '✓'} ${p.slug} → versi ${p.record.id}: ${p.summary}`);
  if (values.coba) {
    console.log(`\n${plans.length} versi akan dibuat (percobaan: tidak ada berkas yang ditulis).`);
    return;
  }
  await writeRelease(root, plans);
  console.log(`\n✓ ${plans.length} versi baru ditulis ke data/versi/. Langkah berikutnya: npm run build, lalu commit data/versi/ (git add data/versi && git commit).`);
}

if (import.meta.main) {
  main().catch((e: unknown) => {
    console.error(`✗ ${e instanceof ReleaseError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  });
}
