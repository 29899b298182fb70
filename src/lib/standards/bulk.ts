import { zipSync, strToU8, type Zippable } from 'fflate';
import { SITE } from '../../config.ts';
import { portalCsvPath } from './datapackage.ts';

/**
 * /unduh/semua-data.zip: every dataset CSV at the same path as on the site
 * (data/<slug>/<slug>.csv) plus the portal's datapackage.json at the root, so
 * Frictionless tools open the unpacked folder directly. One fixed mtime
 * (the release date) keeps the bytes identical between builds.
 */
export const BULK_ZIP_URL = '/unduh/semua-data.zip';

export function bulkZip(csvs: ReadonlyArray<{ slug: string; csv: string }>, datapackageJson: string, readme: string): Uint8Array {
  const mtime = new Date(`${SITE.release}T00:00:00Z`);
  const files: Zippable = {
    'BACA-SAYA.txt': [strToU8(readme), { mtime }],
    'datapackage.json': [strToU8(datapackageJson), { mtime }],
  };
  for (const { slug, csv } of [...csvs].sort((a, b) => a.slug.localeCompare(b.slug))) {
    files[portalCsvPath(slug)] = [strToU8(csv), { mtime }];
  }
  return zipSync(files, { level: 9 });
}

export function bulkReadme(count: number): string {
  return [
    SITE.name,
    '',
    `Berkas ini memuat ${count.toLocaleString('id-ID')} dataset sebagai CSV (UTF-8, angka mesin tanpa pemisah ribuan,`,
    'sel kosong = data tidak ada) di folder data/<slug>/, dan datapackage.json (Frictionless Data Package) yang',
    'menjelaskan setiap kolom: judul, jenis, satuan, ukuran berkas, dan SHA-256.',
    '',
    `Lisensi: ${SITE.license.title} (${SITE.license.url}).`,
    `Sebutkan sumbernya: ${SITE.name}, ${SITE.url}/ dan dokumen sumber tiap dataset.`,
    '',
  ].join('\r\n');
}
