/**
 * Token share over a window, in named stages: rows -> period totals (per key, per day or ISO week) -> the top
 * keys -> a share series whose trailing `Other` folds the API's `other` row and every key outside the top.
 * A key is a model permaslug by default, or anything `keyOf` maps it to (e.g. its author).
 */
import { OTHER_SLUG, type RankingsDailyRow } from '../api/rankings-daily.ts';
import { shareOf, sumTokens, toTokens } from './tokens.ts';
import { inRange, periodOf, toDateRange, type DateRange, type ShareWindow } from './windows.ts';

/** The key of the trailing series: the API's `other` row plus every key folded out of the top N. */
export const OTHER_KEY = OTHER_SLUG;

/** How many keys get their own series unless told otherwise. */
export const DEFAULT_TOP_N = 15;

/** Maps a permaslug to the key it is counted under; identity for models, `authorOf` for authors. */
export type KeyOf = (permaslug: string) => string;

/** One period's totals: tokens per key from the top-50 rows, the API's `other`, and everything together. */
export type PeriodTotals = { period: string; byKey: ReadonlyMap<string, bigint>; other: bigint; total: bigint };

/** One drawn value: a key's tokens in one period and its share of that period's total. */
export type SharePoint = { period: string; key: string; tokens: bigint; share: number };

/** A key's total over the whole window, in the order the chart stacks and the legend lists. */
export type ShareTotal = { key: string; tokens: bigint; share: number };

/**
 * What the share chart draws. `keys`: the top keys by window total (descending, ties alphabetical), then
 * `OTHER_KEY`, always last. `points`: key-major in `keys` order, then period ascending; a key missing from a
 * period's top 50 is 0 there (its tokens are inside that period's `other`).
 */
export type ShareSeries = {
  range: DateRange;
  keys: string[];
  periods: string[];
  points: SharePoint[];
  totals: ShareTotal[];
  total: bigint;
  /** True when the periods are calendar months of the range's weeks (`toMonthlySeries`: a narrow chart's view). */
  byMonth?: boolean;
};

const identity: KeyOf = (permaslug) => permaslug;

/**
 * Stage 1: sums rows inside `range` per period (day or ISO week) and key. The API's `other` row stays apart
 * from the keys, so an author or model can never be confused with it.
 * Precondition: rows sorted by date ascending; periods come out ascending.
 */
export function toPeriodTotals(
  rows: readonly RankingsDailyRow[],
  range: DateRange,
  keyOf: KeyOf = identity,
): PeriodTotals[] {
  const periods = new Map<string, { byKey: Map<string, bigint>; other: bigint; total: bigint }>();
  for (const row of rows) {
    if (!inRange(row.date, range)) continue;
    const period = periodOf(row.date, range.grain);
    let totals = periods.get(period);
    if (!totals) {
      totals = { byKey: new Map(), other: 0n, total: 0n };
      periods.set(period, totals);
    }
    const tokens = toTokens(row.total_tokens);
    totals.total += tokens;
    if (row.model_permaslug === OTHER_SLUG) totals.other += tokens;
    else {
      const key = keyOf(row.model_permaslug);
      totals.byKey.set(key, (totals.byKey.get(key) ?? 0n) + tokens);
    }
  }
  return [...periods].map(([period, totals]) => ({ period, ...totals }));
}

/** Each key's tokens summed over all periods (the API's `other` excluded). */
export function toKeyTotals(periods: readonly PeriodTotals[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const period of periods)
    for (const [key, tokens] of period.byKey) totals.set(key, (totals.get(key) ?? 0n) + tokens);
  return totals;
}

/** Keys by tokens descending, ties alphabetical, so equal data always ranks the same way. */
export function rankKeys(totals: ReadonlyMap<string, bigint>): string[] {
  return [...totals].sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : 1) : x > y ? -1 : 1)).map(([key]) => key);
}

/** Stage 2: the top `n` keys over all periods, ranked by {@link rankKeys}. */
export function pickTopKeys(periods: readonly PeriodTotals[], n: number): string[] {
  return rankKeys(toKeyTotals(periods)).slice(0, n);
}

/**
 * Stage 3: one point per key per period; `Other` is each period's total minus its top keys, so a period's
 * tokens add up exactly and its shares sum to 1 (up to float rounding).
 */
export function toSharePoints(periods: readonly PeriodTotals[], top: readonly string[]): SharePoint[] {
  const points: SharePoint[] = [];
  for (const key of [...top, OTHER_KEY])
    for (const { period, byKey, total } of periods) {
      const tokens = key === OTHER_KEY ? total - sumTokens(top.map((k) => byKey.get(k) ?? 0n)) : (byKey.get(key) ?? 0n);
      points.push({ period, key, tokens, share: shareOf(tokens, total) });
    }
  return points;
}

/** Options of {@link toShareSeries}: the window, how many keys get a series, and what a key is. */
export type ShareOptions = { window: ShareWindow; topN?: number; keyOf?: KeyOf };

/**
 * The share series of a window ending at the newest date of `rows`: top N keys plus a trailing `Other`.
 * `null` when `rows` hold no date of the window. Precondition: complete days only (see `toCompleteDays`),
 * sorted by date ascending.
 * Example: two days where `a` has 3 and `b` 1 token, `other` 1, top 1 -> keys `['a', 'other']`, shares 0.6/0.4.
 */
export function toShareSeries(rows: readonly RankingsDailyRow[], options: ShareOptions): ShareSeries | null {
  const first = rows[0]?.date;
  const last = rows.at(-1)?.date;
  if (first === undefined || last === undefined) return null;
  const range = toDateRange(options.window, first, last);
  if (!range) return null;
  const periods = toPeriodTotals(rows, range, options.keyOf);
  if (periods.length === 0) return null;
  const top = pickTopKeys(periods, options.topN ?? DEFAULT_TOP_N);
  const points = toSharePoints(periods, top);
  const total = sumTokens(periods.map((p) => p.total));
  const keys = [...top, OTHER_KEY];
  const totals = keys.map((key) => {
    const tokens = sumTokens(points.filter((p) => p.key === key).map((p) => p.tokens));
    return { key, tokens, share: shareOf(tokens, total) };
  });
  return { range, keys, periods: periods.map((p) => p.period), points, totals, total };
}
