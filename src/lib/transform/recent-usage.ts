/**
 * Recent OpenRouter usage per base model, to size benchmark points: tokens over the last 30 complete days of
 * rankings-daily, summed per {@link toBaseSlug} so dated and `:variant` slugs count toward their base model.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { OTHER_SLUG } from '../api/rankings-daily.ts';
import { toBaseSlug } from './model-slugs.ts';
import { toTokens } from './tokens.ts';
import { addDays } from '../api/dates.ts';
import { toCompleteDays } from './partial.ts';

/** Days of usage behind each benchmark point. */
export const RECENT_USAGE_DAYS = 30;

/**
 * Tokens per base model over an inclusive window of complete days, and per base model the permaslug that carried
 * the most of them (ties: the first in row order), to link a benchmark's model to its rankings page.
 */
export type RecentUsage = {
  start: string;
  end: string;
  tokens: ReadonlyMap<string, bigint>;
  models: ReadonlyMap<string, string>;
};

/**
 * Usage over the {@link RECENT_USAGE_DAYS} days ending on the newest complete day in `rows`. A day is complete
 * by `toCompleteDays` (before the UTC date of `asOf`: the current day's totals still change). The `other` row is
 * not a model and is left out. Null when no complete day exists.
 */
export function toRecentUsage(rows: readonly RankingsDailyRow[], asOf: string): RecentUsage | null {
  const end = toCompleteDays(rows, asOf).rows.at(-1)?.date;
  if (end === undefined) return null;
  const start = addDays(end, -(RECENT_USAGE_DAYS - 1));
  const tokens = new Map<string, bigint>();
  const bySlug = new Map<string, bigint>();
  for (const row of rows) {
    if (row.date < start || row.date > end || row.model_permaslug === OTHER_SLUG) continue;
    const base = toBaseSlug(row.model_permaslug);
    tokens.set(base, (tokens.get(base) ?? 0n) + toTokens(row.total_tokens));
    bySlug.set(row.model_permaslug, (bySlug.get(row.model_permaslug) ?? 0n) + toTokens(row.total_tokens));
  }
  const models = new Map<string, string>();
  for (const [slug, sum] of bySlug) {
    const base = toBaseSlug(slug);
    const best = models.get(base);
    if (best === undefined || sum > (bySlug.get(best) ?? 0n)) models.set(base, slug);
  }
  return { start, end, tokens, models };
}
