/** `/models/<chart>.csv`: the data of each chart and table on `/models/`, exactly as shown. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModelsArchive } from './_data.ts';
import { modelsCsvFiles } from './_downloads.ts';

export const getStaticPaths = (() => {
  const archive = loadModelsArchive();
  return archive ? modelsCsvFiles(archive).map((f) => ({ params: { file: f.name }, props: { body: f.body } })) : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
