/** `/models/<slug>/<chart>.png`: each chart of a model page (tokens, share, rank) as a 2x PNG of its cited SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PngBytes } from '../../../lib/embed/png.ts';
import { pngPaths } from '../../embed/_exports.ts';
import { modelChartParams, modelPageCharts } from '../../embed/_registry.ts';

export const getStaticPaths = (() => pngPaths(modelPageCharts(), modelChartParams)) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: PngBytes }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/png' } });
