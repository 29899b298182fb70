import { expect, test } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../../src/lib/core/utf8.ts';

test('UTF-8 text passes unchanged, accents and all', () => {
  expect(decodeUtf8(Buffer.from('kecamatan,Café “Binjai”\n', 'utf8'), 'data/raw/x.csv')).toEqual({ text: 'kecamatan,Café “Binjai”\n' });
});

test('a Latin-1 byte is named by offset and line, with how to save as CSV UTF-8', () => {
  const bytes = Buffer.concat([Buffer.from('no,nama\n1,Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
  expect(firstInvalidByte(bytes)).toBe(13);
  const { text, problem } = decodeUtf8(bytes, 'data/raw/x.csv');
  expect(text).toBe('no,nama\n1,Caf\uFFFD\n');
  expect(problem).toMatchObject({ file: 'data/raw/x.csv', line: 2, severity: 'error' });
  expect(problem?.message).toBe('berkas ini bukan teks UTF-8 (bita 0xE9 pada posisi 13): huruf beraksen atau tanda kutip lengkung akan tampil sebagai "�"');
  expect(problem?.hint).toContain('"CSV UTF-8 (Comma delimited)"');
  expect(problem?.hint).toContain('LibreOffice');
});

test('Windows-1252 curly quotes in a YAML file get the editor advice', () => {
  const { problem } = decodeUtf8(Buffer.from('judul: \x93kutip\x94\n', 'latin1'), 'content/dip/x.yml');
  expect(problem?.line).toBe(1);
  expect(problem?.hint).toContain('UTF-8');
});
