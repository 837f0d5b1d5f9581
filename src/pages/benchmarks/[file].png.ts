/** `/benchmarks/<chart>.png`: each chart of the benchmarks section as a 2x PNG of its cited SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PngBytes } from '../../lib/embed/png.ts';
import { pngPaths } from '../embed/_exports.ts';
import { chartsExportedIn } from '../embed/_registry.ts';

export const getStaticPaths = (() =>
  pngPaths(chartsExportedIn('/benchmarks'), (c) => ({ file: c.id }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: PngBytes }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/png' } });
