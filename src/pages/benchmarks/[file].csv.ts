/** `/benchmarks/<chart>.csv`: the points of each benchmark scatterplot, exactly as drawn. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBenchmarks } from './_data.ts';
import { allBenchmarkFigures } from './_figures.ts';

export const getStaticPaths = (() =>
  allBenchmarkFigures(loadBenchmarks()).map((f) => ({
    params: { file: f.id },
    props: { body: f.csv },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
