/** `/models/views/<chart id>.svg`: each rankings-view chart as a standalone SVG, its title and citation drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgPaths } from '../../embed/_exports.ts';
import { chartsExportedIn } from '../../embed/_registry.ts';
import { VIEWS_DOWNLOAD_FOLDER } from '../_views-figures.ts';

export const getStaticPaths = (() =>
  svgPaths(chartsExportedIn(VIEWS_DOWNLOAD_FOLDER), (c) => ({ file: c.id }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
