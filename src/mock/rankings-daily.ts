/**
 * `GET /datasets/rankings-daily`: per day (or week, or month), the top 50 models by tokens plus one `other` row for
 * the rest, over the main dataset or one of its views (see rankings-views.ts).
 */
import { OTHER_SLUG, type RankingsDailyResponse, type RankingsDailyRow } from '../lib/api/rankings-daily.ts';
import { resolveWindow } from './dates.ts';
import { hugeTokensOf } from './faults.ts';
import { compareText } from './order.ts';
import { readViewQuery, viewBuckets } from './rankings-views.ts';
import type { RouteHandler } from './route.ts';
import type { ModelTotal } from './world-models.ts';

/** Models listed per day before the rest is summed into `other` (spec: "top 50 public models per day"). */
const TOP_MODELS = 50;

/** Descending by tokens; equal totals alphabetically by permaslug, so the order never varies. */
function byTokensThenSlug(a: ModelTotal, b: ModelTotal): number {
  if (a.tokens !== b.tokens) return a.tokens > b.tokens ? -1 : 1;
  return compareText(a.slug, b.slug);
}

/**
 * One day's rows by the spec: models with zero tokens dropped first, the top `top` by total (ties alphabetical),
 * then one `other` row summing the rest, pinned last even when it is the largest, and omitted when nothing is left
 * over. Totals are decimal strings summed as BigInt.
 */
export function rankDay(date: string, totals: readonly ModelTotal[], top = TOP_MODELS): RankingsDailyRow[] {
  const ranked = totals.filter((total) => total.tokens > 0n).toSorted(byTokensThenSlug);
  const rows: RankingsDailyRow[] = ranked.slice(0, top).map(({ slug, tokens }) => ({
    date,
    model_permaslug: slug,
    total_tokens: tokens.toString(),
  }));
  const rest = ranked.slice(top);
  if (rest.length > 0) {
    const sum = rest.reduce((acc, { tokens }) => acc + tokens, 0n);
    rows.push({ date, model_permaslug: OTHER_SLUG, total_tokens: sum.toString() });
  }
  return rows;
}

/** With the `huge-tokens` fault, each bucket's top model is pushed past 2^53; it stays first, `other` is untouched. */
function withHugeLeader(totals: readonly ModelTotal[]): ModelTotal[] {
  const leader = totals.filter((t) => t.tokens > 0n).toSorted(byTokensThenSlug)[0];
  return totals.map((t) => (t === leader ? { slug: t.slug, tokens: hugeTokensOf(t.tokens) } : t));
}

/**
 * The rankings-daily handler: rows sorted by bucket date ascending, `meta` echoing the resolved window. The view
 * and period are read first, so a refused combination is a 400 whatever the window.
 */
export const rankingsDaily: RouteHandler = (query, { world, now, hugeTokens, legacy }): RankingsDailyResponse => {
  const view = readViewQuery(query, legacy ?? false);
  const { start, end } = resolveWindow(query, now);
  const data = viewBuckets(view, { start, end }, world, now).flatMap(({ date, totals }) =>
    rankDay(date, hugeTokens ? withHugeLeader(totals) : totals),
  );
  return {
    data,
    meta: { as_of: now.toISOString(), version: 'v1', start_date: start, end_date: end, synthetic: true },
  };
};
