/**
 * Officer-written content (content/): DIP entries (content/dip/*.yml), the PPID prose pages
 * (content/ppid/*.md) and the service-report register (content/ppid/*.csv). loadContent() is the
 * only reader; checkContent() validates them, and the DIP's references, against one data build.
 */
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { problem, type Problem, type TextFile } from '../../src/lib/core/problems.ts';
import { checkDipReferences, parseDipFile, type ParsedDipFile } from '../../src/lib/ppid/dip.ts';
import { checkPpidPage, parseLaporanCsv } from '../../src/lib/ppid/content.ts';
import type { PipelineOutput } from '../data/pipeline.ts';

/** Pages the portal itself provides that DIP entries may link to. */
export const PPID_PAGES = ['/ppid/', '/ppid/dip/', '/ppid/permohonan/', '/ppid/keberatan/', '/ppid/laporan/'];

export interface ContentFiles {
  dip: TextFile[];
  ppid: TextFile[];
}

export interface ContentResult {
  dip: ParsedDipFile[];
  pages: number;
  periods: number;
  problems: Problem[];
}

async function filesIn(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).sort().map((n) => path.join(dir, n));
}

/** Read content/dip and content/ppid; `shown` turns an absolute path into the path messages name. */
export async function loadContent(contentDir: string, shown: (full: string) => string): Promise<ContentFiles> {
  const read = async (full: string): Promise<TextFile> => ({ path: shown(full), text: await readFile(full, 'utf8') });
  const [dip, ppid] = await Promise.all([filesIn(path.join(contentDir, 'dip')), filesIn(path.join(contentDir, 'ppid'))]);
  return { dip: await Promise.all(dip.map(read)), ppid: await Promise.all(ppid.map(read)) };
}

export function checkContent(files: ContentFiles, data: Pick<PipelineOutput, 'agencies' | 'datasets' | 'documents'>): ContentResult {
  const problems: Problem[] = [];
  const dip: ParsedDipFile[] = [];
  for (const file of files.dip) {
    if (!/\.ya?ml$/.test(file.path)) {
      problems.push(
        problem({
          severity: 'warning',
          file: file.path,
          message: 'berkas ini bukan .yml sehingga tidak dibaca sebagai entri DIP',
          hint: 'Ganti akhiran nama berkas menjadi .yml, atau pindahkan berkas ini keluar dari content/dip/.',
        }),
      );
      continue;
    }
    const { value, problems: found } = parseDipFile(file);
    problems.push(...found);
    if (value) dip.push(value);
  }
  problems.push(...checkDipReferences(dip, { agencies: data.agencies, datasets: data.datasets, documents: data.documents, pages: PPID_PAGES }));

  let pages = 0;
  let periods = 0;
  for (const file of files.ppid) {
    if (file.path.endsWith('.md')) {
      const r = checkPpidPage(file);
      problems.push(...r.problems);
      if (r.value) pages++;
    } else if (file.path.endsWith('.csv')) {
      const r = parseLaporanCsv(file);
      problems.push(...r.problems);
      periods += r.rows.length;
    }
  }
  return { dip, pages, periods, problems };
}
