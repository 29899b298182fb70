/**
 * Kemendagri area codes for Kota Binjai. The list itself comes from the
 * `idn-area-data` package (loaded by scripts); this module only matches names.
 */
export const KOTA_CODE = '12.75';
export const KOTA_NAME = 'Kota Binjai';

export interface Area {
  code: string;
  name: string;
  parent: string;
  level: 'kota' | 'kecamatan' | 'kelurahan';
}

/** Case, spacing and "Kecamatan"/"Kelurahan" prefixes do not matter when matching printed names. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(kecamatan|kec\.|kelurahan|kel\.|desa)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

export class AreaIndex {
  readonly areas: readonly Area[];
  private readonly byKey = new Map<string, Area>();

  constructor(areas: readonly Area[]) {
    this.areas = areas;
    for (const a of areas) this.byKey.set(`${a.level}:${nameKey(a.name)}`, a);
  }

  /** Find a kecamatan or kelurahan by its printed name; the city total row maps to the kota. */
  find(level: 'kecamatan' | 'kelurahan', printed: string): Area | undefined {
    const key = nameKey(printed);
    if (key === nameKey(KOTA_NAME) || key === 'jumlah' || key === 'total') return this.byKey.get(`kota:${nameKey(KOTA_NAME)}`);
    return this.byKey.get(`${level}:${key}`);
  }

  byCode(code: string): Area | undefined {
    return this.areas.find((a) => a.code === code);
  }

  names(level: Area['level']): string[] {
    return this.areas.filter((a) => a.level === level).map((a) => a.name);
  }

  children(code: string): Area[] {
    return this.areas.filter((a) => a.parent === code);
  }
}

/** Title-case official names: idn-area-data prints "Binjai Utara", keep as is; trims only. */
export function officialName(a: Area): string {
  return a.name.trim();
}
