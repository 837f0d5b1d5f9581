/**
 * Self-contained, cited images of a chart: the chart SVG with its title above and its attribution and source link
 * below, drawn inside the image so a screenshot or a re-share still cites the source. One for downloads and
 * `<img>` embeds (the chart's own size plus margins), one for Open Graph cards (1200×630).
 */
import { escapeHtml } from './snippets.ts';
import { EXPORT_COLORS, FONT_ATTRIBUTE, svgSize, textLines, wrapText } from './svg-text.ts';

/** The words drawn around a chart. */
export type ExportText = {
  title: string;
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
 * The chart with its title above and attribution and source below, on a white background; `chart` is a
 * `renderSvg` output (its axis text follows `currentColor`, set to the ink colour here).
 */
export function toCitedSvg(chart: string, text: ExportText): SizedSvg {
  const size = svgSize(chart);
  const width = size.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const titleLines = wrapText(text.title, inner, TITLE.size, { bold: true });
  const chartY = PAD + titleLines.length * TITLE.lineHeight + 8;
  const citation = wrapText(text.attribution, inner, SMALL.size, { bold: text.warning });
  const source = wrapText(text.source, inner, SMALL.size);
  const footY = chartY + size.height + 14 + SMALL.size;
  const sourceY = footY + citation.length * SMALL.lineHeight + (text.warning ? 8 : 2);
  const height = sourceY + (source.length - 1) * SMALL.lineHeight + PAD;
  const body =
    textLines(titleLines, { x: PAD, y: PAD + TITLE.size, ...TITLE, fill: EXPORT_COLORS.ink, bold: true }) +
    `<g transform="translate(${PAD},${chartY})">${chart}</g>` +
    attributionBlock(text, citation, PAD, footY, SMALL, inner) +
    textLines(source, { x: PAD, y: sourceY, ...SMALL, fill: EXPORT_COLORS.muted });
  return { svg: root(width, height, text.title, body), width, height };
}

/** The Open Graph / Twitter card size. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** A 1200×630 card: site name, title (two lines at most), the chart scaled to fit, and the attribution. */
export function toCardSvg(chart: string, text: ExportText): SizedSvg {
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
  const box = { width: inner, height: footY - foot.size - 24 - boxTop };
  const size = svgSize(chart);
  const scale = Math.min(box.width / size.width, box.height / size.height);
  const x = pad + (box.width - size.width * scale) / 2;
  const body =
    textLines(['Token Atlas'], { x: pad, y: pad + 4, size: 22, lineHeight: 0, fill: EXPORT_COLORS.muted, bold: true }) +
    textLines(titleLines, { x: pad, y: titleY, ...head, fill: EXPORT_COLORS.ink, bold: true }) +
    `<g transform="translate(${x.toFixed(1)},${boxTop}) scale(${scale.toFixed(4)})">${chart}</g>` +
    attributionBlock(text, citation, pad, footY, foot, inner);
  return { svg: root(width, height, text.title, body), width, height };
}
