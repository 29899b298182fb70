import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { bulkReadme, bulkZip } from '../../../src/lib/standards/bulk.ts';
import { INJECTION } from '../../fixtures/standards/datasets.ts';

describe('bulk ZIP', () => {
  test('every CSV under data/<slug>/, the datapackage.json at the root, identical bytes each time', () => {
    const csvs = [
      { slug: 'b-data', csv: 'x\r\n2\r\n' },
      { slug: 'a-data', csv: `x\r\n${INJECTION}\r\n` },
    ];
    const zip = bulkZip(csvs, '{"name":"p"}\n', bulkReadme(2));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['BACA-SAYA.txt', 'datapackage.json', 'data/a-data/a-data.csv', 'data/b-data/b-data.csv']);
    expect(strFromU8(files['data/a-data/a-data.csv']!)).toBe(csvs[1]!.csv);
    expect(Buffer.from(bulkZip(csvs, '{"name":"p"}\n', bulkReadme(2))).equals(Buffer.from(zip))).toBe(true);
  });
});
