/** `/embed/latest.json`: this build's frozen date and each frozen-eligible chart's `as_of` (read by frozen embeds). */
import type { APIRoute } from 'astro';
import { toLatestJson } from '../../lib/embed/latest.ts';
import { embedCharts, frozenDate, isSectionChart } from './_registry.ts';

export const GET: APIRoute = () =>
  new Response(toLatestJson(frozenDate() ?? '', embedCharts().filter(isSectionChart)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
