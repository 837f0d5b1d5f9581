/**
 * Self-contained, cited images of a chart: the chart SVG with its title above, its legend (the key of every series
 * and symbol) and its attribution and source link below, drawn inside the image so a screenshot or a re-share reads
 * on its own and still cites the source. One for downloads and `<img>` embeds (the chart's own size plus margins),
 * one for Open Graph cards (1200×630, the legend beside the chart).
 */
import type { LegendKey } from '../charts/theme.ts';
import { escapeHtml } from './snippets.ts';
import {
  EXPORT_COLORS,
  FONT_ATTRIBUTE,
  legendRows,
  svgSize,
  textLines,
  wrapText,
  type LegendBlock,
} from './svg-text.ts';

/** The words drawn around a chart. */
export type ExportText = {
  title: string;
  /**
   * The chart's key, as the page's legend lists it (series, or symbols such as a frontier line). Give it for every
   * chart that has a legend on its page: without it the image has no key.
   */
  legend: readonly LegendKey[];
  /** The attribution line, verbatim (citation with as_of, `meta.citation`, or the synthetic notice). */
  attribution: string;
  /** True when `attribution` is the synthetic notice: drawn as a warning, as on the page. */
  warning: boolean;
  /** Where the chart lives, e.g. `Token Atlas · https://…/models/#model-share`. */
  source: string;
};

/** A standalone SVG and its size in CSS px (PNG exports are twice that). */
export type SizedSvg = { svg: string; width: number; height: number };

const PAD = 16;
const TITLE = { size: 18, lineHeight: 24 };
const SMALL = { size: 12, lineHeight: 16 };
const KEY = { size: 13, lineHeight: 20 };

function root(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${FONT_ATTRIBUTE}" color="${EXPORT_COLORS.ink}">` +
    `<title>${escapeHtml(title)}</title>` +
    `<rect width="${width}" height="${height}" fill="${EXPORT_COLORS.page}"/>${body}</svg>`
  );
}

/** The attribution lines at `y` (baseline of the first), on a notice background when it is the synthetic warning. */
function attributionBlock(
  text: ExportText,
  lines: string[],
  x: number,
  y: number,
  size: typeof SMALL,
  width: number,
): string {
  const fill = text.warning ? EXPORT_COLORS.noticeInk : EXPORT_COLORS.muted;
  const box = text.warning
    ? `<rect x="${x - 6}" y="${y - size.size - 2}" width="${width + 12}" ` +
      `height="${lines.length * size.lineHeight + 8}" rx="3" fill="${EXPORT_COLORS.notice}" ` +
      `stroke="${EXPORT_COLORS.noticeLine}"/>`
    : '';
  return box + textLines(lines, { x, y, size: size.size, lineHeight: size.lineHeight, fill, bold: text.warning });
}

/**
 * A chart for a standalone image: every `var(--name, fallback)` replaced by its fallback (the light page's colour).
 * An exported image is always light, and resvg draws no colour given as a CSS variable, which cost the PNGs their
 * label halos: `standalone('stroke="var(--color-page, #ffffff)"') === 'stroke="#ffffff"'`.
 */
export function standalone(chart: string): string {
  return chart.replace(/var\(\s*--[\w-]+\s*,\s*([^()]+?)\s*\)/g, '$1');
}

/**
 * The chart with its title above, its legend, attribution and source below, on a white background; `chart` is a
 * `renderSvg` output (its axis text follows `currentColor`, set to the ink colour here; CSS variables resolved to
 * their light fallbacks, {@link standalone}).
 */
export function toCitedSvg(drawn: string, text: ExportText): SizedSvg {
  const chart = standalone(drawn);
  const size = svgSize(chart);
  const width = size.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const titleLines = wrapText(text.title, inner, TITLE.size, { bold: true });
  const chartY = PAD + titleLines.length * TITLE.lineHeight + 8;
  const legend = legendRows(text.legend ?? [], {
    x: PAD,
    y: chartY + size.height + 12 + KEY.size,
    width: inner,
    ...KEY,
  });
  const citation = wrapText(text.attribution, inner, SMALL.size, { bold: text.warning });
  const source = wrapText(text.source, inner, SMALL.size);
  const footY = chartY + size.height + (legend.height > 0 ? legend.height + 12 : 0) + 14 + SMALL.size;
  const sourceY = footY + citation.length * SMALL.lineHeight + (text.warning ? 8 : 2);
  const height = sourceY + (source.length - 1) * SMALL.lineHeight + PAD;
  const body =
    textLines(titleLines, { x: PAD, y: PAD + TITLE.size, ...TITLE, fill: EXPORT_COLORS.ink, bold: true }) +
    `<g transform="translate(${PAD},${chartY})">${chart}</g>` +
    legend.svg +
    attributionBlock(text, citation, PAD, footY, SMALL, inner) +
    textLines(source, { x: PAD, y: sourceY, ...SMALL, fill: EXPORT_COLORS.muted });
  return { svg: root(width, height, text.title, body), width, height };
}

/** The Open Graph / Twitter card size. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Width of the card's legend column, beside the chart. */
const CARD_LEGEND_WIDTH = 300;

/** The card's legend column at (`x`, `y`): the largest rows (30 px down to 14) that fit its `height`. */
function cardLegend(keys: readonly LegendKey[], at: { x: number; y: number; height: number }): LegendBlock {
  let legend: LegendBlock = { svg: '', height: 0 };
  for (let lineHeight = 30; lineHeight >= 14; lineHeight -= 1) {
    const size = Math.min(20, Math.floor(lineHeight * 0.72));
    legend = legendRows(keys, { x: at.x, y: at.y + size, width: CARD_LEGEND_WIDTH, size, lineHeight, column: true });
    if (legend.height <= at.height) break;
  }
  return legend;
}

/**
 * A 1200×630 card: site name, title (two lines at most), the chart scaled to fit with its legend in a column on its
 * right (rows shrink to fit many entries), and the attribution.
 */
export function toCardSvg(drawn: string, text: ExportText): SizedSvg {
  const chart = standalone(drawn);
  const { width, height } = CARD_SIZE;
  const pad = 48;
  const inner = width - 2 * pad;
  const head = { size: 40, lineHeight: 48 };
  const foot = { size: 20, lineHeight: 26 };
  const titleLines = wrapText(text.title, inner, head.size, { bold: true, maxLines: 2 });
  const citation = wrapText(text.attribution, inner, foot.size, { bold: text.warning, maxLines: 2 });
  const titleY = pad + 24 + head.size;
  const boxTop = titleY + (titleLines.length - 1) * head.lineHeight + 28;
  const footY = height - pad - (citation.length - 1) * foot.lineHeight;
  const keys = text.legend ?? [];
  const keyed = keys.length > 0;
  const box = { width: inner - (keyed ? CARD_LEGEND_WIDTH + 24 : 0), height: footY - foot.size - 24 - boxTop };
  const size = svgSize(chart);
  const scale = Math.min(box.width / size.width, box.height / size.height);
  const x = pad + (box.width - size.width * scale) / 2;
  const legend = cardLegend(keys, { x: width - pad - CARD_LEGEND_WIDTH, y: boxTop, height: box.height });
  const body =
    textLines(['Token Atlas'], { x: pad, y: pad + 4, size: 22, lineHeight: 0, fill: EXPORT_COLORS.muted, bold: true }) +
    textLines(titleLines, { x: pad, y: titleY, ...head, fill: EXPORT_COLORS.ink, bold: true }) +
    `<g transform="translate(${x.toFixed(1)},${boxTop}) scale(${scale.toFixed(4)})">${chart}</g>` +
    legend.svg +
    attributionBlock(text, citation, pad, footY, foot, inner);
  return { svg: root(width, height, text.title, body), width, height };
}
