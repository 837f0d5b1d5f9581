/**
 * The in-progress day. The spec: the dataset "updates live", so the current UTC day's totals still grow. A date
 * is in progress when it is on or after the UTC date of the response's `as_of` (the response was generated during
 * that day, or the clocks disagree); such a date is never drawn as if complete.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';

/** Rows of complete days only, and the dates left out because they were still in progress (ascending). */
export type CompleteDays = { rows: RankingsDailyRow[]; inProgress: string[] };

/**
 * The UTC date of an `as_of` timestamp: `asOfDate('2026-11-25T10:00:00+02:00') === '2026-11-25'`,
 * `asOfDate('2026-11-25T01:00:00+02:00') === '2026-11-24'`; `null` when it cannot be read.
 */
export function asOfDate(asOf: string): string | null {
  const time = Date.parse(asOf);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/**
 * Drops every date on or after the UTC date of `asOf` and says which dates were dropped. When `asOf` cannot be
 * read, the newest date is assumed to be in progress: leaving out a complete day is the safe mistake.
 * Precondition: `rows` sorted by date ascending (the archive's order). Does not mutate `rows`.
 */
export function toCompleteDays(rows: readonly RankingsDailyRow[], asOf: string): CompleteDays {
  const newest = rows.at(-1)?.date;
  if (newest === undefined) return { rows: [], inProgress: [] };
  const cutoff = asOfDate(asOf) ?? newest;
  const complete = rows.filter((row) => row.date < cutoff);
  const inProgress = [...new Set(rows.filter((row) => row.date >= cutoff).map((row) => row.date))];
  return { rows: complete, inProgress };
}
