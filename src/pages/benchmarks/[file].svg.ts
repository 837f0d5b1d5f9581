/** `/benchmarks/<chart>.svg`: each benchmark scatterplot as a standalone SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBenchmarks } from './_data.ts';
import { allBenchmarkFigures } from './_figures.ts';

export const getStaticPaths = (() =>
  allBenchmarkFigures(loadBenchmarks()).map((f) => ({ params: { file: f.id }, props: { body: f.svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
