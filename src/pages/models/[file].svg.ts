/** `/models/<chart>.svg`: each chart on `/models/` as a standalone SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModelsArchive } from './_data.ts';
import { modelsSvgFiles } from './_downloads.ts';

export const getStaticPaths = (() => {
  const archive = loadModelsArchive();
  return archive ? modelsSvgFiles(archive).map((f) => ({ params: { file: f.name }, props: { body: f.body } })) : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
