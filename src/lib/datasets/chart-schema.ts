import { z } from 'zod';
import { labelled } from '../core/common-schema.ts';

/**
 * Chart declarations in dataset metadata (`charts:` in data/datasets/<slug>.yml).
 * Optional: without it, src/lib/datasets/charts.ts picks charts from the table's
 * shape. `charts: []` states that no chart suits the dataset.
 */
export const CHART_TYPES = ['bar', 'count', 'line', 'stacked', 'stacked-percent', 'bullet', 'pyramid', 'tile-map'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

const FieldRef = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'nama kolom hanya huruf kecil, angka, dan garis bawah' });

export const ChartSpecSchema = z
  .strictObject(labelled({
  type: z.enum(CHART_TYPES, { error: `jenis grafik harus salah satu dari: ${CHART_TYPES.join(', ')}` }),
  /** Heading of the figure; defaults to the dataset title. */
  title: z.string().trim().min(3).optional(),
  /** Category column (bar, stacked, bullet, pyramid) or year column (line). */
  label: FieldRef.optional(),
  /** Value columns: one series each (bar, line, stacked) or the coloured value (tile-map). */
  values: z.array(FieldRef).min(1).optional(),
  /** Bullet: target and realisation columns. */
  target: FieldRef.optional(),
  actual: FieldRef.optional(),
  /** Pyramid: male and female columns. */
  male: FieldRef.optional(),
  female: FieldRef.optional(),
  /** Bar: order of the bars (default: descending for kecamatan, table order otherwise). */
  sort: z.enum(['none', 'ascending', 'descending']).optional(),
  /** Draw only rows whose column equals this text (e.g. indicators measured in "persen"). */
  where: z.strictObject(labelled({ field: FieldRef, equals: z.string() }, { field: { title: 'Kolom' }, equals: { title: 'Sama dengan', description: 'Teks persis seperti di tabel, misalnya "persen".' } })).optional(),
  /** Bullet: smaller is better (e.g. kemiskinan, inflasi). */
  lower_is_better: z.boolean().optional(),
  /** Long tables: draw one row per label value, the columns summed over its rows (src/lib/datasets/chart-rows.ts). */
  aggregate: z.literal('sum', { error: 'aggregate hanya boleh "sum"' }).optional(),
  /** With aggregate: keep the N groups with the largest first column (the target, for a bullet chart). */
  limit: z.int().min(2).max(40).optional(),
  /** Bar: direction of the bars (default: vertical for years, horizontal otherwise). */
  orientation: z.enum(['horizontal', 'vertical']).optional(),
  /** Bar: one panel per value of this column (e.g. satuan), each with its own scale, for values in different units. */
  split_by: FieldRef.optional(),
  /** Count: what one row of the table is ("aplikasi", "rumah sakit"); the unit of the counts. */
  unit: z.string().trim().min(1).optional(),
}, {
  type: { title: 'Jenis grafik', description: 'bar (batang), count (hitungan baris), line (garis), stacked, stacked-percent, bullet (target dan realisasi), pyramid (piramida penduduk), tile-map (peta petak kecamatan).' },
  title: { title: 'Judul grafik', description: 'Bawaan: judul dataset.' },
  label: { title: 'Kolom kategori', description: 'Kolom yang menjadi nama batang, atau kolom tahun untuk grafik garis.' },
  values: { title: 'Kolom nilai', description: 'Satu seri untuk setiap kolom.' },
  target: { title: 'Kolom target' },
  actual: { title: 'Kolom realisasi' },
  male: { title: 'Kolom laki-laki' },
  female: { title: 'Kolom perempuan' },
  sort: { title: 'Urutan batang', description: 'none (urutan tabel), ascending (naik), descending (turun).' },
  where: { title: 'Hanya baris yang', description: 'Gambar hanya baris yang kolomnya berisi teks ini.' },
  lower_is_better: { title: 'Makin kecil makin baik', description: 'Misalnya kemiskinan atau inflasi.' },
  aggregate: { title: 'Gabungkan baris', description: 'sum: satu batang per kategori, nilainya dijumlahkan.' },
  limit: { title: 'Jumlah kelompok terbesar', description: 'Bersama "Gabungkan baris": hanya N kelompok terbesar.' },
  orientation: { title: 'Arah batang', description: 'horizontal atau vertical.' },
  split_by: { title: 'Panel per nilai kolom', description: 'Satu panel per nilai kolom ini (misalnya satuan), masing-masing dengan skalanya sendiri.' },
  unit: { title: 'Satuan hitungan', description: 'Untuk grafik count: apa yang diwakili satu baris, misalnya "aplikasi".' },
}))
  .superRefine((spec, ctx) => {
    // A count chart counts the rows per value of `label`: it draws no value column of its own.
    if (spec.type === 'count') {
      if (spec.label === undefined)
        ctx.addIssue({ code: 'custom', path: ['label'], message: 'grafik count perlu label: kolom yang nilainya dihitung (mis. label: status)' });
      if (spec.unit === undefined)
        ctx.addIssue({ code: 'custom', path: ['unit'], message: 'grafik count perlu unit: apa yang diwakili satu baris tabel (mis. unit: aplikasi)' });
      if (spec.values !== undefined)
        ctx.addIssue({ code: 'custom', path: ['values'], message: 'grafik count menghitung baris, tanpa values; hapus values atau pakai type: bar' });
    } else if (spec.unit !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'unit hanya untuk grafik count; satuan grafik lain diambil dari kolomnya' });
    }
    if (spec.split_by !== undefined && (spec.type !== 'bar' || spec.values?.length !== 1))
      ctx.addIssue({ code: 'custom', path: ['split_by'], message: 'split_by hanya untuk grafik bar dengan tepat satu kolom values (satu panel per nilai kolom itu)' });
  });
export type ChartSpec = z.output<typeof ChartSpecSchema>;
