/** `/models/views/<chart id>.csv`: the data of each rankings-view chart (`/models/categories/` …), exactly as drawn. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { viewCsvFiles } from '../_views-figures.ts';

export const getStaticPaths = (() =>
  viewCsvFiles().map((f) => ({ params: { file: f.name }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
