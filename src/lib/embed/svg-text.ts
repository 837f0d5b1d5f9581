/**
 * Helpers for drawing text around a chart in a standalone SVG (exports and cards): wrapping by an estimated text
 * width, escaped `<text>` elements, and the size of a chart SVG from its root element.
 */
import { FONT } from '../charts/theme.ts';
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
