/**
 * `<links.exports>.png` of every figure with a PNG export (`links.png`: not a model page's own charts): its cited SVG
 * as a 2x PNG, all rendered up front on worker threads.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_LOCATION } from '../layouts/url.ts';
import type { PngBytes } from '../lib/embed/png.ts';
import { allFigures } from '../lib/figures/catalogue.ts';
import { citedSvgOf, toPngs } from '../lib/figures/exports.ts';
import { routeParamOf } from '../lib/figures/routes.ts';
import { loadSiteData } from '../lib/figures/site-data.ts';

export const getStaticPaths = (async () => {
  const figures = allFigures(loadSiteData()).filter((figure) => figure.links.png);
  const pngs = await toPngs(figures.map((figure) => citedSvgOf(SITE_LOCATION, figure).svg));
  return figures.map((figure, i) => ({
    params: { file: routeParamOf(figure.links.exports) },
    props: { body: pngs[i] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: PngBytes }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/png' } });
