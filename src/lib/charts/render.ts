import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { FONT } from './theme.ts';

/** A fresh server-side DOM per chart, so charts never share state. */
function serverDocument(): Document {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return document as unknown as Document;
}

/** SVG attributes that hold geometry; text content and labels are never touched. */
const GEOMETRY_ATTRIBUTES = /\s(d|points|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|viewBox|dx|dy)="([^"]*)"/g;

/** Rounds decimals in geometry attributes to one place (a 700-day area shrinks by half); text stays exact. */
export function roundCoordinates(svg: string): string {
  return svg.replace(GEOMETRY_ATTRIBUTES, (_match, name: string, value: string) => {
    const rounded = value.replace(/-?\d+\.\d{2,}/g, (number) => {
      const r = Math.round(Number(number) * 10) / 10;
      return Number.isInteger(r) ? String(r) : r.toFixed(1);
    });
    return ` ${name}="${rounded}"`;
  });
}

/**
 * Renders Plot options to a standalone SVG string at build time. `id` (the chart's name and variant, e.g.
 * `model-share-30d`) prefixes every generated id and the Plot class, so builds are reproducible and charts on
 * one page never clash. Legends are HTML (see components), so Plot draws none.
 */
export function renderSvg(id: string, options: Plot.PlotOptions): string {
  const className = `ta-${id}`;
  const svg = Plot.plot({
    style: { fontFamily: FONT.family, fontSize: `${FONT.size}px`, background: 'transparent', overflow: 'visible' },
    ...options,
    className,
    document: serverDocument(),
  }) as unknown as Element;
  const root = svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg');
  if (!root) throw new Error(`chart ${id}: Plot returned no <svg>`);
  root.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  root.setAttribute('role', 'img');
  root.setAttribute('aria-hidden', 'true'); // the <figure> carries the text alternative and the table
  return renumberIds(roundCoordinates(root.outerHTML), id);
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
