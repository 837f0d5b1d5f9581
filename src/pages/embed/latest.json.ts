/** `/embed/latest.json`: this build's frozen date and the edition of each figure with frozen copies (read by them). */
import type { APIRoute } from 'astro';
import { toLatestJson } from '../../lib/embed/latest.ts';
import { allFigures, editionOf, frozenDate, hasFrozenCopies } from '../../lib/figures/catalogue.ts';
import { loadSiteData } from '../../lib/figures/site-data.ts';

export const GET: APIRoute = () => {
  const data = loadSiteData();
  const charts = allFigures(data)
    .filter(hasFrozenCopies)
    .map((figure) => ({ id: figure.id, edition: editionOf(data, figure) }));
  return new Response(toLatestJson(frozenDate(data) ?? '', charts), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
