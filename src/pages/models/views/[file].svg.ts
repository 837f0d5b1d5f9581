/** `/models/views/<chart id>.svg`: each rankings-view chart as a standalone SVG, its title and citation drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { viewSvgFiles } from '../_views-figures.ts';

export const getStaticPaths = (() =>
  viewSvgFiles().map((f) => ({ params: { file: f.name }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
