/** `<links.exports>.svg` of every figure (`/models/model-share-share-30d.svg`): the chart with its title and citation. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_LOCATION } from '../layouts/url.ts';
import { allFigures } from '../lib/figures/catalogue.ts';
import { citedSvgOf } from '../lib/figures/exports.ts';
import { routeParamOf } from '../lib/figures/routes.ts';
import { loadSiteData } from '../lib/figures/site-data.ts';

export const getStaticPaths = (() =>
  allFigures(loadSiteData()).map((figure) => ({
    params: { file: routeParamOf(figure.links.exports) },
    props: { body: citedSvgOf(SITE_LOCATION, figure).svg },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
