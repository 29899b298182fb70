import { getDistricts, getVillages, getRegencies } from 'idn-area-data';
import { AreaIndex, KOTA_CODE, type Area } from '../../src/lib/kecamatan/wilayah.ts';

/** Kota Binjai's kecamatan and kelurahan from the official Kemendagri list (idn-area-data). */
export async function loadBinjaiAreas(): Promise<AreaIndex> {
  const [regencies, districts, villages] = await Promise.all([getRegencies(), getDistricts(), getVillages()]);
  const kota = regencies.find((r) => r.code === KOTA_CODE);
  if (!kota) throw new Error(`Kode ${KOTA_CODE} (Kota Binjai) tidak ada di idn-area-data`);
  const areas: Area[] = [{ code: KOTA_CODE, name: 'Kota Binjai', parent: '12', level: 'kota' }];
  for (const d of districts) {
    if (d.regency_code === KOTA_CODE) areas.push({ code: d.code, name: d.name, parent: KOTA_CODE, level: 'kecamatan' });
  }
  const kecamatanCodes = new Set(areas.filter((a) => a.level === 'kecamatan').map((a) => a.code));
  for (const v of villages) {
    if (kecamatanCodes.has(v.district_code)) areas.push({ code: v.code, name: v.name, parent: v.district_code, level: 'kelurahan' });
  }
  areas.sort((a, b) => a.code.localeCompare(b.code));
  return new AreaIndex(areas);
}
