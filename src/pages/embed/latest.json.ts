/** `/embed/latest.json`: this build's frozen date and the edition of each chart with frozen copies (read by them). */
import type { APIRoute } from 'astro';
import { toLatestJson } from '../../lib/embed/latest.ts';
import { editionOf, embedCharts, frozenDate, isFrozenChart } from './_registry.ts';

export const GET: APIRoute = () => {
  const charts = embedCharts()
    .filter(isFrozenChart)
    .map((chart) => ({ id: chart.id, edition: editionOf(chart) }));
  return new Response(toLatestJson(frozenDate() ?? '', charts), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
