/** `/benchmarks/openrouter/<chart id>.csv`: the results of each OpenRouter benchmark chart, exactly as drawn. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allOpenRouterFigures } from '../_openrouter.ts';

export const getStaticPaths = (() =>
  allOpenRouterFigures().map(({ figure }) => ({
    params: { file: figure.id },
    props: { body: figure.csv },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
