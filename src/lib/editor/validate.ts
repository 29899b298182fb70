/**
 * What the browser editor checks before it saves: the file it is about to write, run through the
 * same validators as `npm run periksa` (parseDipFile, the PPID page and report checks, the dataset
 * schema, the table normaliser), so an officer sees the same Indonesian message, with the same
 * line, field and fix. Checks that need the rest of the repository (links to other pages, the
 * arithmetic checks between datasets) run in the pipeline on the change. Pure.
 */
import { z } from 'zod';
import { stringify } from 'yaml';
import { problem, type Problem } from '../core/problems.ts';
import { validateYaml } from '../core/zod-problems.ts';
import { AgencySchema } from '../documents/schema.ts';
import { DatasetMetaSchema } from '../datasets/schema.ts';
import { normaliseTable } from '../datasets/normalise.ts';
import { AreaIndex, type Area } from '../kecamatan/wilayah.ts';
import { parseDipFile } from '../ppid/dip.ts';
import { checkPpidPage, parseLaporanCsv } from '../ppid/content.ts';
import { laporanToFile, yamlListToFile } from './formats.ts';

export interface EntryToSave {
  collection: string;
  /** Repository path the editor will write, e.g. content/dip/renstra-2025.yml. */
  path: string;
  data: Record<string, unknown>;
  /** Text of a table uploaded with a dataset, when there is one. */
  uploadedTable?: { path: string; text: string };
}

/** The YAML the editor writes (Decap serialises with the same yaml library). */
export function yamlOf(data: Record<string, unknown>): string {
  return stringify(dropEmpty(data), { lineWidth: 0 });
}

/** Optional fields left empty in a form are absent from the file, as if never written. */
function dropEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => [k, dropEmpty(v)]),
    );
  return value;
}

function frontMatterFile(data: Record<string, unknown>): string {
  const { body, ...front } = data;
  return `---\n${yamlOf(front)}---\n\n${typeof body === 'string' ? body : ''}\n`;
}

export function validateEntry(entry: EntryToSave, areas: readonly Area[] = []): Problem[] {
  switch (entry.collection) {
    case 'dip':
      return parseDipFile({ path: entry.path, text: yamlOf(entry.data) }).problems;
    case 'ppid':
      return checkPpidPage({ path: entry.path, text: frontMatterFile(entry.data) }).problems;
    case 'laporan':
      return parseLaporanCsv({ path: entry.path, text: laporanToFile(entry.data as Parameters<typeof laporanToFile>[0]) }).problems;
    case 'instansi': {
      const text = yamlListToFile(entry.data as Parameters<typeof yamlListToFile>[0]);
      const { value, problems } = validateYaml(z.array(AgencySchema), text, entry.path);
      const seen = new Set<string>();
      for (const a of value ?? []) {
        if (seen.has(a.slug))
          problems.push(problem({ file: entry.path, field: 'slug', message: `instansi "${a.slug}" tercatat dua kali`, hint: 'Setiap entri harus punya slug unik; hapus atau ganti salah satunya.' }));
        seen.add(a.slug);
      }
      return problems;
    }
    case 'dataset': {
      const { value, problems } = validateYaml(DatasetMetaSchema, yamlOf(entry.data), entry.path);
      if (value && entry.path !== `data/datasets/${value.slug}.yml`)
        problems.push(problem({ file: entry.path, field: 'slug', message: `slug "${value.slug}" tidak sama dengan nama berkas`, hint: 'Slug menjadi alamat halaman dataset dan nama berkasnya; jangan diubah sesudah dataset terbit.' }));
      if (value && entry.uploadedTable) {
        const table = normaliseTable({ meta: value, csv: entry.uploadedTable.text, file: entry.uploadedTable.path, areas: new AreaIndex(areas) });
        problems.push(...table.problems.filter((p) => p.severity === 'error'));
      }
      return problems;
    }
    default:
      return [];
  }
}
