/** Rankings rows grouped by day: the first stage of the movers and the feed. */
import { OTHER_SLUG, type RankingsDailyRow } from '../api/rankings-daily.ts';
import { toTokens } from './tokens.ts';

/** One day: each top-50 model's exact tokens, and the day's total (every model and `other`). */
export type DayTotals = { byModel: Map<string, bigint>; total: bigint };

/**
 * Rows by date, in the rows' order: `toDayTotals(day('2026-11-20', { 'a/x': 3 }, 1))` ->
 * `{ '2026-11-20' => { byModel: { 'a/x' => 3n }, total: 4n } }`. `other` counts in the total only.
 */
export function toDayTotals(rows: readonly RankingsDailyRow[]): Map<string, DayTotals> {
  const days = new Map<string, DayTotals>();
  for (const row of rows) {
    let day = days.get(row.date);
    if (!day) {
      day = { byModel: new Map(), total: 0n };
      days.set(row.date, day);
    }
    const tokens = toTokens(row.total_tokens);
    day.total += tokens;
    if (row.model_permaslug !== OTHER_SLUG) day.byModel.set(row.model_permaslug, tokens);
  }
  return days;
}
