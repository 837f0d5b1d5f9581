/**
 * The models' weekly ranks, for the bump chart of ranks over time: each ISO week's top-50 tokens summed per model
 * and ranked (ties alphabetical, the API's rule). A week the archive holds only part of (the first, or the one in
 * progress) is ranked over the days it has: every model is measured over the same days, so ranks stay comparable;
 * `days` says how many.
 */
import { daysBetween, weekStartOf } from '../api/dates.ts';
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

/** One week's summed tokens per model and the dates of it the archive holds. */
type WeekTotals = { monday: string; byModel: Map<string, bigint>; dates: Set<string> };

/** Rows grouped into ISO weeks, ascending. Precondition: rows sorted by date ascending. */
function toWeekTotals(rows: readonly RankingsDailyRow[]): WeekTotals[] {
  const weeks = new Map<string, WeekTotals>();
  for (const row of rows) {
    const monday = weekStartOf(row.date);
    let week = weeks.get(monday);
    if (!week) {
      week = { monday, byModel: new Map(), dates: new Set() };
      weeks.set(monday, week);
    }
    week.dates.add(row.date);
    if (row.model_permaslug === OTHER_SLUG) continue;
    week.byModel.set(row.model_permaslug, (week.byModel.get(row.model_permaslug) ?? 0n) + toTokens(row.total_tokens));
  }
  return [...weeks.values()];
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
  const weeks = toWeekTotals(rows);
  const newest = weeks.at(-1)?.monday;
  const span = WINDOW_WEEKS[window];
  const kept =
    span === null || newest === undefined ? weeks : weeks.filter((w) => daysBetween(w.monday, newest) < span * 7);
  return kept.map((week, i) => {
    const previous = kept[i - 1]?.monday;
    const keys = rankKeys(week.byModel);
    return {
      date: week.monday,
      gapBefore: previous !== undefined && daysBetween(previous, week.monday) > 7,
      ranks: new Map(keys.map((key, rank) => [key, rank + 1])),
      labels: new Map(keys.map((key) => [key, nameOf(key)])),
      days: week.dates.size,
    };
  });
}
