import { describe, expect, test } from 'vitest';
import { apaCitation, bibtex, cslItem, cslJson, escapeBibtex, ris } from '../../../src/lib/datasets/citation.ts';
import { CslItemSchema } from '../../../src/lib/datasets/citation-schema.ts';
import { HOSTILE, POPULATION } from '../../fixtures/standards/datasets.ts';

describe('citations', () => {
  test('APA 7 reference for a data set', () => {
    expect(apaCitation(POPULATION)).toBe(
      'Badan Pusat Statistik Kota Binjai. (2026). Jumlah Penduduk Menurut Kecamatan 2023 [Set data]. Portal Data Terbuka Kota Binjai. https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/',
    );
  });

  test('CSL-JSON is a validated dataset item', () => {
    const item = cslItem(POPULATION);
    expect(CslItemSchema.parse(item)).toEqual(item);
    expect(item).toMatchObject({ type: 'dataset', issued: { 'date-parts': [[2026, 11, 22]] }, author: [{ literal: 'Badan Pusat Statistik Kota Binjai' }] });
    expect(JSON.parse(cslJson(POPULATION))).toEqual([item]);
  });

  test('BibTeX entry with a braced corporate author', () => {
    const bib = bibtex(POPULATION);
    expect(bib.startsWith('@misc{penduduk-kecamatan-2023,\n')).toBe(true);
    expect(bib).toContain('  author = {{Badan Pusat Statistik Kota Binjai}},');
    expect(bib).toContain('  year = {2026},');
    expect(bib).toContain('  url = {https://data.binjaikota.go.id/data/penduduk-kecamatan-2023/}');
    expect(bib.endsWith('}\n')).toBe(true);
  });

  test.each([
    ['{x}', '\\{x\\}'],
    ['100%', '100\\%'],
    ['a_b & c', 'a\\_b \\& c'],
    ['$#', '\\$\\#'],
    ['~^', '\\textasciitilde{}\\textasciicircum{}'],
    ['back\\slash', 'back\\textbackslash{}slash'],
    ['dua\nbaris', 'dua baris'],
  ])('BibTeX escapes %j as %j', (input, expected) => {
    expect(escapeBibtex(input)).toBe(expected);
  });

  test('hostile text keeps BibTeX braces balanced', () => {
    const bib = bibtex(HOSTILE);
    let depth = 0;
    for (let i = 0; i < bib.length; i++) {
      if (bib[i] === '\\') {
        i++;
        continue;
      }
      if (bib[i] === '{') depth++;
      if (bib[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(bib).toContain('\\{BibTeX\\}');
  });

  test('RIS: one tag per line, CRLF, and text cannot start a new tag', () => {
    const text = ris(HOSTILE);
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9]  - /);
    expect(lines.filter((l) => l.startsWith('TY'))).toHaveLength(1);
    expect(ris(POPULATION)).toContain('\r\nKW  - binjai utara\r\n');
  });
});
