import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readTextFile } from '../../../scripts/data/read-text.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'portal-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a text file is read as UTF-8', async () => {
  writeFileSync(path.join(dir, 'a.yml'), 'judul: Café\n');
  expect(await readTextFile(path.join(dir, 'a.yml'), 'content/dip/a.yml')).toEqual({ file: { path: 'content/dip/a.yml', text: 'judul: Café\n' } });
});

test('a folder where a file is expected, a missing file and a Latin-1 file are problems, not crashes', async () => {
  mkdirSync(path.join(dir, 'x.yml'));
  expect((await readTextFile(path.join(dir, 'x.yml'), 'content/dip/x.yml')).problem?.message).toBe('ini sebuah folder, padahal di sini diharapkan satu berkas');
  expect((await readTextFile(path.join(dir, 'hilang.yml'), 'data/documents.yml')).problem?.message).toBe('berkas ini tidak ada');
  writeFileSync(path.join(dir, 'l.csv'), Buffer.from('a\nCaf\xe9\n', 'latin1'));
  const r = await readTextFile(path.join(dir, 'l.csv'), 'data/raw/l.csv');
  expect(r.problem).toMatchObject({ file: 'data/raw/l.csv', line: 2 });
  expect(r.file?.text).toBe('a\nCaf\uFFFD\n');
});
