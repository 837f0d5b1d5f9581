/**
 * A model's place across the use-case categories: in each category, its share of that category's tokens over the
 * last N whole weeks, its rank there and its tokens. The category views are sampled and upsampled, so every figure
 * is an estimate. Stages: a category's weekly rows -> {@link CategoryWindow} (once per build) -> one model's
 * {@link MixRow}s.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { toCsv } from './csv.ts';
import { formatShare } from './format.ts';
import { describeRange } from './model-text.ts';
import { isolate } from './safe-text.ts';
import { rankKeys, toKeyTotals, toPeriodTotals } from './shares.ts';
import { shareOf, sumTokens } from './tokens.ts';
import { toWeekRange } from './weekly-shares.ts';
import type { DateRange } from './windows.ts';

/** How many of the newest whole weeks a model's mix covers. */
const MIX_WEEKS = 4;

/**
 * One category over a window: the category's total (the API's `other` included) and each listed model's tokens
 * and rank (1 = most tokens; ties alphabetical). A model is listed when it was in a week's top 50.
 */
export type CategoryWindow = {
  category: string;
  range: DateRange;
  total: bigint;
  tokens: ReadonlyMap<string, bigint>;
  rankOf: ReadonlyMap<string, number>;
};

/**
 * The last `weeks` weeks of one category, or `null` without rows. Precondition: whole weeks only (see
 * `toWholeWeeks`), dated by Monday, ascending.
 */
export function toCategoryWindow(
  category: string,
  rows: readonly RankingsDailyRow[],
  weeks = MIX_WEEKS,
): CategoryWindow | null {
  const first = rows[0]?.date;
  const last = rows.at(-1)?.date;
  if (first === undefined || last === undefined) return null;
  const range = toWeekRange(first, last, weeks);
  if (!range) return null;
  const periods = toPeriodTotals(rows, range);
  const tokens = toKeyTotals(periods);
  const rankOf = new Map(rankKeys(tokens).map((key, i) => [key, i + 1]));
  return { category, range, total: sumTokens(periods.map((p) => p.total)), tokens, rankOf };
}

/** A model in one category's window: its tokens and share of the category's total; rank `null` when not listed. */
export type MixRow = {
  category: string;
  range: DateRange;
  tokens: bigint;
  share: number;
  rank: number | null;
  total: bigint;
};

/**
 * A model's row in every category, by share descending; categories where it was not listed follow with 0 tokens,
 * in the given order. `toModelMix([programming, roleplay], 'a/x')` -> `[{ category: 'programming', share: 0.4,
 * rank: 1, … }, { category: 'roleplay', share: 0, rank: null, … }]` for a model used only for programming.
 */
export function toModelMix(windows: readonly CategoryWindow[], permaslug: string): MixRow[] {
  const rows = windows.map((w) => {
    const tokens = w.tokens.get(permaslug) ?? 0n;
    const rank = w.rankOf.get(permaslug) ?? null;
    return { category: w.category, range: w.range, tokens, share: shareOf(tokens, w.total), rank, total: w.total };
  });
  return rows.toSorted((a, b) => b.share - a.share);
}

/** How a category is named in prose, e.g. `programming` -> `Programming`. */
export type CategoryLabel = (category: string) => string;

/**
 * The mix in words, from the data: "Estimates over the 4 weeks to 15 Nov 2026: openai/gpt-5 was in the weekly top
 * 50 of 7 of 12 categories. Its largest share was in Programming (12.3% of the category's tokens, rank 2), then
 * Science (8.1%, rank 4)."
 */
export function describeModelMix(label: string, mix: readonly MixRow[], labelOf: CategoryLabel): string {
  const name = isolate(label);
  const listed = mix.filter((row) => row.rank !== null);
  const range = mix[0]?.range;
  const over = range ? `Estimates over ${describeRange({ range })}` : 'Estimates';
  const [first, second] = listed;
  if (!first) return `${over}: ${name} was not in the weekly top 50 of any use-case category.`;
  const presence = `${over}: ${name} was in the weekly top 50 of ${listed.length} of ${mix.length} categories.`;
  const lead = `Its largest share was in ${labelOf(first.category)} (${formatShare(first.share)} of the category's tokens, rank ${first.rank})`;
  const then = second ? `, then ${labelOf(second.category)} (${formatShare(second.share)}, rank ${second.rank})` : '';
  return `${presence} ${lead}${then}.`;
}

/** The mix as CSV, rows as shown: the category and its weeks, the model's and the category's tokens, share, rank. */
export function modelMixCsv(mix: readonly MixRow[]): string {
  return toCsv(
    [
      { header: 'category', value: (r) => r.category },
      { header: 'from', value: (r) => r.range.start },
      { header: 'to', value: (r) => r.range.end },
      { header: 'model_tokens_estimate', value: (r) => r.tokens },
      { header: 'category_tokens_estimate', value: (r) => r.total },
      { header: 'share_of_category', value: (r) => r.share.toFixed(6) },
      { header: 'rank', value: (r) => r.rank },
    ],
    mix,
  );
}
