/**
 * `GET /datasets/app-rankings`: apps ranked by token volume in a date window (`popular`) or by excess growth
 * over the three equal-length periods before it (`trending`), optionally within a category or subcategory.
 */
import { addDays, daysBetween } from '../lib/api/dates.ts';
import { APP_SORTS, type AppRankingsResponse, type AppRankingsRow, type AppSort } from '../lib/api/app-rankings.ts';
import {
  APP_CATEGORIES,
  APP_SUBCATEGORIES,
  type AppCategory,
  type AppSubcategory,
  categoryOf,
} from '../lib/api/taxonomy.ts';
import { datesOf, resolveWindow } from './dates.ts';
import { hugeTokensOf } from './faults.ts';
import { QueryError, readChoice, readInteger, type RouteHandler } from './route.ts';
import type { World } from './world.ts';
import { WORLD_APPS, type WorldApp } from './world-apps.ts';

/** An app's volume in the window and, for `trending`, its excess over the preceding periods. */
export interface AppScore {
  readonly app: WorldApp;
  readonly tokens: bigint;
  readonly excess: bigint;
}

/**
 * Excess growth by the spec's rule: window volume minus the mean of the three preceding periods, or `null` when
 * not positive (such apps are omitted). Compared as `3 * window > sum` so no rounding decides it; the excess
 * itself is floored: `trendingExcess(10n, [3n, 3n, 4n]) === 6n`, `trendingExcess(10n, [10n, 10n, 10n]) === null`.
 */
export function trendingExcess(window: bigint, previous: readonly [bigint, bigint, bigint]): bigint | null {
  const sum = previous[0] + previous[1] + previous[2];
  const tripled = 3n * window - sum;
  return tripled > 0n ? tripled / 3n : null;
}

/** Every app's summed tokens over `start..end`, in `WORLD_APPS` order. */
function volumes(world: World, start: string, end: string, now: Date): bigint[] {
  const sums = WORLD_APPS.map(() => 0n);
  for (const date of datesOf(start, end)) {
    world.appTokens(date, now).forEach((tokens, i) => (sums[i] = (sums[i] ?? 0n) + tokens));
  }
  return sums;
}

/**
 * Scores for a sort. `popular`: window volume, apps without traffic left out. `trending`: the three periods of
 * the window's length right before it (before 2025 too: the dataset's start limits what is asked, not history).
 */
function scoresOf(world: World, sort: AppSort, start: string, end: string, now: Date): AppScore[] {
  const window = volumes(world, start, end, now);
  if (sort === 'popular') {
    return WORLD_APPS.map((app, i) => ({ app, tokens: window[i] ?? 0n, excess: 0n })).filter((s) => s.tokens > 0n);
  }
  const length = daysBetween(start, end) + 1;
  const [p1, p2, p3] = [1, 2, 3].map((k) =>
    volumes(world, addDays(start, -k * length), addDays(end, -k * length), now),
  );
  return WORLD_APPS.flatMap((app, i) => {
    const tokens = window[i] ?? 0n;
    const excess = trendingExcess(tokens, [p1?.[i] ?? 0n, p2?.[i] ?? 0n, p3?.[i] ?? 0n]);
    return excess === null ? [] : [{ app, tokens, excess }];
  });
}

/** Descending by the sort's measure; ties by app id, so pages never overlap or skip. */
export function rankScores(scores: readonly AppScore[], sort: AppSort): AppScore[] {
  const measure = (s: AppScore) => (sort === 'popular' ? s.tokens : s.excess);
  return scores.toSorted((a, b) => {
    const [x, y] = [measure(a), measure(b)];
    if (x !== y) return x > y ? -1 : 1;
    return a.app.id - b.app.id;
  });
}

/** Reads `category` and `subcategory`; an inconsistent pair is a 400 (spec), and subcategory filters when given. */
function readScope(query: URLSearchParams): (app: WorldApp) => boolean {
  const category = readChoice<AppCategory>(query, 'category', APP_CATEGORIES);
  const subcategory = readChoice<AppSubcategory>(query, 'subcategory', APP_SUBCATEGORIES);
  if (subcategory !== undefined) {
    if (category !== undefined && categoryOf(subcategory) !== category) {
      throw new QueryError(
        `subcategory ${subcategory} belongs to ${categoryOf(subcategory)}, not to category ${category}`,
      );
    }
    return (app) => app.subcategories.includes(subcategory);
  }
  if (category !== undefined) return (app) => app.categories.includes(category);
  return () => true;
}

/** One response row; rank is absolute, `excess_tokens` a local additive field of `trending` (v1 allows additions). */
function toRow(score: AppScore, rank: number, sort: AppSort, huge: boolean): AppRankingsRow {
  const tokens = huge ? hugeTokensOf(score.tokens) : score.tokens;
  return {
    rank,
    app_id: score.app.id,
    app_name: score.app.name,
    total_tokens: tokens.toString(),
    total_requests: Number(score.tokens / BigInt(score.app.tokensPerRequest)),
    ...(sort === 'trending' ? { excess_tokens: (huge ? hugeTokensOf(score.excess) : score.excess).toString() } : {}),
  };
}

/**
 * The app-rankings handler. `total_tokens` is the window volume in both sorts; `trending` ranks by
 * `excess_tokens`. Ranks count within the filtered list (1..N), so `offset=50` starts at rank 51.
 */
export const appRankings: RouteHandler = (query, { world, now, hugeTokens }): AppRankingsResponse => {
  const sort = readChoice(query, 'sort', APP_SORTS, 'popular');
  const inScope = readScope(query);
  const { start, end } = resolveWindow(query, now);
  const limit = readInteger(query, 'limit', 1, 100, 50);
  const offset = readInteger(query, 'offset', 0, 100, 0);
  const ranked = rankScores(
    scoresOf(world, sort, start, end, now).filter((s) => inScope(s.app)),
    sort,
  );
  const data = ranked
    .slice(offset, offset + limit)
    .map((score, i) => toRow(score, offset + i + 1, sort, hugeTokens && offset + i === 0));
  return {
    data,
    meta: { as_of: now.toISOString(), version: 'v1', start_date: start, end_date: end, synthetic: true },
  };
};
