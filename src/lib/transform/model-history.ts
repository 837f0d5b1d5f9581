/**
 * One model over time, for its page: daily tokens, share of the day and rank within the day's top 50, plus the
 * list of every model that ever appeared (the pages to build).
 */
import { OTHER_SLUG, type RankingsDailyRow } from '../api/rankings-daily.ts';
import { rankKeys } from './shares.ts';
import { shareOf, toTokens } from './tokens.ts';

/**
 * A model on one archived day, with the day's total tokens (every model and `other`: what `share` divides by). On a
 * day it is missing from the top 50 its tokens are inside that day's `other`, so `tokens`, `share` and `rank` are
 * null (unknown, and below the 50th model), never 0.
 */
export type ModelDay = {
  date: string;
  tokens: bigint | null;
  share: number | null;
  rank: number | null;
  total: bigint;
};

/** Every model that ever appeared, with its all-time tokens and the days it was in the top 50. */
export type ModelSummary = {
  permaslug: string;
  tokens: bigint;
  firstDate: string;
  lastDate: string;
  daysRanked: number;
  bestRank: number;
};

/** A day's values while the model is outside the top 50. */
const UNRANKED = { tokens: null, share: null, rank: null } as const;

/** One day's models ranked by tokens (ties alphabetical, the API's rule), with the day's total. */
type RankedDay = { date: string; total: bigint; ranked: { permaslug: string; tokens: bigint; rank: number }[] };

/** Groups rows by date and ranks each day. Precondition: rows sorted by date ascending. */
function toRankedDays(rows: readonly RankingsDailyRow[]): RankedDay[] {
  const byDate = new Map<string, Map<string, bigint>>();
  const totals = new Map<string, bigint>();
  for (const row of rows) {
    const tokens = toTokens(row.total_tokens);
    totals.set(row.date, (totals.get(row.date) ?? 0n) + tokens);
    if (row.model_permaslug === OTHER_SLUG) continue;
    const models = byDate.get(row.date) ?? new Map<string, bigint>();
    models.set(row.model_permaslug, tokens);
    byDate.set(row.date, models);
  }
  return [...totals].map(([date, total]) => {
    const models = byDate.get(date) ?? new Map<string, bigint>();
    const ranked = rankKeys(models).map((permaslug, i) => {
      return { permaslug, tokens: models.get(permaslug) ?? 0n, rank: i + 1 };
    });
    return { date, total, ranked };
  });
}

/**
 * A model's days from its first appearance through the newest archived date (days it dropped out included, as
 * nulls). Empty when the model never appeared. Precondition: complete days only, sorted by date ascending.
 */
export function toModelHistory(rows: readonly RankingsDailyRow[], permaslug: string): ModelDay[] {
  return toModelHistories(rows).get(permaslug) ?? [];
}

/** {@link toModelHistory} of every model at once, ranking each day a single time (for building every model page). */
export function toModelHistories(rows: readonly RankingsDailyRow[]): Map<string, ModelDay[]> {
  const days = toRankedDays(rows);
  const histories = new Map<string, ModelDay[]>();
  days.forEach(({ date, total, ranked }, dayIndex) => {
    for (const { permaslug, tokens, rank } of ranked) {
      let history = histories.get(permaslug);
      if (!history) {
        // From its first appearance on, a model has one entry per archived day; fill the rest in below.
        history = days.slice(dayIndex).map((d) => ({ ...UNRANKED, date: d.date, total: d.total }));
        histories.set(permaslug, history);
      }
      const offset = history.length - (days.length - dayIndex);
      history[offset] = { date, tokens, share: shareOf(tokens, total), rank, total };
    }
  });
  return histories;
}

/** Every model in the archive, by all-time tokens descending (ties alphabetical); `other` is not a model. */
export function toModelList(rows: readonly RankingsDailyRow[]): ModelSummary[] {
  const summaries = new Map<string, ModelSummary>();
  for (const { date, ranked } of toRankedDays(rows))
    for (const { permaslug, tokens, rank } of ranked) {
      const known = summaries.get(permaslug);
      if (!known) {
        summaries.set(permaslug, { permaslug, tokens, firstDate: date, lastDate: date, daysRanked: 1, bestRank: rank });
        continue;
      }
      known.tokens += tokens;
      known.lastDate = date;
      known.daysRanked += 1;
      known.bestRank = Math.min(known.bestRank, rank);
    }
  const order = rankKeys(new Map([...summaries].map(([slug, s]) => [slug, s.tokens])));
  return order.flatMap((slug) => summaries.get(slug) ?? []);
}
