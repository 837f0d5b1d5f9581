/**
 * Recent OpenRouter usage per base model, to size benchmark points: tokens over the last 30 complete days of
 * rankings-daily, summed per {@link toBaseSlug} so dated and `:variant` slugs count toward their base model.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { OTHER_SLUG } from '../api/rankings-daily.ts';
import { toBaseSlug } from './model-slugs.ts';
import { toTokens } from './tokens.ts';

/** Days of usage behind each benchmark point. */
export const RECENT_USAGE_DAYS = 30;

/** Tokens per base model over an inclusive window of complete days. */
export type RecentUsage = { start: string; end: string; tokens: ReadonlyMap<string, bigint> };

/** `YYYY-MM-DD` shifted by `days` (UTC): `shiftDate('2026-03-01', -1) === '2026-02-28'`. */
export function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Usage over the {@link RECENT_USAGE_DAYS} days ending on the newest complete day in `rows`. A day is complete
 * when it is before the UTC date of `asOf` (the spec: the current day's totals still change). The `other` row is
 * not a model and is left out. Null when no complete day exists.
 */
export function toRecentUsage(rows: readonly RankingsDailyRow[], asOf: string): RecentUsage | null {
  const today = asOf.slice(0, 10);
  let end = '';
  for (const row of rows) if (row.date < today && row.date > end) end = row.date;
  if (end === '') return null;
  const start = shiftDate(end, -(RECENT_USAGE_DAYS - 1));
  const tokens = new Map<string, bigint>();
  for (const row of rows) {
    if (row.date < start || row.date > end || row.model_permaslug === OTHER_SLUG) continue;
    const base = toBaseSlug(row.model_permaslug);
    tokens.set(base, (tokens.get(base) ?? 0n) + toTokens(row.total_tokens));
  }
  return { start, end, tokens };
}
