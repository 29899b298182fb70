/**
 * Officer-written content (content/): DIP entries (content/dip/*.yml), the PPID prose pages
 * (content/ppid/*.md) and the service-report register (content/ppid/*.csv). loadContent() is the
 * only reader; checkContent() validates them, and the DIP's references, against one data build.
 */
import { readdir } from 'node:fs/promises';
import { readTextFile } from '../data/read-text.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { problem, type Problem, type TextFile } from '../../src/lib/core/problems.ts';
import { checkDipReferences, dipLinks, parseDipFile, type ParsedDipFile } from '../../src/lib/ppid/dip.ts';
import { checkUrl, isInternal, type OfficerLink } from '../../src/lib/core/links.ts';
import { markdownLinks } from '../../src/lib/core/markdown.ts';
import { missingTarget, type SiteRoutes } from '../../src/lib/core/routes.ts';
import { checkPpidPage, parseLaporanCsv } from '../../src/lib/ppid/content.ts';
import type { PipelineOutput } from '../data/pipeline.ts';

export interface ContentFiles {
  dip: TextFile[];
  ppid: TextFile[];
  /** Entries that could not be read as text (a folder, bytes that are not UTF-8). */
  problems: Problem[];
}

export interface ContentResult {
  dip: ParsedDipFile[];
  pages: number;
  periods: number;
  /** Every internal link officers wrote, for the check against the built site. */
  links: OfficerLink[];
  problems: Problem[];
}

async function filesIn(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir)).sort().map((n) => path.join(dir, n));
}

/** Read content/dip and content/ppid; `shown` turns an absolute path into the path messages name. */
export async function loadContent(contentDir: string, shown: (full: string) => string): Promise<ContentFiles> {
  const problems: Problem[] = [];
  const read = async (full: string): Promise<TextFile | undefined> => {
    const r = await readTextFile(full, shown(full));
    if (r.problem) problems.push(r.problem);
    return r.file;
  };
  const [dip, ppid] = await Promise.all([filesIn(path.join(contentDir, 'dip')), filesIn(path.join(contentDir, 'ppid'))]);
  const present = (files: Array<TextFile | undefined>) => files.filter((f): f is TextFile => f !== undefined);
  return { dip: present(await Promise.all(dip.map(read))), ppid: present(await Promise.all(ppid.map(read))), problems };
}

export function checkContent(files: ContentFiles, data: Pick<PipelineOutput, 'agencies' | 'datasets' | 'uploads'>, routes: SiteRoutes): ContentResult {
  const problems: Problem[] = [...files.problems];
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
  problems.push(...checkDipReferences(dip, { agencies: data.agencies, datasets: data.datasets, routes, uploads: data.uploads }));
  const links: OfficerLink[] = dipLinks(dip);

  let pages = 0;
  let periods = 0;
  for (const file of files.ppid) {
    if (file.path.endsWith('.md')) {
      const r = checkPpidPage(file);
      problems.push(...r.problems);
      if (!r.value) continue;
      pages++;
      for (const link of markdownLinks(r.body ?? '')) {
        if (!isInternal(link.url) || checkUrl(link.url) !== undefined) continue;
        const at = { url: link.url, file: file.path, ...(link.line !== undefined ? { line: (r.bodyLine ?? 1) + link.line - 1 } : {}) };
        links.push(at);
        const missing = missingTarget(link.url, routes);
        if (missing)
          problems.push(
            problem({
              file: at.file,
              line: at.line,
              message: `tautan "${link.url}" menuju halaman atau berkas yang tidak ada: ${missing}`,
              hint: 'Salin alamat dari bilah alamat peramban saat membuka halaman itu di portal (tanpa nama situs), atau unggah berkasnya ke public/berkas/.',
            }),
          );
      }
    } else if (file.path.endsWith('.csv')) {
      const r = parseLaporanCsv(file);
      problems.push(...r.problems);
      periods += r.rows.length;
    }
  }
  return { dip, pages, periods, links, problems };
}
