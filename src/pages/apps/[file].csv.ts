/** `/apps/<chart>.csv`: the rows of each apps leaderboard page (and of each hub chart), exactly as shown. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAppsSnapshot } from './_data.ts';
import { appsCsvFiles } from './_figures.ts';

export const getStaticPaths = (() =>
  appsCsvFiles(loadAppsSnapshot()).map((f) => ({
    params: { file: f.name },
    props: { body: f.body },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
