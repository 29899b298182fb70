import { describe, expect, test } from 'vitest';
import { checkUrl, isInternal, siteFileOf } from '../../../src/lib/core/links.ts';

describe('the one URL rule for officer-written links', () => {
  test.each(['/ppid/dip/', '/data/penduduk-kecamatan-2023/penduduk-kecamatan-2023.csv', '/berkas/renstra-2021-2026.pdf', '/dokumen/lkpj-2023/#tabel-i-3', 'https://jdih.binjaikota.go.id/perda/2023/'])(
    'accepted: %s',
    (url) => {
      expect(checkUrl(url)).toBeUndefined();
    },
  );

  test.each([
    ['//evil.example/phish/', 'diawali dua garis miring'],
    ['/\\evil.example/', 'diawali dua garis miring'],
    ['/../../../etc/passwd', 'keluar dari folder situs'],
    ['/ppid/%2e%2e/%2e%2e/', 'keluar dari folder situs'],
    ['/ppid/./dip/', 'keluar dari folder situs'],
    ['/berkas/laporan akhir.pdf', 'memuat spasi'],
    ['/ppid/%zz/', 'kode persen (%) yang rusak'],
    ['http://ppid.binjaikota.go.id/', 'memakai http:// yang tidak terenkripsi'],
    ['https://admin:rahasia@evil.example/', 'memuat nama pengguna atau sandi'],
    ['https://localhost/', 'tidak punya nama situs yang sah'],
    ['javascript:alert(1)', 'skema "javascript:"'],
    ['JaVaScRiPt:alert(1)', 'skema "javascript:"'],
    ['data:text/html,<b>x</b>', 'skema "data:"'],
    ['vbscript:msgbox', 'skema "vbscript:"'],
    ['ftp://ftp.binjaikota.go.id/', 'skema "ftp:"'],
    ['ppid/dip/', 'tidak diawali "/" atau "https://"'],
    ['', 'alamat tautan kosong'],
  ])('refused: %j (%s), with a fix', (url, why) => {
    const problem = checkUrl(url);
    expect(problem?.message).toContain(why);
    expect(problem?.hint.length).toBeGreaterThan(20);
  });

  test('the http fix names the https address to write instead', () => {
    expect(checkUrl('http://ppid.binjaikota.go.id/')?.hint).toContain('Ganti menjadi https://ppid.binjaikota.go.id/');
  });

  test('mailto: and tel: only where contact details belong (prose pages)', () => {
    expect(checkUrl('mailto:ppid@binjaikota.go.id')?.message).toContain('skema "mailto:"');
    expect(checkUrl('mailto:ppid@binjaikota.go.id', { allowContact: true })).toBeUndefined();
    expect(checkUrl('tel:+62618821234', { allowContact: true })).toBeUndefined();
  });

  test('internal addresses map to the built file they need', () => {
    expect(isInternal('/ppid/')).toBe(true);
    expect(isInternal('//evil.example/')).toBe(false);
    expect(siteFileOf('/ppid/dip/#berkala')).toBe('/ppid/dip/index.html');
    expect(siteFileOf('/berkas/a.pdf')).toBe('/berkas/a.pdf');
  });
});
