/** `/benchmarks/openrouter/<chart id>.svg`: each OpenRouter benchmark chart as a standalone SVG, citation drawn in. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openRouterSvgFiles } from '../_openrouter.ts';

export const getStaticPaths = (() =>
  openRouterSvgFiles().map((f) => ({ params: { file: f.name }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
