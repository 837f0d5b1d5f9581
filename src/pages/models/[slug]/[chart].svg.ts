/** `/models/<slug>/<chart>.svg`: each chart of a model page (tokens, share, rank) with its title and citation drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgPaths } from '../../embed/_exports.ts';
import { modelChartParams, modelPageCharts } from '../../embed/_registry.ts';

export const getStaticPaths = (() => svgPaths(modelPageCharts(), modelChartParams)) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
