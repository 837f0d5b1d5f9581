/** `/models/views/<chart id>.svg`: each rankings-view chart as a standalone SVG, its title and citation drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { VIEWS_EXPORT_FOLDER } from '../../embed/_charts/views.ts';
import { svgPaths } from '../../embed/_exports.ts';
import { chartsExportedIn } from '../../embed/_registry.ts';

export const getStaticPaths = (() =>
  svgPaths(chartsExportedIn(VIEWS_EXPORT_FOLDER), (c) => ({ file: c.id }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
