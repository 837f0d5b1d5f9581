/**
 * `/models/<slug>/history.csv`: a model's daily tokens, share and rank, every day exact (its charts and table show
 * history older than a year by week; this file is the full data).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { modelHistoryCsv } from '../../../lib/transform/model-csv.ts';
import { toModelList } from '../../../lib/transform/model-history.ts';
import { toPageSlug } from '../../../lib/transform/model-slugs.ts';
import { loadModelsArchive } from '../_data.ts';
import { historyOf } from '../_model-page.ts';

export const getStaticPaths = (() => {
  const archive = loadModelsArchive();
  if (!archive) return [];
  return toModelList(archive.rows).map(({ permaslug }) => ({
    params: { slug: toPageSlug(permaslug) },
    props: { body: modelHistoryCsv(historyOf(archive, permaslug)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
