/** `/apps/<chart>.svg`: each apps chart as a standalone SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAppsSnapshot } from './_data.ts';
import { appsSvgFiles } from './_figures.ts';

export const getStaticPaths = (() =>
  appsSvgFiles(loadAppsSnapshot()).map((f) => ({ params: { file: f.name }, props: { body: f.body } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
