/**
 * `/tasks/<chart>.svg`: each chart of the tasks section (the treemaps and every task's model bars) as a standalone
 * SVG, its title and citation drawn in.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgPaths } from '../embed/_exports.ts';
import { chartsExportedIn } from '../embed/_registry.ts';

export const getStaticPaths = (() =>
  svgPaths(chartsExportedIn('/tasks'), (c) => ({ file: c.id }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
