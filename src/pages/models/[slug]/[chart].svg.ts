/** `/models/<slug>/<chart>.svg`: each chart of a model page (tokens, share, rank) as a standalone SVG file. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toModelList } from '../../../lib/transform/model-history.ts';
import { toPageSlug } from '../../../lib/transform/model-slugs.ts';
import { loadModelsArchive } from '../_data.ts';
import { MODEL_CHARTS, modelChartSvg } from '../_model-page.ts';

export const getStaticPaths = (() => {
  const archive = loadModelsArchive();
  if (!archive) return [];
  return toModelList(archive.rows).flatMap(({ permaslug }) =>
    MODEL_CHARTS.map((chart) => ({
      params: { slug: toPageSlug(permaslug), chart },
      props: { body: modelChartSvg(archive, permaslug, chart) },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
