/** What the section chart builders take from a page's figure unchanged. */
import type { LegendItem, TableData } from '../../../components/types.ts';
import type { EmbedChart } from '../_registry.ts';

/** A wide figure as its page draws it: takeaway, SVG, text alternative, legend, and a table keyed by column 0. */
type WideFigure = { takeaway: string; svg: string; alt: string; legend: LegendItem[]; table: TableData };

/** The minimum width of the wide charts (share areas, scatterplots); narrower embeds scroll the chart. */
const WIDE_MIN_WIDTH = 560;

/** The fields of an embeddable chart that are its figure's, as drawn. */
export function drawnWide(
  figure: WideFigure,
): Pick<EmbedChart, 'takeaway' | 'svg' | 'alt' | 'minWidth' | 'legend' | 'table' | 'rowHeader'> {
  const { takeaway, svg, alt, legend, table } = figure;
  return { takeaway, svg, alt, minWidth: WIDE_MIN_WIDTH, legend, table, rowHeader: 0 };
}
