/** `/tasks/<chart>.svg`: each tasks chart as a standalone SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTasks } from './_data.ts';
import { tasksSvgFiles } from './_figures.ts';

export const getStaticPaths = (() =>
  tasksSvgFiles(loadTasks()).map((f) => ({ params: { file: f.name }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
