/** `/models/<slug>/categories.csv`: a model's share of each use-case category's tokens (estimates), as its page shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { modelMixCsv } from '../../../lib/transform/model-mix.ts';
import { toModelList } from '../../../lib/transform/model-history.ts';
import { toPageSlug } from '../../../lib/transform/model-slugs.ts';
import { categoryMixOf } from '../_category-mix.ts';
import { loadModelsArchive } from '../_data.ts';

export const getStaticPaths = (() => {
  const archive = loadModelsArchive();
  if (!archive) return [];
  return toModelList(archive.rows).flatMap(({ permaslug }) => {
    const mix = categoryMixOf(permaslug);
    return mix ? [{ params: { slug: toPageSlug(permaslug) }, props: { body: modelMixCsv(mix.rows) } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
  new Response(props.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
