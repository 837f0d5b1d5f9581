/**
 * `/tasks/<chart>.svg`: each treemap as a standalone SVG with its title and citation drawn in, and each task's model
 * bars (parts of one small-multiples figure, not embeddable on their own) as drawn.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgPaths } from '../embed/_exports.ts';
import { sectionCharts } from '../embed/_registry.ts';
import { loadTasks } from './_data.ts';
import { tasksSvgFiles } from './_figures.ts';

export const getStaticPaths = (() => {
  const charts = sectionCharts('tasks');
  const cited = new Set(charts.map((c) => c.id));
  const cards = tasksSvgFiles(loadTasks()).filter((f) => !cited.has(f.name));
  return [
    ...svgPaths(charts, (c) => ({ file: c.id })),
    ...cards.map((f) => ({ params: { file: f.name }, props: { body: f.body } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
