/**
 * The models' weekly ranks, for the bump chart of ranks over time: each ISO week's top-50 tokens summed per model
 * and ranked (ties alphabetical, the API's rule). A week the archive holds only part of (the first, or the one in
 * progress) is ranked over the days it has: every model is measured over the same days, so ranks stay comparable;
 * `days` says how many. Every archived week past two years is too many columns to read (or to ship): that span is
 * ranked by calendar month instead, by the same rule.
 */
import { addDays, daysBetween, periodStartOf } from '../api/dates.ts';
import { OTHER_SLUG, type RankingsDailyRow } from '../api/rankings-daily.ts';
import type { RankColumn } from './bump.ts';
import { displayNameOf } from './model-slugs.ts';
import { rankKeys } from './shares.ts';
import { toTokens } from './tokens.ts';

/** The spans of the bump chart: the last 26 weeks, or every archived week. */
export const BUMP_WINDOWS = ['6m', 'all'] as const;
export type BumpWindow = (typeof BUMP_WINDOWS)[number];

/** Weeks each span covers, counting the newest (null: all). */
const WINDOW_WEEKS: Readonly<Record<BumpWindow, number | null>> = { '6m': 26, all: null };

/** What a column of ranks sums: an ISO week, or a calendar month. */
export type RankPeriod = 'week' | 'month';

/** The most weekly columns a span draws; a longer span is ranked by month. */
export const MAX_WEEK_COLUMNS = 104;

/** One period's summed tokens per model and the dates of it the archive holds; `start` is its first day. */
type PeriodTotals = { start: string; byModel: Map<string, bigint>; dates: Set<string> };

/** Rows grouped into periods, ascending. Precondition: rows sorted by date ascending. */
function toPeriodTotals(rows: readonly RankingsDailyRow[], period: RankPeriod): PeriodTotals[] {
  const periods = new Map<string, PeriodTotals>();
  for (const row of rows) {
    const start = periodStartOf(row.date, period);
    let totals = periods.get(start);
    if (!totals) {
      totals = { start, byModel: new Map(), dates: new Set() };
      periods.set(start, totals);
    }
    totals.dates.add(row.date);
    if (row.model_permaslug === OTHER_SLUG) continue;
    totals.byModel.set(
      row.model_permaslug,
      (totals.byModel.get(row.model_permaslug) ?? 0n) + toTokens(row.total_tokens),
    );
  }
  return [...periods.values()];
}

/** The first day of the period after the one starting on `start`. */
function nextStart(start: string, period: RankPeriod): string {
  return periodStartOf(addDays(start, period === 'week' ? 7 : 31), period);
}

/** Columns of ranked periods, each dated by its first day; a period missing between two others is a gap. */
function toColumns(
  periods: readonly PeriodTotals[],
  period: RankPeriod,
  nameOf: (permaslug: string) => string,
): RankColumn[] {
  return periods.map((totals, i) => {
    const previous = periods[i - 1]?.start;
    const keys = rankKeys(totals.byModel);
    return {
      date: totals.start,
      gapBefore: previous !== undefined && nextStart(previous, period) !== totals.start,
      ranks: new Map(keys.map((key, rank) => [key, rank + 1])),
      labels: new Map(keys.map((key) => [key, nameOf(key)])),
      days: totals.dates.size,
    };
  });
}

/**
 * The rank columns of a span, one per ISO week (dated by its Monday), labelled by `nameOf` (default `displayNameOf`);
 * a week with no rows between two others is a gap. Precondition: complete days only (see `toCompleteDays`), date ascending.
 * Example: rows of Mon 16 to Wed 25 Nov 2026 -> weeks 2026-11-16 (7 days) and 2026-11-23 (3 days).
 */
export function toWeeklyRankColumns(
  rows: readonly RankingsDailyRow[],
  window: BumpWindow,
  nameOf: (permaslug: string) => string = displayNameOf,
): RankColumn[] {
  const weeks = toPeriodTotals(rows, 'week');
  const newest = weeks.at(-1)?.start;
  const span = WINDOW_WEEKS[window];
  const kept =
    span === null || newest === undefined ? weeks : weeks.filter((w) => daysBetween(w.start, newest) < span * 7);
  return toColumns(kept, 'week', nameOf);
}

/**
 * The rank columns a span draws and what each sums: its weeks (`toWeeklyRankColumns`), or, for a span of more than
 * `MAX_WEEK_COLUMNS` weeks, its calendar months (dated by their first day, `days` the days of each held).
 */
export function toRankColumns(
  rows: readonly RankingsDailyRow[],
  window: BumpWindow,
  nameOf: (permaslug: string) => string = displayNameOf,
): { period: RankPeriod; columns: RankColumn[] } {
  const weekly = toWeeklyRankColumns(rows, window, nameOf);
  if (weekly.length <= MAX_WEEK_COLUMNS) return { period: 'week', columns: weekly };
  return { period: 'month', columns: toColumns(toPeriodTotals(rows, 'month'), 'month', nameOf) };
}
