import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkOfficerLinks } from '../../../scripts/check/officer-links.ts';

const site = mkdtempSync(path.join(tmpdir(), 'portal-site-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

test('every internal link officers wrote must name a file of the rendered site; external ones are left to their owners', () => {
  mkdirSync(path.join(site, 'ppid/dip'), { recursive: true });
  writeFileSync(path.join(site, 'ppid/dip/index.html'), '<!doctype html>');
  const problems = checkOfficerLinks(
    [
      { url: '/ppid/dip/', file: 'content/dip/a.yml', line: 19 },
      { url: '/anggaran/99-x/', file: 'content/dip/a.yml', line: 21, field: 'tautan[1].url' },
      { url: 'https://jdih.binjaikota.go.id/', file: 'content/dip/a.yml', line: 23 },
    ],
    site,
  );
  expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
    ['content/dip/a.yml', 21, 'tautan[1].url', 'tautan "/anggaran/99-x/" menuju halaman atau berkas yang tidak ada di situs yang dibangun'],
  ]);
});
