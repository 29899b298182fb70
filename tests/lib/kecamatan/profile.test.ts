import { beforeAll, describe, expect, test } from 'vitest';
import { KECAMATAN, kecamatanProfile, type KecamatanDatasetFacts } from '../../../src/lib/kecamatan/profile.ts';
import { realDatasets } from '../../support/datasets.ts';

let utara: KecamatanDatasetFacts[];
let kota: KecamatanDatasetFacts[];
beforeAll(async () => {
  const all = await realDatasets();
  utara = kecamatanProfile(all, KECAMATAN[0]!);
  kota = kecamatanProfile(all, KECAMATAN.find((k) => k.slug === 'binjai-kota')!);
}, 60_000);

const fact = (p: KecamatanDatasetFacts[], slug: string, field: string) =>
  p.find((x) => x.dataset.slug === slug)?.facts.find((f) => f.field.name === field);

describe('kecamatan profiles', () => {
  test('five kecamatan, north first, with Kemendagri codes and URL slugs', () => {
    expect(KECAMATAN.map((k) => `${k.code} ${k.slug}`)).toEqual([
      '12.75.01 binjai-utara',
      '12.75.03 binjai-barat',
      '12.75.02 binjai-kota',
      '12.75.04 binjai-timur',
      '12.75.05 binjai-selatan',
    ]);
  });

  test('Binjai Utara: 88.364 jiwa, first of five, city 303.272', () => {
    expect(fact(utara, 'penduduk-kecamatan-2023', 'penduduk')).toMatchObject({ value: 88364, city: 303272, rank: 1, of: 5 });
  });

  test('Binjai Kota: fewest people but densest', () => {
    expect(fact(kota, 'penduduk-kecamatan-2023', 'penduduk')).toMatchObject({ value: 32452, rank: 5 });
    expect(fact(kota, 'penduduk-kecamatan-2023', 'kepadatan')).toMatchObject({ value: 7876.7, rank: 1 });
  });

  test('tables without a city row report no city value', () => {
    expect(fact(utara, 'luas-wilayah-kecamatan', 'luas_km2')?.city).toBeNull();
  });

  test('covers every kecamatan table, but not lists with several rows per kecamatan', () => {
    const slugs = utara.map((p) => p.dataset.slug);
    for (const s of ['penduduk-kecamatan-2023', 'luas-wilayah-kecamatan', 'kelurahan-lingkungan-kecamatan', 'curah-hujan-hari-hujan-kecamatan-2023', 'bantuan-sosial-pangan-kecamatan-2023', 'produksi-padi-kecamatan-2023', 'perekaman-ktp-el-kecamatan-2023', 'kepemilikan-kia-kecamatan-2023', 'kepemilikan-akta-kelahiran-kecamatan-2023', 'pasar-menurut-kecamatan-2021', 'industri-tenaga-kerja-nilai-produksi-kecamatan-2021'])
      expect(slugs).toContain(s);
    expect(slugs).not.toContain('benda-cagar-budaya-2023');
  });

  test('the tile map highlights the kecamatan', () => {
    const map = utara.find((p) => p.dataset.slug === 'penduduk-kecamatan-2023')?.map ?? '';
    expect(map).toContain('role="img"');
    expect(map).toMatch(/mark--highlight|stroke-width="4"/);
    expect(map).toContain('Binjai Utara disorot');
  });
});
