/**
 * Helpers for drawing text around a chart in a standalone SVG (exports and cards): wrapping by an estimated text
 * width, escaped `<text>` elements, legends, and the size of a chart SVG from its root element.
 */
import { FONT, type LegendKey } from '../charts/theme.ts';
import { escapeHtml } from './snippets.ts';

/** The site's light colours (src/styles/global.css): exports are read outside the page, so they never go dark. */
export const EXPORT_COLORS = {
  page: '#ffffff',
  ink: '#1a1d23',
  muted: '#545b68',
  notice: '#fff3d1',
  noticeInk: '#533700',
  noticeLine: '#e2b53c',
} as const;

/** The font stack of the charts, escaped for an attribute. */
export const FONT_ATTRIBUTE = escapeHtml(FONT.family);

/**
 * Width of a glyph as a fraction of the font size, on the wide side (DejaVu Sans, the fallback of PNG rendering),
 * so estimated lines rarely overflow.
 */
const CHAR_WIDTH = { regular: 0.6, bold: 0.66 } as const;

/**
 * Splits text into lines that fit `width` px at `size` px, at spaces (a longer word is cut). With `maxLines`, the
 * last kept line ends in `…`: `wrapText('aaa bbb', 20, 10) -> ['aaa', 'bbb']`.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  options: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * CHAR_WIDTH[options.bold ? 'bold' : 'regular'])));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= perLine) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (line.length > perLine) {
      lines.push(line.slice(0, perLine));
      line = line.slice(perLine);
    }
  }
  if (line) lines.push(line);
  const max = options.maxLines;
  if (max === undefined || lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1] ?? '';
  kept[max - 1] = `${last.slice(0, Math.max(0, perLine - 1)).trimEnd()}…`;
  return kept;
}

/** `<text>` elements, one per line, starting with the baseline at `y`; every line is escaped. */
export function textLines(
  lines: readonly string[],
  at: { x: number; y: number; size: number; lineHeight: number; fill: string; bold?: boolean },
): string {
  const weight = at.bold ? ' font-weight="700"' : '';
  const open = (i: number) =>
    `<text x="${at.x}" y="${at.y + i * at.lineHeight}" font-size="${at.size}"${weight} fill="${at.fill}">`;
  return lines.map((line, i) => `${open(i)}${escapeHtml(line)}</text>`).join('');
}

/** The drawn size of a chart SVG, from its root's `width` and `height`: `<svg width="880" height="420" …>`. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('chart svg: the root <svg> has no numeric width and height');
  return { width, height };
}

/** Estimated width of `text` at `size` px (regular weight), on the wide side like `wrapText`. */
export function textWidth(text: string, size: number): number {
  return [...text].length * size * CHAR_WIDTH.regular;
}

/** `text` cut with `…` to fit `width` px at `size` px: `fitText('abcdefghij', 30, 10) === 'abcd…'`. */
export function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = [...text];
  const keep = Math.max(1, Math.floor(width / (size * CHAR_WIDTH.regular)) - 1);
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** The width of a legend symbol and the gap after it, in units of the legend's font size. */
const SYMBOL = { width: 1.25, gap: 0.45 } as const;

/**
 * A legend entry's symbol, drawn as the chart draws the series, for text of `size` px whose baseline is at `y`: a
 * square (outlined faintly so a pale fill shows on white), a line, or a filled or hollow dot.
 */
export function legendSymbol(item: LegendKey, x: number, y: number, size: number): string {
  const color = escapeHtml(item.color);
  const s = Math.round(size * 0.85);
  const cy = y - size * 0.35;
  const cx = x + (size * SYMBOL.width) / 2;
  const r = (s / 2 - 0.5).toFixed(1);
  switch (item.kind ?? 'swatch') {
    case 'line':
      return `<line x1="${x}" x2="${x + size * SYMBOL.width}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2"/>`;
    case 'dot-filled':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}" fill-opacity="0.55" stroke="${color}"/>`;
    case 'dot-hollow':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${color}" stroke-width="1.2"/>`;
    case 'swatch':
      return (
        `<rect x="${cx - s / 2}" y="${cy - s / 2}" width="${s}" height="${s}" rx="2" fill="${color}" ` +
        `stroke="${EXPORT_COLORS.ink}" stroke-opacity="0.3"/>`
      );
  }
}

/** A legend laid out in rows that wrap at `width`: the markup (first baseline at `y`) and its height. */
export type LegendBlock = { svg: string; height: number };

/**
 * The legend entries left to right, wrapping to a new row at `width` px, each a symbol and its escaped label (cut
 * with `…` when it is longer than a row), text `size` px on rows `lineHeight` apart. With `column`, one entry per
 * row and a long label wraps onto a second line. Empty for no entries.
 */
export function legendRows(
  items: readonly LegendKey[],
  at: { x: number; y: number; width: number; size: number; lineHeight: number; column?: boolean },
): LegendBlock {
  const { size, lineHeight } = at;
  const lead = size * (SYMBOL.width + SYMBOL.gap);
  const room = at.width - lead;
  let [x, row] = [0, 0];
  const parts: string[] = [];
  for (const item of items) {
    const lines = at.column ? wrapText(item.label, room, size, { maxLines: 2 }) : [fitText(item.label, room, size)];
    const width = lead + Math.max(...lines.map((line) => textWidth(line, size)));
    if (x > 0 && (at.column === true || x + width > at.width)) [x, row] = [0, row + 1];
    const baseline = at.y + row * lineHeight;
    parts.push(
      legendSymbol(item, at.x + x, baseline, size) +
        textLines(lines, { x: at.x + x + lead, y: baseline, size, lineHeight: size * 1.2, fill: EXPORT_COLORS.ink }),
    );
    x += width + size * 1.2;
    row += lines.length - 1;
  }
  return { svg: parts.join(''), height: items.length === 0 ? 0 : (row + 1) * lineHeight };
}
