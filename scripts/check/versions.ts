/**
 * The build's promise for frozen versions: every download of every version in the built site has
 * exactly the size and SHA-256 recorded at release (data/versi/<slug>.yml). A change of code or of a
 * library that would alter a published version's bytes fails the build here, before anything is
 * published, instead of silently changing what a journalist cited.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { problem, type Problem } from '../../src/lib/core/problems.ts';
import type { BuiltVersion } from '../../src/lib/datasets/schema.ts';
import { VERSION_FORMATS } from '../../src/lib/datasets/versions-schema.ts';
import { versionFileUrl, versionsFile } from '../../src/lib/datasets/versions.ts';

export function checkFrozenDownloads(versions: readonly BuiltVersion[], distDir: string): Problem[] {
  const problems: Problem[] = [];
  for (const v of versions)
    for (const format of VERSION_FORMATS) {
      const url = versionFileUrl(v.slug, v.record.id, format);
      const file = path.join(distDir, url);
      const recorded = v.record.files[format];
      if (!existsSync(file)) {
        problems.push(problem({ file: versionsFile(v.slug), message: `unduhan ${format.toUpperCase()} versi "${v.record.id}" (${url}) tidak dibangun`, hint: 'Halaman versi dibangun dari data/build/versions.json; jalankan npm run build lagi, dan laporkan ke pengembang bila tetap terjadi.' }));
        continue;
      }
      const bytes = readFileSync(file);
      const sha = createHash('sha256').update(bytes).digest('hex');
      if (sha !== recorded.sha256 || bytes.byteLength !== recorded.bytes)
        problems.push(
          problem({
            file: versionsFile(v.slug),
            message: `unduhan ${format.toUpperCase()} versi "${v.record.id}" tidak lagi sama persis dengan saat dirilis (${bytes.byteLength} bita, SHA-256 ${sha.slice(0, 12)}…; tercatat ${recorded.bytes} bita, ${recorded.sha256.slice(0, 12)}…)`,
            hint: 'Versi yang terbit tidak boleh berubah. Perubahan kode atau paket (misalnya exceljs) mengubah berkas unduhan versi lama: kembalikan perubahan itu, atau pertahankan cara lama untuk versi yang sudah terbit (docs/versi.md).',
          }),
        );
    }
  return problems;
}
