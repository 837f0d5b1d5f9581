import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { FONT, fontSizeOf, SIZES, type Geometry } from './theme.ts';

/** A fresh server-side DOM per chart, so charts never share state. */
function serverDocument(): Document {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return document as unknown as Document;
}

/** SVG attributes that hold geometry; text content and labels are never touched. */
const GEOMETRY_ATTRIBUTES = /\s(d|points|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|viewBox|dx|dy)="([^"]*)"/g;

/**
 * Rounds decimals in geometry attributes to `places` (a 700-day area shrinks by half at one place); text stays
 * exact: `roundCoordinates('<path d="M1.25,2"/>', 0) === '<path d="M1,2"/>'`.
 */
export function roundCoordinates(svg: string, places = 1): string {
  return svg.replace(GEOMETRY_ATTRIBUTES, (_match, name: string, value: string) => {
    // A dot's radius keeps a decimal: sized dots (tokens, cost) would otherwise jump between whole pixels.
    const kept = name === 'r' ? Math.max(places, 1) : places;
    const factor = 10 ** kept;
    // A length with a unit (a label's `y="0.32em"` centring it on its tick) is typography, not geometry: kept.
    const rounded = value.replace(/-?\d+\.(\d+)([a-z%]*)/g, (number, digits: string, unit: string) => {
      if (unit !== '' || digits.length <= kept) return number;
      const r = Math.round(Number(number) * factor) / factor;
      return Number.isInteger(r) ? String(r) : r.toFixed(kept);
    });
    return ` ${name}="${rounded}"`;
  });
}

/**
 * Renders Plot options to a standalone SVG string at build time. `id` (the chart's name and variant, e.g.
 * `model-share-30d`) prefixes every generated id and the Plot class, so builds are reproducible and charts on
 * one page never clash; a `narrow` rendering adds `-narrow` to it (a page holds both renderings) and draws its text
 * at the narrow size; a chart drawn at most `SIZES.narrow` wide has its coordinates rounded to whole pixels (it is
 * shown at about its own size), dot radii to tenths. Legends are HTML
 * (see components), so Plot draws none.
 */
export function renderSvg(chartId: string, options: Plot.PlotOptions, geometry: Geometry = 'wide'): string {
  const narrow = geometry === 'narrow';
  const id = narrow ? `${chartId}-narrow` : chartId;
  const className = `ta-${id}`;
  const fontSize = `${fontSizeOf(geometry)}px`;
  const svg = Plot.plot({
    style: { fontFamily: FONT.family, fontSize, background: 'transparent', overflow: 'visible' },
    ...options,
    className,
    document: serverDocument(),
  }) as unknown as Element;
  const root = svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg');
  if (!root) throw new Error(`chart ${id}: Plot returned no <svg>`);
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-hidden', 'true'); // the <figure> carries the text alternative and the table
  // A chart drawn at the narrow width is shown at about its own size, whatever its caller named it.
  const whole = narrow || (typeof options.width === 'number' && options.width <= SIZES.narrow.width);
  return renumberIds(roundCoordinates(root.outerHTML, whole ? 0 : 1), id);
}

/** Gives Plot's generated ids (clip paths, gradients) a stable, chart-specific prefix. */
function renumberIds(svg: string, id: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).filter((x): x is string => x !== undefined);
  let out = svg;
  ids.forEach((old, index) => {
    const fresh = `${id}-${index}`;
    out = out.replaceAll(`id="${old}"`, `id="${fresh}"`).replaceAll(`url(#${old})`, `url(#${fresh})`);
  });
  return out;
}
