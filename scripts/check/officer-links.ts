/**
 * After Astro has rendered the site into its staging folder, and before anything is published:
 * every internal link an officer wrote must name a file that exists there (a page, a download or
 * an uploaded file, whatever its extension). Dynamic pages that `npm run periksa` could only match
 * by pattern are checked exactly here.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isInternal, siteFileOf, type OfficerLink } from '../../src/lib/core/links.ts';
import { problem, type Problem } from '../../src/lib/core/problems.ts';

export function checkOfficerLinks(links: readonly OfficerLink[], siteDir: string): Problem[] {
  return links
    .filter((l) => isInternal(l.url) && !existsSync(path.join(siteDir, siteFileOf(l.url))))
    .map((l) =>
      problem({
        file: l.file,
        line: l.line,
        column: l.column,
        field: l.field,
        message: `tautan "${l.url}" menuju halaman atau berkas yang tidak ada di situs yang dibangun`,
        hint: 'Buka portal di peramban, cari halamannya, lalu salin alamatnya dari bilah alamat (tanpa nama situs); berkas unggahan harus ada di public/berkas/.',
      }),
    );
}
