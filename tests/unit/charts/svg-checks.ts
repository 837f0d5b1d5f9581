/** What a reader sees of a chart SVG, read back from the markup: text sizes, tick labels, tooltips. */
import { parseHTML } from 'linkedom';

function parse(svg: string): Document {
  return parseHTML(`<html><body>${svg}</body></html>`).document as unknown as Document;
}

/** The drawn width of an SVG, from its root's `width`. */
export function svgWidth(svg: string): number {
  return Number(/^<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
}

/** Every font size an SVG sets (its root style and any `font-size` attribute or style below it), in its own px. */
export function fontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size(?:=|:\s*)"?([\d.]+)px/g)].map((m) => Number(m[1]));
}

/** The smallest text of an SVG in CSS px when it is shown `boxWidth` px wide. */
export function smallestTextAt(svg: string, boxWidth: number): number {
  return (Math.min(...fontSizes(svg)) * boxWidth) / svgWidth(svg);
}

/** The labels of an axis (`x` or `y`), in drawing order, lines joined by a space. */
export function tickLabels(svg: string, axis: 'x' | 'y'): string[] {
  const group = parse(svg).querySelector(`[aria-label="${axis}-axis tick label"]`);
  return [...(group?.querySelectorAll('text') ?? [])].map((t) =>
    [...t.querySelectorAll('tspan')].length > 0
      ? [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')
      : (t.textContent ?? ''),
  );
}

/** The text of every <title> (tooltip), in drawing order. */
export function tooltips(svg: string): string[] {
  return [...parse(svg).querySelectorAll('title')].map((t) => t.textContent ?? '');
}

/** The text a <text> shows (not the full text in a shortened label's <title>). */
function shownText(text: Element): string {
  return [...text.childNodes]
    .filter((c) => c.nodeType === 3)
    .map((c) => c.textContent)
    .join('');
}

/** The shown text of every <text> outside the axes, in drawing order. */
export function markTexts(svg: string): string[] {
  return [...parse(svg).querySelectorAll('[aria-label="text"] text')].map(shownText);
}

/** The shown text of every <text> outside the axes in reading order: top to bottom, then left to right. */
export function readingOrder(svg: string): string[] {
  const at = (t: Element) => {
    const [x = 0, y = 0] = (/translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute('transform') ?? '') ?? [])
      .slice(1)
      .map(Number);
    return { x, y };
  };
  return [...parse(svg).querySelectorAll('[aria-label="text"] text')]
    .map((t) => ({ ...at(t), text: shownText(t) }))
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((t) => t.text);
}
