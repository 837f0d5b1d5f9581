/** `/tasks/<chart>.csv`: the treemap's tasks and the per-task models, exactly as drawn. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTasks } from './_data.ts';
import { tasksCsvFiles } from './_figures.ts';

export const getStaticPaths = (() =>
  tasksCsvFiles(loadTasks()).map((f) => ({
    params: { file: f.name },
    props: { body: f.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
