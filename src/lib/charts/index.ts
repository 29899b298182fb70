/**
 * Build-time chart library: pure functions returning accessible SVG strings.
 * Pages render the caption (source, unit) and the data table themselves.
 */
export { barChart, barPanels, type BarChartOptions, type BarPanel, type SortOrder } from './bar.ts';
export { lineChart, type LineChartData, type LineChartOptions, type LineSeries } from './line.ts';
export { stackedBarChart, type StackedBarOptions } from './stacked-bar.ts';
export { pyramidChart, type PyramidOptions, type PyramidRow } from './pyramid.ts';
export { bulletChart, achievement, type BulletChartOptions, type BulletRow } from './bullet.ts';
export { sparkline, type SparklineOptions } from './sparkline.ts';
export { smallMultiples, type SmallMultiplesOptions, type SmallMultiplesPanel } from './small-multiples.ts';
export { tileMap, BINJAI_TILES, type Tile, type TileDatum, type TileMapOptions } from './tile-map.ts';
export { chartSummary } from './describe.ts';
export { escapeXml } from '../core/escape.ts';
export { CATEGORICAL, SEQUENTIAL_STOPS, SEX } from './palette.ts';
export type { ChartOptions, Datum, GroupDatum, Orientation } from './types.ts';
export { treemapChart, type TreemapDatum, type TreemapOptions } from './treemap.ts';
