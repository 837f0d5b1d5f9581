/**
 * rankings-daily's newer parameters (SDK 1.3.x): which view and period a request asks for, by the SDK's rules,
 * and the per-bucket model totals of that view. The top-50 + `other` rule is applied per bucket by the handler.
 *
 * Buckets: `day` is each date of the window; `week` starts on Mondays and `month` on the 1st. Exact datasets sum
 * the window's days of each bucket, so the first and last buckets may be partial (the first one's date may lie
 * before `start_date`). The sampled datasets are weekly: a window holds every week whose Monday falls in
 * `[Monday of start_date, end_date]`, whole, so the trailing week may include traffic past `end_date` (up to now);
 * `month` sums those weeks by the month of their Monday.
 */
import { addDays, periodStartOf, weekStartOf } from '../lib/api/dates.ts';
import {
  CONTEXT_BUCKETS,
  exclusionProblem,
  LANGUAGE_TYPES,
  MODALITIES,
  NEWER_RANKINGS_PARAMS,
  RANKINGS_CATEGORIES,
  RANKINGS_PERIODS,
  type RankingsPeriod,
  resolvedPeriod,
} from '../lib/api/rankings-views.ts';
import { datesOf, type ResolvedWindow } from './dates.ts';
import { QueryError, readChoice, readParam } from './route.ts';
import type { World } from './world.ts';
import type { ModelTotal } from './world-models.ts';
import { type ExactFilter, exactTotalsOn, type SampledFilter, sampledWeekTotals } from './world-views.ts';

/** What a request asks of rankings-daily beyond its window. */
export interface RankingsViewQuery {
  readonly period: RankingsPeriod;
  /** `null`: the main dataset (exact filters both absent) is `exact` with no filter. */
  readonly sampled: SampledFilter | null;
  readonly exact: ExactFilter;
}

/** One bucket: its start date and every model's total in it, zeros included. */
export interface Bucket {
  readonly date: string;
  readonly totals: readonly ModelTotal[];
}

/**
 * Reads `period`, `category`, `language_type`, `modality` and `context_bucket`, or throws a 400 naming the rule:
 * an unknown value, `category` or `language_type` with any other filter, or with `period=day`. With `legacy`
 * (a server following the older spec) any of them is refused.
 */
export function readViewQuery(query: URLSearchParams, legacy: boolean): RankingsViewQuery {
  if (legacy) {
    const newer = NEWER_RANKINGS_PARAMS.find((name) => readParam(query, name) !== undefined);
    if (newer !== undefined) {
      throw new QueryError(`unknown parameter ${newer}: rankings-daily takes start_date and end_date only`);
    }
  }
  const given = {
    period: readChoice(query, 'period', RANKINGS_PERIODS),
    category: readChoice(query, 'category', RANKINGS_CATEGORIES),
    language_type: readChoice(query, 'language_type', LANGUAGE_TYPES),
    modality: readChoice(query, 'modality', MODALITIES),
    context_bucket: readChoice(query, 'context_bucket', CONTEXT_BUCKETS),
  };
  const problem = exclusionProblem(given);
  if (problem !== null) throw new QueryError(problem);
  const sampled: SampledFilter | null =
    given.category !== undefined
      ? { param: 'category', value: given.category }
      : given.language_type !== undefined
        ? { param: 'language_type', value: given.language_type }
        : null;
  return {
    period: resolvedPeriod(given),
    sampled,
    exact: { modality: given.modality, contextBucket: given.context_bucket },
  };
}

/** Adds totals model by model, keeping first-seen order. */
function sumTotals(groups: readonly (readonly ModelTotal[])[]): ModelTotal[] {
  const sums = new Map<string, bigint>();
  for (const totals of groups) {
    for (const { slug, tokens } of totals) sums.set(slug, (sums.get(slug) ?? 0n) + tokens);
  }
  return [...sums].map(([slug, tokens]) => ({ slug, tokens }));
}

/** Groups items by a key, in first-seen order. */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The exact dataset's buckets: each bucket sums the window's days that fall in it. */
function exactBuckets(view: RankingsViewQuery, window: ResolvedWindow, world: World, now: Date): Bucket[] {
  const days = groupBy(datesOf(window.start, window.end), (date) => periodStartOf(date, view.period));
  return [...days].map(([date, dates]) => ({
    date,
    totals: sumTotals(dates.map((day) => exactTotalsOn(world, day, now, view.exact))),
  }));
}

/** The sampled dataset's buckets: whole weeks whose Monday is in the window (by Monday), summed per month. */
function sampledBuckets(
  filter: SampledFilter,
  period: RankingsPeriod,
  window: ResolvedWindow,
  world: World,
  now: Date,
): Bucket[] {
  const weeks: string[] = [];
  for (let week = weekStartOf(window.start); week <= window.end; week = addDays(week, 7)) weeks.push(week);
  const groups = groupBy(weeks, (week) => periodStartOf(week, period));
  return [...groups].map(([date, members]) => ({
    date,
    totals: sumTotals(members.map((week) => sampledWeekTotals(world, week, now, filter))),
  }));
}

/** The buckets of a view over a resolved window, by date ascending, each with every model's total. */
export function viewBuckets(view: RankingsViewQuery, window: ResolvedWindow, world: World, now: Date): Bucket[] {
  return view.sampled === null
    ? exactBuckets(view, window, world, now)
    : sampledBuckets(view.sampled, view.period, window, world, now);
}
