/** `/embed/<id>/card.png`: the 1200×630 Open Graph / Twitter card of each page's main chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PngBytes } from '../../../lib/embed/png.ts';
import { cardSvgOf, pngPaths } from '../_exports.ts';
import { embedCharts } from '../_registry.ts';

export const getStaticPaths = (() =>
  pngPaths(
    embedCharts().filter((c) => c.card),
    (c) => ({ id: c.id }),
    cardSvgOf,
    1,
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: PngBytes }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/png' } });
