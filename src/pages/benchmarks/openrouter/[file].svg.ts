/** `/benchmarks/openrouter/<chart id>.svg`: each OpenRouter benchmark chart as a standalone SVG, citation drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OPENROUTER_EXPORT_FOLDER } from '../../embed/_charts/openrouter.ts';
import { svgPaths } from '../../embed/_exports.ts';
import { chartsExportedIn } from '../../embed/_registry.ts';

export const getStaticPaths = (() =>
  svgPaths(chartsExportedIn(OPENROUTER_EXPORT_FOLDER), (c) => ({ file: c.id }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
