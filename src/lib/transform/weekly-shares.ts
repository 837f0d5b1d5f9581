/**
 * Token share of the weekly rankings views (use-case category, language type, modality, context length). Their
 * rows are ISO-week sums dated by the week's Monday (`period=week`), so the daily windows of `windows.ts` do not
 * apply: a view keeps whole weeks only, takes the last N of them, and reuses the stages of `shares.ts` (period
 * totals -> top keys -> points with a trailing `Other`) at the `week` grain.
 */
import { DATASET_START } from '../api/common.ts';
import { addDays, daysBetween } from '../api/dates.ts';
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { asOfDate } from './partial.ts';
import {
  DEFAULT_TOP_N,
  OTHER_KEY,
  pickTopKeys,
  toPeriodTotals,
  toSharePoints,
  type KeyOf,
  type ShareSeries,
} from './shares.ts';
import { shareOf, sumTokens } from './tokens.ts';
import { weekStartOf, type DateRange } from './windows.ts';

/** The windows of a weekly view, in toggle order. */
export const WEEK_WINDOWS = ['12w', '52w', 'all'] as const;
export type WeekWindow = (typeof WEEK_WINDOWS)[number];

/** Weeks each window spans; `all` is the whole history. */
const WINDOW_WEEKS: Readonly<Record<WeekWindow, number | null>> = { '12w': 12, '52w': 52, all: null };

/** Rows of whole weeks only, and the Mondays of the weeks left out at either end (ascending). */
export type WholeWeeks = { rows: RankingsDailyRow[]; inProgress: string[]; leading: string[] };

/**
 * Keeps whole weeks: drops each week whose Sunday is on or after the UTC date of `asOf` (in progress: its totals
 * still grow, and a sampled view's trailing week may hold traffic past `end_date`) and each week that starts
 * before `first` (the history's first week, 30 Dec 2024, holds only 2025's days). When `asOf` cannot be read, the
 * newest week is assumed to be in progress. Precondition: rows dated by Monday, ascending. Does not mutate `rows`.
 * `toWholeWeeks(rows of 2026-11-09 and 2026-11-16, '2026-11-20T12:00:00Z')` keeps 9 Nov and leaves out 16 Nov.
 */
export function toWholeWeeks(rows: readonly RankingsDailyRow[], asOf: string, first = DATASET_START): WholeWeeks {
  const newest = rows.at(-1)?.date;
  if (newest === undefined) return { rows: [], inProgress: [], leading: [] };
  const cutoff = asOfDate(asOf) ?? addDays(newest, 6);
  const isLeading = (monday: string) => monday < first;
  const isInProgress = (monday: string) => addDays(monday, 6) >= cutoff;
  const mondays = [...new Set(rows.map((row) => row.date))];
  return {
    rows: rows.filter((row) => !isLeading(row.date) && !isInProgress(row.date)),
    inProgress: mondays.filter((monday) => !isLeading(monday) && isInProgress(monday)),
    leading: mondays.filter(isLeading),
  };
}

/**
 * The weeks a window covers, given the first and last Mondays of a history: the last `weeks` calendar weeks to
 * `last`, clipped to `first` (`null` weeks: all of them), as a `week`-grain range from a Monday to a Sunday:
 * `toWeekRange('2025-01-06', '2026-11-09', 12)` covers 24 Aug 2026 – 15 Nov 2026 (84 days).
 */
export function toWeekRange(first: string, last: string, weeks: number | null): DateRange | null {
  if (first > last) return null;
  const wanted = weeks === null ? first : addDays(last, -7 * (weeks - 1));
  const start = weekStartOf(wanted < first ? first : wanted);
  const end = addDays(last, 6);
  return { start, end, days: daysBetween(start, end) + 1, grain: 'week' };
}

/** Options of {@link toWeeklyShareSeries}: the window, how many keys get a series, and what a key is. */
export type WeeklyShareOptions = { window: WeekWindow; topN?: number; keyOf?: KeyOf };

/**
 * The share series of a weekly view over a window ending at its newest week: top N keys plus a trailing `Other`
 * (the API's `other` row and every key outside the top), one period per week. `null` without rows.
 * Precondition: whole weeks only (see {@link toWholeWeeks}), dated by Monday, ascending.
 */
export function toWeeklyShareSeries(
  rows: readonly RankingsDailyRow[],
  options: WeeklyShareOptions,
): ShareSeries | null {
  const first = rows[0]?.date;
  const last = rows.at(-1)?.date;
  if (first === undefined || last === undefined) return null;
  const range = toWeekRange(first, last, WINDOW_WEEKS[options.window]);
  if (!range) return null;
  const periods = toPeriodTotals(rows, range, options.keyOf);
  const top = pickTopKeys(periods, options.topN ?? DEFAULT_TOP_N);
  const points = toSharePoints(periods, top);
  const total = sumTokens(periods.map((p) => p.total));
  const keys = [...top, OTHER_KEY];
  const totals = keys.map((key) => {
    const tokens = sumTokens(points.flatMap((p) => (p.key === key ? [p.tokens] : [])));
    return { key, tokens, share: shareOf(tokens, total) };
  });
  return { range, keys, periods: periods.map((p) => p.period), points, totals, total };
}
