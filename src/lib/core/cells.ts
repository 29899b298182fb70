/** A cell of a published table, after normalisation: missing data is null, never 0 or NaN. */
export type CellValue = string | number | boolean | null;
export type Row = Record<string, CellValue>;
