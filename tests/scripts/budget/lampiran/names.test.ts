import { expect, test } from 'vitest';
import { describe as describeText, kegiatanName, upperName } from '../../../../scripts/budget/lampiran/names.ts';

test('the name ends where "Keluaran/Output :" starts the indicator', () => {
  expect(describeText([{ n: 1, t: 'Penyediaan Jasa Surat' }, { n: 2, t: 'Menyurat Keluaran/Output : Jumlah Dokumen' }])).toEqual({
    name: 'Penyediaan Jasa Surat Menyurat',
    indicator: 'Jumlah Dokumen',
    quirks: [],
  });
});

test('an indicator printed without its label is found by its first word and named as a quirk', () => {
  expect(describeText([{ n: 1, t: 'Penyediaan Jasa' }, { n: 2, t: 'Jumlah Dokumen yang disediakan' }])).toEqual({
    name: 'Penyediaan Jasa',
    indicator: 'Jumlah Dokumen yang disediakan',
    quirks: ['indicator-unlabelled'],
  });
});

test('upper-level names take the capital continuation lines and drop text glued from another column', () => {
  expect(upperName('PROGRAM PENUNJANG URUSAN', [{ n: 2, t: 'PEMERINTAHAN DAERAH' }, { n: 3, t: 'Kegiatan lain' }])).toEqual({ name: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH', quirks: [] });
  expect(upperName('PROGRAM PENUNJANG 3 Meningkatkan kualitas', [])).toEqual({ name: 'PROGRAM PENUNJANG', quirks: ['glued-column-text-dropped'] });
  expect(kegiatanName('Administrasi Keuangan', [{ n: 2, t: 'Meningkatkan mutu layanan' }]).quirks).toContain('policy-text-dropped');
});
