/** `/benchmarks/openrouter/<chart id>.svg`: each OpenRouter benchmark chart as a standalone SVG, citation drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgPaths } from '../../embed/_exports.ts';
import { chartsExportedIn } from '../../embed/_registry.ts';
import { OPENROUTER_DOWNLOAD_FOLDER } from '../_openrouter.ts';

export const getStaticPaths = (() =>
  svgPaths(chartsExportedIn(OPENROUTER_DOWNLOAD_FOLDER), (c) => ({ file: c.id }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
