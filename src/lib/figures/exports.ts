/**
 * The static exports of every figure: the cited SVG (the "Download SVG" file and the `<img>` embed), the 2x PNG, the
 * Open Graph cards, and the absolute URLs and snippets of the Embed dialog and oEmbed.
 */
import { toCardSvg, toCitedSvg, type ExportText, type SizedSvg } from '../embed/cited-svg.ts';
import { absoluteUrl } from '../embed/ids.ts';
import { svgsToPngs, type PngBytes } from '../embed/png.ts';
import { estimateEmbedHeight, iframeSnippet, imageSnippet, markdownSnippet } from '../embed/snippets.ts';
import { svgSize } from '../embed/svg-text.ts';
import { SYNTHETIC_NOTICE } from '../transform/citation.ts';
import { hasFrozenCopies } from './catalogue.ts';
import { cardPath, embedPath, exportHref, frozenEmbedPath, RESIZE_SCRIPT_PATH } from './routes.ts';
import type { Figure } from './schema.ts';

/** PNG exports are drawn at twice the SVG's size. */
export const PNG_ZOOM = 2;

/** Where the site is served: its origin (`SITE_URL`) and a function adding its base path to a site path. */
export type SiteLocation = { site: string; withBase: (path: string) => string };

/** An absolute URL of a site path: `siteUrl({ site: 'https://x.io', withBase }, '/models/')`. */
export function siteUrl(location: SiteLocation, path: string): string {
  return absoluteUrl(location.site, location.withBase(path));
}

function exportText(location: SiteLocation, figure: Figure): ExportText {
  return {
    title: figure.title,
    attribution: figure.attribution,
    warning: figure.attribution === SYNTHETIC_NOTICE,
    source: `Token Atlas · ${siteUrl(location, figure.links.page)}`,
    legend: figure.legend,
  };
}

const cited = new WeakMap<Figure, SizedSvg>();

/** The figure with its title and citation drawn in, as served at `<links.exports>.svg`; built once per figure. */
export function citedSvgOf(location: SiteLocation, figure: Figure): SizedSvg {
  let svg = cited.get(figure);
  if (!svg) {
    svg = toCitedSvg(figure.svg, exportText(location, figure));
    cited.set(figure, svg);
  }
  return svg;
}

/** The figure's 1200×630 Open Graph card. */
export function cardSvgOf(location: SiteLocation, figure: Figure): SizedSvg {
  return toCardSvg(figure.svg, exportText(location, figure));
}

/** Renders SVGs to 2x PNGs (or `zoom`), all up front on worker threads (one per core), in input order. */
export function toPngs(svgs: readonly string[], zoom = PNG_ZOOM): Promise<PngBytes[]> {
  return svgsToPngs([...svgs], zoom);
}

/** The snippets of a chart's Embed dialog and oEmbed response, with the absolute URLs they use. */
export type EmbedCodes = {
  iframeLive: string;
  /** Set for a chart with frozen copies when this build has a frozen date. */
  iframeFrozen: string | null;
  imgSvg: string;
  /** Null for a chart without a PNG export (`links.png` false). */
  imgPng: string | null;
  /** The image line: the PNG, or the SVG for a chart without a PNG export. */
  markdown: string;
  /** The thumbnail for oEmbed: the PNG export, else the page's card (`pageCard`), else none. */
  thumbnail: { url: string; width: number; height: number } | null;
  /** The starting iframe height and the export's size in CSS px. */
  frameHeight: number;
  image: { width: number; height: number };
};

/** The Open Graph card's size in px. */
const CARD_SIZE = { width: 1200, height: 630 };

/**
 * Every code of one figure; `frozenDate` is its frozen copy's date in this build (`frozenDateOf`), if any, and
 * `pageCard` the figure whose card stands for its page (`pageCardOf`), the thumbnail of a chart without a PNG.
 */
export function embedCodesOf(
  location: SiteLocation,
  figure: Figure,
  frozenDate: string | null,
  pageCard: Figure | null = null,
): EmbedCodes {
  const image = citedSvgOf(location, figure);
  const size = { width: image.width, height: image.height };
  const frameHeight = estimateEmbedHeight(svgSize(figure.svg), figure.legend.length > 0);
  const url = (path: string) => siteUrl(location, path);
  const resizeScript = url(RESIZE_SCRIPT_PATH);
  const iframe = (path: string) =>
    iframeSnippet({ src: url(path), title: figure.title, height: frameHeight, resizeScript });
  const pageUrl = url(figure.links.page);
  const svgUrl = url(exportHref(figure.links.exports, 'svg'));
  const pngUrl = figure.links.png ? url(exportHref(figure.links.exports, 'png')) : null;
  const cardThumbnail = pageCard?.embed.card ? { url: url(cardPath(pageCard.id)), ...CARD_SIZE } : null;
  return {
    iframeLive: iframe(embedPath(figure.id)),
    iframeFrozen: frozenDate && hasFrozenCopies(figure) ? iframe(frozenEmbedPath(figure.id, frozenDate)) : null,
    imgSvg: imageSnippet({ src: svgUrl, href: pageUrl, alt: figure.alt, ...size }),
    imgPng: pngUrl ? imageSnippet({ src: pngUrl, href: pageUrl, alt: figure.alt, ...size }) : null,
    markdown: markdownSnippet({ src: pngUrl ?? svgUrl, href: pageUrl, title: figure.title }),
    thumbnail: pngUrl ? { url: pngUrl, width: size.width * PNG_ZOOM, height: size.height * PNG_ZOOM } : cardThumbnail,
    frameHeight,
    image: size,
  };
}
