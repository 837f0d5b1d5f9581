/**
 * The "Download SVG" file of a chart that is not (yet) in the embed registry: the chart with its title, attribution
 * and a link to its page drawn in, like `citedSvgOf` in `embed/_exports.ts` does for registered charts.
 */
import { withBase } from '../layouts/url.ts';
import { toCitedSvg } from '../lib/embed/cited-svg.ts';
import { absoluteUrl } from '../lib/embed/ids.ts';
import { SYNTHETIC_NOTICE } from '../lib/transform/citation.ts';

/** A chart as drawn on its page: its SVG, title, attribution line and site path (with the figure's anchor). */
export type CitableChart = { svg: string; title: string; attribution: string; pageHref: string };

/** The standalone SVG text of a chart, cited. */
export function citedSvgFile(chart: CitableChart): string {
  const site = import.meta.env.SITE ?? 'http://localhost:4321';
  return toCitedSvg(chart.svg, {
    title: chart.title,
    attribution: chart.attribution,
    warning: chart.attribution === SYNTHETIC_NOTICE,
    source: `Token Atlas · ${absoluteUrl(site, withBase(chart.pageHref))}`,
  }).svg;
}
