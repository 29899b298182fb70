/**
 * File formats the editor reads and writes besides YAML and Markdown (Decap's registerCustomFormat):
 * the service-report register is a CSV, the agency list a YAML list with a comment header. Each
 * pair round-trips: toFile(fromFile(text)) gives the text back for a file written this way.
 */
import Papa from 'papaparse';
import { parse, stringify } from 'yaml';
import { LAPORAN_FIELDS, type LaporanRow } from '../ppid/schema.ts';

type Cells = Record<string, string | number | null>;

const INTEGER = /^\d+$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/** content/ppid/laporan-layanan.csv → { periode: rows }, numbers as numbers, an empty average as null. */
export function laporanFromFile(text: string): { periode: Cells[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const rows = parsed.data.map((r) => {
    const out: Cells = {};
    for (const f of LAPORAN_FIELDS) {
      const v = (r[f] ?? '').trim();
      if (f === 'rata_rata_hari_kerja') out[f] = v === '' ? null : DECIMAL.test(v) ? Number(v.replace(',', '.')) : v;
      else if (f !== 'periode' && f !== 'alasan_penolakan' && f !== 'sumber' && INTEGER.test(v)) out[f] = Number(v);
      else out[f] = v;
    }
    return out;
  });
  return { periode: rows };
}

/** The register back as CSV, in the column order officers know; decimals with a comma, as Indonesians write them. */
export function laporanToFile(data: { periode?: Array<Partial<Record<keyof LaporanRow, unknown>>> }): string {
  const rows = (data.periode ?? []).map((r) =>
    LAPORAN_FIELDS.map((f) => {
      const v = r[f];
      if (v === null || v === undefined) return '';
      if (typeof v === 'number') return f === 'rata_rata_hari_kerja' ? String(v).replace('.', ',') : String(v);
      return String(v);
    }),
  );
  // CRLF, as RFC 4180 and the register file have it.
  const text = Papa.unparse({ fields: [...LAPORAN_FIELDS], data: rows }, { newline: '\r\n' });
  // Without rows papaparse already ends the header line; an empty register is its header alone.
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

const HEADER = /^(?:#.*\n)*/;

/** A YAML list file (data/agencies.yml) → { instansi: list, kepala: its leading comment lines }. */
export function yamlListFromFile(text: string): { instansi: unknown[]; kepala: string } {
  const kepala = HEADER.exec(text)?.[0] ?? '';
  const list: unknown = parse(text) ?? [];
  return { instansi: Array.isArray(list) ? list : [], kepala };
}

export function yamlListToFile(data: { instansi?: unknown[]; kepala?: string }): string {
  const body = stringify(data.instansi ?? [], { lineWidth: 0 });
  return `${data.kepala ?? ''}${body}`;
}
