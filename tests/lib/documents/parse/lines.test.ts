import { describe, expect, test } from 'vitest';
import { captionAnchor, isSumber, lineInfos, listMarker, matchCaption, matchHeading } from '../../../../src/lib/documents/parse/lines.ts';

const one = (text: string) => lineInfos(text)[0]!;

describe('line classification', () => {
  test('each line keeps its raw text and what the extraction style needs: blank, tab, trailing/leading space', () => {
    const infos = lineInfos(' Kota Binjai \n\nNo\tKecamatan\n');
    expect(infos).toHaveLength(3);
    expect(infos[0]).toMatchObject({ text: 'Kota Binjai', blank: false, tab: false, trailingWs: true, leadingWs: true });
    expect(infos[1]?.blank).toBe(true);
    expect(infos[2]?.tab).toBe(true);
  });

  test('captions: label and number as printed, normalised, with the title after it', () => {
    expect(matchCaption(one('**Tabel III. 11 Realisasi Pendapatan'))).toEqual({ kind: 'tabel', label: 'Tabel III. 11', number: 'III.11', rest: 'Realisasi Pendapatan', word: 'Tabel' });
    expect(matchCaption(one('GAMBAR 3.2. Capaian IKU'))?.kind).toBe('gambar');
    // A reference in prose is not a caption.
    expect(matchCaption(one('Tabel I.7 berikut menunjukkan realisasi'))).toBeUndefined();
  });

  test.each([
    ['Tabel I.3', 'tabel-i-3'],
    ['Tabel III. 11', 'tabel-iii-11'],
    ['TABEL 3. 13', 'tabel-3-13'],
    ['**Tabel 1.3', 'tabel-1-3'],
  ])('captionAnchor(%j) → %j', (label, anchor) => {
    expect(captionAnchor(label)).toBe(anchor);
  });

  test('headings: BAB, front matter, numbered and lettered', () => {
    expect(matchHeading(one('BAB III CAPAIAN KINERJA'))).toMatchObject({ level: 1, number: 'BAB III', bab: true });
    expect(matchHeading(one('KATA PENGANTAR'))).toMatchObject({ level: 1, frontMatter: true });
    expect(matchHeading(one('1.4.2 Tujuan dan Sasaran'))).toEqual({ level: 3, number: '1.4.2', text: '1.4.2 Tujuan dan Sasaran' });
    expect(matchHeading(one('A. Gambaran Umum'))).toMatchObject({ level: 'relative', number: 'A' });
    // A numbered row with big numbers is a table row, not a heading.
    expect(matchHeading(one('1.1 Binjai Kota 1,035,369,934,160.00'))).toBeUndefined();
  });

  test('list markers and "Sumber" notes', () => {
    expect(listMarker('a. butir pertama')).toEqual({ marker: 'a.', body: 'butir pertama', ordered: true });
    expect(listMarker('➤ Jumlah Pasar')).toEqual({ marker: '➤', body: 'Jumlah Pasar', ordered: false });
    expect(listMarker('Kota Binjai')).toBeUndefined();
    expect(isSumber('Sumber : BPS Kota Binjai')).toBe(true);
    expect(isSumber('Sumber Data: Bappeda')).toBe(true);
    expect(isSumber('Sumber daya manusia')).toBe(false);
  });
});
