import { expect, test } from 'vitest';
import { detectFurniture } from '../../../../src/lib/documents/parse/furniture.ts';
import { lineInfos } from '../../../../src/lib/documents/parse/lines.ts';

const BODY = ['Penduduk bertambah setiap tahun.', 'Ekonomi tumbuh lebih cepat.', 'Kemiskinan menurun perlahan.', 'Belanja daerah terserap baik.'];

test('a running header repeated next to page numbers is furniture; the body text is not', () => {
  const lines = BODY.flatMap((body, p) => [body, '', 'LKPJ Wali Kota Binjai 2023', `BAB III-${p + 1}`, '']);
  const furniture = [...detectFurniture(lineInfos(lines.join('\n')), 3, [])].sort((a, b) => a - b).map((i) => i + 1);
  expect(furniture).toEqual([3, 4, 8, 9, 13, 14, 18, 19]);
});

test('a repeated column header that does not touch a page number stays table content', () => {
  const lines = BODY.flatMap((body) => ['No Kecamatan Penduduk', body, '']);
  expect(detectFurniture(lineInfos(lines.join('\n')), 3, []).size).toBe(0);
});

test('extra patterns are always furniture', () => {
  const found = detectFurniture(lineInfos('Isi\nDRAFT RAHASIA\nIsi lagi'), 3, [/^DRAFT/]);
  expect([...found]).toEqual([1]);
});
