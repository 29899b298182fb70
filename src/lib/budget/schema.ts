import { z } from 'zod';

/**
 * Schemas for the programme budget matrix of the LKPJ 2023 (Lampiran I,
 * "Capaian Pelaksanaan Program dan Kegiatan Tahun 2023"), as produced by
 * `scripts/budget/parse-lampiran.ts`. See docs/anggaran-parser.md.
 *
 * Codes follow Permendagri 90/2019: urusan (1 part), bidang (2), program (3),
 * kegiatan (4, e.g. `2.08`) and sub-kegiatan (5). The level of a row follows
 * from the number of parts of its (normalised) code.
 */

export const BudgetLevelSchema = z.enum(['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan']);
export type BudgetLevel = z.output<typeof BudgetLevelSchema>;

/** Normalised code: dotted, e.g. `1`, `1.01`, `1.01.01`, `1.01.01.2.08`, `1.01.01.2.08.01`. */
export const BudgetCodeSchema = z
  .string()
  .regex(/^[1-8](?:\.\d{2}(?:\.\d{2}(?:\.\d\.\d{2}(?:\.\d{2})?)?)?)?$/, 'not a normalised Permendagri 90 code');

/**
 * One block of the appendix headed by an agency or unit name. An agency that
 * serves several bidang appears in several blocks (e.g. Diskominfo three
 * times); each block is its own section with its own `index`.
 */
export const BudgetSectionSchema = z.object({
  /** 1-based order of the block in the appendix; unique. */
  index: z.number().int().positive(),
  /** Agency/unit name as printed, whitespace collapsed (e.g. "DINAS PENDIDIKAN KOTA BINJAI"). */
  name: z.string().min(1),
  /** Slug of the agency/unit name without "KOTA BINJAI"; shared by blocks of the same agency. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Unique id of the block: `${index two digits}-${slug}`, e.g. "01-dinas-pendidikan". */
  id: z.string().regex(/^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/),
});
export type BudgetSection = z.output<typeof BudgetSectionSchema>;

/**
 * Where the rupiah comes from: a money token printed in the source
 * (`printed`), a dash meaning nil (`dash`), nothing printed at all (`absent`),
 * or a sum of the sub-kegiatan below (`computed`, for upper-level rows).
 * Dash and absent carry `rupiah: null`; they count as 0 only when summing.
 */
export const RupiahStatusSchema = z.enum(['printed', 'dash', 'absent', 'computed']);
export type RupiahStatus = z.output<typeof RupiahStatusSchema>;

/** A target or realisation cell pair: volume (K), unit, and rupiah (Rp.). */
export const BudgetMeasureSchema = z.object({
  /** Volume as a number (e.g. 100 for "100 persen" or "100%"), null if not printed or "-". */
  volume: z.number().nullable(),
  /** Unit as printed, fragments re-joined ("berita acara", "orang/12 bulan"); "%" when glued to the number. */
  unit: z.string().nullable(),
  /** Whole rupiah (every amount in the appendix ends in .00). */
  rupiah: z.number().int().nonnegative().nullable(),
  rupiah_status: RupiahStatusSchema,
  /** Source line of the money token; null unless `rupiah_status` is "printed". */
  rupiah_line: z.number().int().positive().nullable(),
  /** The cell text as printed (volume, unit and amount), whitespace collapsed. */
  printed: z.string(),
});
export type BudgetMeasure = z.output<typeof BudgetMeasureSchema>;

/**
 * What the realisation volume means:
 * - `budget_absorption`: it is a percentage, and in this appendix a percentage
 *   realisation equals realisation ÷ target in rupiah — budget absorption, NOT
 *   physical output;
 * - `physical`: a count in a physical unit (laporan, dokumen, paket, unit …);
 * - `none`: no realisation volume printed (or a computed total).
 */
export const RealisationVolumeKindSchema = z.enum(['budget_absorption', 'physical', 'none']);
export type RealisationVolumeKind = z.output<typeof RealisationVolumeKindSchema>;

export const BudgetNamesSchema = z.object({
  urusan: z.string().nullable(),
  bidang: z.string().nullable(),
  program: z.string().nullable(),
  kegiatan: z.string().nullable(),
  subkegiatan: z.string().nullable(),
});
export type BudgetNames = z.output<typeof BudgetNamesSchema>;

export const BudgetRowSchema = z.object({
  section: BudgetSectionSchema,
  level: BudgetLevelSchema,
  /** Normalised dotted code, after systematic clean-up and manual fixes. */
  code: BudgetCodeSchema,
  /** The code exactly as printed (whitespace collapsed), e.g. "2 15 02 2.'05 01". */
  code_printed: z.string(),
  /** This row's own name. */
  name: z.string(),
  /** Names along the hierarchy down to this row (null below this row's level, or when not printed anywhere). */
  names: BudgetNamesSchema,
  /** Indicator text after "Keluaran/Output :", null when none is printed. */
  indicator: z.string().nullable(),
  target: BudgetMeasureSchema,
  realisation: BudgetMeasureSchema,
  /** The printed realisation percentage when `realisation_volume_kind` is `budget_absorption`. */
  absorption_pct: z.number().nullable(),
  realisation_volume_kind: RealisationVolumeKindSchema,
  /**
   * True for urusan/bidang/program/kegiatan rows: the source prints money only
   * on sub-kegiatan rows, so their rupiah are sums of the sub-kegiatan below.
   */
  computed: z.boolean(),
  /** Number of sub-kegiatan rows summed into a computed row (1 for a sub-kegiatan). */
  subkegiatan_count: z.number().int().nonnegative(),
  /** First and last source line (1-based, whole file) of the row. */
  source_lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** Ids of manual fixes (data/budget/fixes.yml) applied to this row. */
  fixes: z.array(z.string()),
  /** Systematic quirks handled in code for this row (see docs/anggaran-parser.md). */
  quirks: z.array(z.string()),
});
export type BudgetRow = z.output<typeof BudgetRowSchema>;

export const ParseIssueSchema = z.object({
  severity: z.enum(['info', 'warning', 'error']),
  /** Machine-readable kind, e.g. "percentage-mismatch", "duplicate-code". */
  kind: z.string(),
  line: z.number().int().positive(),
  message: z.string(),
  code: z.string().nullable(),
});
export type ParseIssue = z.output<typeof ParseIssueSchema>;

/** One manual fix from data/budget/fixes.yml. */
export const ManualFixSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Source line (1-based, whole file) the fix applies to. */
  line: z.number().int().positive(),
  /** For a fix spanning several code lines: last line of the span (inclusive). */
  end_line: z.number().int().positive().optional(),
  /** What the source prints. */
  printed: z.string().min(1),
  /** What it is taken to mean. */
  meaning: z.string().min(1),
  /** Why. */
  why: z.string().min(1),
  action: z.discriminatedUnion('type', [
    /** Replace the code printed on `line` by `code` (normalised, dotted). */
    z.object({ type: z.literal('set-code'), code: BudgetCodeSchema }),
    /** On every code line in [line, end_line], replace the code prefix `from` by `to`. */
    z.object({ type: z.literal('recode-prefix'), from: BudgetCodeSchema, to: BudgetCodeSchema }),
  ]),
});
export type ManualFix = z.output<typeof ManualFixSchema>;

export const ManualFixFileSchema = z.object({ fixes: z.array(ManualFixSchema) });
export type ManualFixFile = z.output<typeof ManualFixFileSchema>;

// ---------------------------------------------------------------------------
// Explorer output: data/build/budget.json (written by the data build), read by
// src/content.config.ts. Every money figure above sub-kegiatan level is a sum
// of the sub-kegiatan below it (labelled `computed: true`).
// ---------------------------------------------------------------------------

/** Sums over sub-kegiatan; a dash or an empty cell counts as 0 and is counted as not printed. */
export const BudgetTotalsSchema = z.object({
  target: z.number().int().nonnegative(),
  realisation: z.number().int().nonnegative(),
  /** realisation ÷ target × 100 in rupiah (budget absorption), null when the target is 0. */
  absorption_pct: z.number().nonnegative().nullable(),
  subkegiatan_count: z.number().int().nonnegative(),
  target_not_printed: z.number().int().nonnegative(),
  realisation_not_printed: z.number().int().nonnegative(),
  computed: z.literal(true),
});
export type BudgetTotals = z.output<typeof BudgetTotalsSchema>;

const LinesSchema = z.tuple([z.number().int().positive(), z.number().int().positive()]);

export const ExplorerSubkegiatanSchema = z.object({
  code: BudgetCodeSchema,
  code_printed: z.string(),
  /** Fragment id on the programme page, unique within the section. */
  anchor: z.string().regex(/^s-[0-9.]+(?:-\d+)?$/),
  name: z.string(),
  indicator: z.string().nullable(),
  target: BudgetMeasureSchema,
  realisation: BudgetMeasureSchema,
  /** realisation ÷ target × 100 in rupiah; null when either amount is not printed (0 for a printed dash realisation). */
  absorption_pct: z.number().nonnegative().nullable(),
  /** The percentage printed as realisation volume, when it is one (budget absorption, not physical output). */
  printed_absorption_pct: z.number().nullable(),
  realisation_volume_kind: RealisationVolumeKindSchema,
  source_lines: LinesSchema,
  fixes: z.array(z.string()),
  quirks: z.array(z.string()),
});
export type ExplorerSubkegiatan = z.output<typeof ExplorerSubkegiatanSchema>;

export const ExplorerKegiatanSchema = z.object({
  code: BudgetCodeSchema,
  /** Fragment id on the programme page (the code, plus the line when a code is printed twice). */
  anchor: z.string().regex(/^k-[0-9.]+(?:-\d+)?$/),
  name: z.string(),
  totals: BudgetTotalsSchema,
  source_lines: LinesSchema,
  subkegiatan: z.array(ExplorerSubkegiatanSchema),
});
export type ExplorerKegiatan = z.output<typeof ExplorerKegiatanSchema>;

export const ExplorerProgramSchema = z.object({
  code: BudgetCodeSchema,
  name: z.string(),
  /** Site path of the programme page. */
  url: z.string().startsWith('/anggaran/'),
  totals: BudgetTotalsSchema,
  source_lines: LinesSchema,
  kegiatan: z.array(ExplorerKegiatanSchema),
});
export type ExplorerProgram = z.output<typeof ExplorerProgramSchema>;

export const ExplorerSectionSchema = BudgetSectionSchema.extend({
  url: z.string().startsWith('/anggaran/'),
  urusan_code: BudgetCodeSchema,
  urusan_name: z.string().nullable(),
  bidang_code: BudgetCodeSchema,
  bidang_name: z.string().nullable(),
  totals: BudgetTotalsSchema,
  source_lines: LinesSchema,
  programs: z.array(ExplorerProgramSchema),
});
export type ExplorerSection = z.output<typeof ExplorerSectionSchema>;

export const ExplorerUrusanSchema = z.object({
  code: BudgetCodeSchema,
  name: z.string(),
  totals: BudgetTotalsSchema,
  section_ids: z.array(z.string()),
});
export type ExplorerUrusan = z.output<typeof ExplorerUrusanSchema>;

/** Appendix sums against the LRA (Tabel I.7), as computed by the parser (scripts/budget/parse-lampiran.ts). */
export interface Reconciliation {
  subkegiatan_rows: number;
  target_sum: number;
  realisation_sum: number;
  lra_budget: number;
  lra_realised: number;
  /** LRA minus appendix (positive: the appendix covers less than the LRA). */
  budget_difference: number;
  realised_difference: number;
  /** Sub-kegiatan rows whose target / realisation amount is a dash or not printed. */
  target_not_printed: number;
  realisation_not_printed: number;
}

/** One explained part of the difference between the appendix and the LRA. */
export const ReconciliationPartSchema = z.object({
  id: z.string(),
  /** Signed effect on the budget and realised differences (LRA − appendix). */
  budget: z.number().int(),
  realised: z.number().int(),
});

export const ExplorerReconciliationSchema = z.object({
  table: z.string(),
  lra_lines: LinesSchema,
  subkegiatan_rows: z.number().int().nonnegative(),
  target_sum: z.number().int(),
  realisation_sum: z.number().int(),
  lra_budget: z.number().int(),
  lra_realised: z.number().int(),
  budget_difference: z.number().int(),
  realised_difference: z.number().int(),
  target_not_printed: z.number().int().nonnegative(),
  realisation_not_printed: z.number().int().nonnegative(),
  parts: z.array(ReconciliationPartSchema),
  budget_residual: z.number().int(),
  realised_residual: z.number().int(),
});
export type ExplorerReconciliation = z.output<typeof ExplorerReconciliationSchema>;

export const BudgetBuildSchema = z.object({
  year: z.number().int(),
  source: z.object({
    document: z.string(),
    table: z.string(),
    title: z.string(),
    lines: LinesSchema,
  }),
  totals: BudgetTotalsSchema,
  reconciliation: ExplorerReconciliationSchema,
  urusan: z.array(ExplorerUrusanSchema),
  sections: z.array(ExplorerSectionSchema),
  /** Parser issues of severity warning/info, kept for the quality notes. */
  issues: z.array(ParseIssueSchema),
});
export type BudgetBuild = z.output<typeof BudgetBuildSchema>;
