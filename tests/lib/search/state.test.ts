import { describe, expect, test } from 'vitest';
import { facetValueLabel, pagefindFilters, parseState, searchYears, serialiseState, sortFacetValues } from '../../../src/lib/search/state.ts';

describe('search state in the address bar', () => {
  test.each([
    ['', { q: '', filters: {}, sort: 'relevan' }],
    ['?q=penduduk+binjai+utara', { q: 'penduduk binjai utara', filters: {}, sort: 'relevan' }],
    ['?q=%20umk%20&urut=terbaru', { q: 'umk', filters: {}, sort: 'terbaru' }],
    ['?topik=Ekonomi&jenis=dataset&topik=Kependudukan', { q: '', filters: { jenis: ['dataset'], topik: ['Ekonomi', 'Kependudukan'] }, sort: 'relevan' }],
    ['?urut=acak&tidak=dikenal&tahun=', { q: '', filters: {}, sort: 'relevan' }],
  ])('%s', (search, expected) => {
    expect(parseState(search)).toEqual(expected);
  });

  test('serialising then parsing gives the same state, in a fixed order', () => {
    const state = parseState('?wilayah=Kecamatan&q=kemiskinan&tahun=2023&tahun=2021&urut=terbaru');
    expect(serialiseState(state)).toBe('?q=kemiskinan&tahun=2021&tahun=2023&wilayah=Kecamatan&urut=terbaru');
    expect(parseState(serialiseState(state))).toEqual(state);
    expect(serialiseState(parseState(''))).toBe('');
  });

  test('values of one facet are alternatives', () => {
    expect(pagefindFilters(parseState('?topik=A&topik=B&jenis=dataset'))).toEqual({ jenis: { any: ['dataset'] }, topik: { any: ['A', 'B'] } });
  });
});

describe('facets', () => {
  test.each([
    [{ start: 2023, end: 2023 }, [2023]],
    [{ start: 2019, end: 2021 }, [2019, 2020, 2021]],
  ])('years of %j', (t, years) => {
    expect(searchYears(t)).toEqual(years);
  });

  test('long series are capped at 40 years', () => {
    const years = searchYears({ start: 1900, end: 2023 });
    expect(years).toHaveLength(40);
    expect(years[0]).toBe(1984);
  });

  test('years newest first, other values alphabetical; content types have Indonesian labels', () => {
    expect(sortFacetValues('tahun', ['2019', '2023', '2021'])).toEqual(['2023', '2021', '2019']);
    expect(sortFacetValues('topik', ['Pendidikan', 'Ekonomi'])).toEqual(['Ekonomi', 'Pendidikan']);
    expect(facetValueLabel('jenis', 'informasi publik')).toBe('Informasi publik');
    expect(facetValueLabel('topik', 'Ekonomi')).toBe('Ekonomi');
  });
});
