import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { laporanFromFile, laporanToFile, yamlListFromFile, yamlListToFile } from '../../../src/lib/editor/formats.ts';
import { parseLaporanCsv } from '../../../src/lib/ppid/content.ts';

const CSV = [
  'periode,permohonan,dipenuhi_seluruhnya,dipenuhi_sebagian,ditolak,alasan_penolakan,rata_rata_hari_kerja,keberatan,sengketa_komisi_informasi,sumber',
  '2027-S1,12,9,2,1,informasi dikecualikan (Pasal 17 huruf h): 1,"6,5",1,0,Buku register permohonan PPID semester I 2027',
  '2027-S2,3,3,0,0,,,0,0,Buku register',
  '',
].join('\r\n');

test('the service report round-trips through the editor: numbers as numbers, the average with a comma', () => {
  const data = laporanFromFile(CSV);
  expect(data.periode[0]).toMatchObject({ periode: '2027-S1', permohonan: 12, rata_rata_hari_kerja: 6.5, sumber: 'Buku register permohonan PPID semester I 2027' });
  expect(data.periode[1]?.['rata_rata_hari_kerja']).toBeNull();
  expect(laporanToFile(data)).toBe(CSV);
  expect(parseLaporanCsv({ path: 'content/ppid/laporan-layanan.csv', text: laporanToFile(data) }).problems).toEqual([]);
});

test('the real register file round-trips unchanged', () => {
  const text = readFileSync(new URL('../../../content/ppid/laporan-layanan.csv', import.meta.url), 'utf8');
  expect(laporanToFile(laporanFromFile(text))).toBe(text);
});

test('the agency list keeps its comment header', () => {
  const text = '# Instansi\n# Slug dipakai di metadata.\n- slug: diskominfo\n  name: Dinas Komunikasi dan Informatika Kota Binjai\n  short: Diskominfo\n  kind: opd\n';
  const data = yamlListFromFile(text);
  expect(data.kepala).toBe('# Instansi\n# Slug dipakai di metadata.\n');
  expect(data.instansi).toEqual([{ slug: 'diskominfo', name: 'Dinas Komunikasi dan Informatika Kota Binjai', short: 'Diskominfo', kind: 'opd' }]);
  expect(yamlListToFile(data)).toBe(text);
});
