/**
 * The static exports of every embeddable chart: the cited SVG (the "Download SVG" file and the `<img>` embed), the
 * 2x PNG, the Open Graph cards, and the absolute URLs and snippets of the Embed dialog and oEmbed.
 */
import type { GetStaticPathsResult } from 'astro';
import { withBase } from '../../layouts/url.ts';
import { toCardSvg, toCitedSvg, type ExportText, type SizedSvg } from '../../lib/embed/cited-svg.ts';
import { absoluteUrl, embedPath, frozenEmbedPath, RESIZE_SCRIPT_PATH } from '../../lib/embed/ids.ts';
import { svgsToPngs } from '../../lib/embed/png.ts';
import { estimateEmbedHeight, iframeSnippet, imageSnippet, markdownSnippet } from '../../lib/embed/snippets.ts';
import { svgSize } from '../../lib/embed/svg-text.ts';
import { SYNTHETIC_NOTICE } from '../../lib/transform/citation.ts';
import { isFrozenChart, type EmbedChart } from './_registry.ts';

/** PNG exports are drawn at twice the SVG's size. */
export const PNG_ZOOM = 2;

/** An absolute URL of a site path under this build's base and `SITE_URL`. */
export function siteUrl(path: string): string {
  return absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', withBase(path));
}

function exportText(chart: EmbedChart): ExportText {
  return {
    title: chart.title,
    attribution: chart.attribution,
    warning: chart.attribution === SYNTHETIC_NOTICE,
    source: `Token Atlas · ${siteUrl(chart.pageHref)}`,
  };
}

const cited = new Map<string, SizedSvg>();

/** The chart with its title and citation drawn in, as served at `<exportPath>.svg`; built once per chart. */
export function citedSvgOf(chart: EmbedChart): SizedSvg {
  let svg = cited.get(chart.id);
  if (!svg) {
    svg = toCitedSvg(chart.svg, exportText(chart));
    cited.set(chart.id, svg);
  }
  return svg;
}

/** The chart's 1200×630 Open Graph card. */
export function cardSvgOf(chart: EmbedChart): SizedSvg {
  return toCardSvg(chart.svg, exportText(chart));
}

/** Static paths of SVG files: each chart's cited SVG under the params `paramsOf` gives. */
export function svgPaths(
  charts: readonly EmbedChart[],
  paramsOf: (chart: EmbedChart) => Record<string, string>,
): GetStaticPathsResult {
  return charts.map((chart) => ({ params: paramsOf(chart), props: { body: citedSvgOf(chart).svg } }));
}

/**
 * Static paths of PNG files, all rendered up front on worker threads (one per core), so PNG exports add little to
 * a build that renders pages one at a time.
 */
export async function pngPaths(
  charts: readonly EmbedChart[],
  paramsOf: (chart: EmbedChart) => Record<string, string>,
  svgOf: (chart: EmbedChart) => SizedSvg = citedSvgOf,
  zoom = PNG_ZOOM,
): Promise<GetStaticPathsResult> {
  const pngs = await svgsToPngs(
    charts.map((chart) => svgOf(chart).svg),
    zoom,
  );
  return charts.map((chart, i) => ({ params: paramsOf(chart), props: { body: pngs[i] } }));
}

/** The snippets of a chart's Embed dialog and oEmbed response, with the absolute URLs they use. */
export type EmbedCodes = {
  iframeLive: string;
  /** Set for a chart with frozen copies when this build has a frozen date. */
  iframeFrozen: string | null;
  imgSvg: string;
  imgPng: string;
  /** The PNG image line. */
  markdown: string;
  /** The thumbnail for oEmbed: the PNG export. */
  thumbnail: { url: string; width: number; height: number };
  /** The starting iframe height and the export's size in CSS px. */
  frameHeight: number;
  image: { width: number; height: number };
};

/** Every code of one chart; `frozenDate` is its frozen copy's date in this build (`frozenDateOf`), if any. */
export function embedCodesOf(chart: EmbedChart, frozenDate: string | null): EmbedCodes {
  const image = citedSvgOf(chart);
  const size = { width: image.width, height: image.height };
  const frameHeight = estimateEmbedHeight(svgSize(chart.svg), chart.legend.length > 0);
  const resizeScript = siteUrl(RESIZE_SCRIPT_PATH);
  const iframe = (path: string) =>
    iframeSnippet({ src: siteUrl(path), title: chart.title, height: frameHeight, resizeScript });
  const pageUrl = siteUrl(chart.pageHref);
  const svgUrl = siteUrl(`${chart.exportPath}.svg`);
  const pngUrl = siteUrl(`${chart.exportPath}.png`);
  const thumbnail = { url: pngUrl, width: size.width * PNG_ZOOM, height: size.height * PNG_ZOOM };
  return {
    iframeLive: iframe(embedPath(chart.id)),
    iframeFrozen: frozenDate && isFrozenChart(chart) ? iframe(frozenEmbedPath(chart.id, frozenDate)) : null,
    imgSvg: imageSnippet({ src: svgUrl, href: pageUrl, alt: chart.alt, ...size }),
    imgPng: imageSnippet({ src: pngUrl, href: pageUrl, alt: chart.alt, ...size }),
    markdown: markdownSnippet({ src: pngUrl, href: pageUrl, title: chart.title }),
    thumbnail,
    frameHeight,
    image: size,
  };
}
