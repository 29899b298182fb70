/** Options shared by every chart. Text options are plain strings; charts escape them. */
export interface ChartOptions {
  /** Unique on the page: the <title>/<desc> ids (and gradient ids) derive from it. */
  id: string;
  /** Accessible name of the chart (the <title>). */
  title: string;
  /** Optional lead sentence for the <desc>; the chart appends extremes and gaps. */
  description?: string;
  /** Unit of the values, e.g. "jiwa", "%", "Rp". */
  unit?: string;
  /** Fixed fraction digits for value labels (default: up to 2). */
  decimals?: number;
  /** Compact labels ("1,2 juta"). Default: on when |values| reach 10 juta. */
  compact?: boolean;
  /** viewBox width; the SVG itself always scales to 100 % of its container. */
  width?: number;
  /** viewBox height where the chart does not derive it from the row count. */
  height?: number;
}

/** One labelled value; null means the value is missing (not zero). */
export interface Datum {
  label: string;
  value: number | null;
}

/** A label with one value per series (grouped and stacked bars). */
export interface GroupDatum {
  label: string;
  values: readonly (number | null)[];
}

export type Orientation = 'horizontal' | 'vertical';
