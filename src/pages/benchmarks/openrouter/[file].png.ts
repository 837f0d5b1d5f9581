/** `/benchmarks/openrouter/<chart id>.png`: each OpenRouter benchmark chart as a 2x PNG of its cited SVG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { PngBytes } from '../../../lib/embed/png.ts';
import { pngPaths } from '../../embed/_exports.ts';
import { chartsExportedIn } from '../../embed/_registry.ts';
import { OPENROUTER_DOWNLOAD_FOLDER } from '../_openrouter.ts';

export const getStaticPaths = (() =>
  pngPaths(chartsExportedIn(OPENROUTER_DOWNLOAD_FOLDER), (c) => ({ file: c.id }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: PngBytes }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/png' } });
