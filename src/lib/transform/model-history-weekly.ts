/**
 * A model's history as its page draws and tabulates it: the last year day by day and older days as ISO weeks
 * (Monday to Sunday), so a page stays a few hundred points however long the archive grows. The downloadable CSV
 * keeps every day (`modelHistoryCsv` over the daily history).
 */
import { addDays, daysBetween, weekStartOf } from '../api/dates.ts';
import type { ModelDay } from './model-history.ts';
import { shareOf, sumTokens } from './tokens.ts';
import type { Grain } from './windows.ts';

/** Days drawn daily at the end of a long history (at least; the daily part starts on a Monday). */
export const DAILY_DAYS = 365;

/**
 * Histories spanning at most this many days are daily throughout: a few weekly points would save little and make a
 * short history harder to read.
 */
export const ALL_DAILY_MAX_DAYS = 400;

/**
 * One point of a model's chart and one row of its table: a day, or an ISO week summarised over its days in which the
 * model was in the top 50 (the only days its tokens are known). Values are null when it ranked on none of them.
 */
export type ModelPeriod = {
  /** The day, or the Monday of the week. */
  date: string;
  grain: Grain;
  /** Archived days of the model's history in the period: 1 for a day; 7 for a week, unless its history starts in it. */
  days: number;
  /** Days of them the model was in the top 50. */
  rankedDays: number;
  /** Exact tokens over the ranked days. */
  tokens: bigint | null;
  /** `tokens / rankedDays`, rounded half up to a whole token: what "tokens per day" draws at either grain. */
  tokensPerDay: bigint | null;
  /** Token-weighted: the tokens over the ranked days' total tokens (every model and `other`). */
  share: number | null;
  /** The day's rank; for a week, the median over its ranked days, the better of the two middle ranks when even. */
  rank: number | null;
};

/** The periods of a history, and the first date drawn daily when older days are weekly (null: daily throughout). */
export type ModelPeriods = { periods: ModelPeriod[]; dailyFrom: string | null };

/** A day the model was in the top 50. */
type RankedDay = ModelDay & { tokens: bigint; rank: number };

/** `a / b` rounded half up, exactly: `divideRounded(7n, 2) === 4n`. Precondition: `a >= 0n`, `b > 0`. */
function divideRounded(a: bigint, b: number): bigint {
  const divisor = BigInt(b);
  return (2n * a + divisor) / (2n * divisor);
}

/** The median of ranks, the lower (better) middle one when their count is even. Precondition: non-empty. */
function medianRank(ranks: readonly number[]): number {
  const sorted = [...ranks].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** A day as a period: its own values, unchanged. */
function toDayPeriod(day: ModelDay): ModelPeriod {
  const { date, tokens, share, rank } = day;
  const rankedDays = tokens === null ? 0 : 1;
  return { date, grain: 'day', days: 1, rankedDays, tokens, tokensPerDay: tokens, share, rank };
}

/** One week from the days of it in the history, summarised over those the model ranked on. */
function toWeekPeriod(monday: string, days: readonly ModelDay[]): ModelPeriod {
  const ranked = days.filter((d): d is RankedDay => d.tokens !== null && d.rank !== null);
  const week = { date: monday, grain: 'week' as const, days: days.length, rankedDays: ranked.length };
  if (ranked.length === 0) return { ...week, tokens: null, tokensPerDay: null, share: null, rank: null };
  const tokens = sumTokens(ranked.map((d) => d.tokens));
  return {
    ...week,
    tokens,
    tokensPerDay: divideRounded(tokens, ranked.length),
    share: shareOf(tokens, sumTokens(ranked.map((d) => d.total))),
    rank: medianRank(ranked.map((d) => d.rank)),
  };
}

/** Days grouped into ISO weeks, in order. Precondition: days sorted by date ascending. */
function toWeekPeriods(days: readonly ModelDay[]): ModelPeriod[] {
  const weeks = new Map<string, ModelDay[]>();
  for (const day of days) {
    const monday = weekStartOf(day.date);
    const week = weeks.get(monday);
    if (week) week.push(day);
    else weeks.set(monday, [day]);
  }
  return [...weeks].map(([monday, inWeek]) => toWeekPeriod(monday, inWeek));
}

/**
 * The periods a model's page shows. A history spanning at most {@link ALL_DAILY_MAX_DAYS} days stays daily, as is.
 * A longer one is daily from the Monday on or before its last 365 days (so 365 to 371 days) and weekly before that.
 * Starting the daily part on a Monday means no week is split between the grains, and every weekly bucket is a
 * whole Monday-to-Sunday week, except the model's first when its history starts mid-week: that one is summarised
 * over the days it has, like every week, so it is never understated as if traffic had dropped.
 * Precondition: days sorted by date ascending (as `toModelHistory` returns them). Does not mutate `history`.
 * A history from 1 Jan 2025 to 31 Dec 2029 is weekly for the weeks of 30 Dec 2024 (5 days) to 24 Dec 2028, and daily
 * from Monday 1 Jan 2029 (365 days); one ending Sunday 30 Dec 2029 is daily from Monday 25 Dec 2028 (371 days).
 */
export function toModelPeriods(history: readonly ModelDay[]): ModelPeriods {
  const first = history[0];
  const last = history.at(-1);
  if (!first || !last || daysBetween(first.date, last.date) + 1 <= ALL_DAILY_MAX_DAYS) {
    return { periods: history.map(toDayPeriod), dailyFrom: null };
  }
  const dailyFrom = weekStartOf(addDays(last.date, -(DAILY_DAYS - 1)));
  const weekly = toWeekPeriods(history.filter((d) => d.date < dailyFrom));
  const daily = history.filter((d) => d.date >= dailyFrom).map(toDayPeriod);
  return { periods: [...weekly, ...daily], dailyFrom };
}
