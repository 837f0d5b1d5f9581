/**
 * Model (or author) leaderboards over a window, with the change against the equal window before it: the table
 * beside the share chart, the week-over-week board, and the biggest risers and fallers.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { DEFAULT_TOP_N, OTHER_KEY, rankKeys, toKeyTotals, toPeriodTotals, type KeyOf } from './shares.ts';
import { shareOf, sumTokens } from './tokens.ts';
import { previousRange, toDateRange, type DateRange, type Window } from './windows.ts';

/**
 * One row of a leaderboard. `rank` is null for the trailing `Other` row. Changes are null without a baseline
 * (the archive does not reach back a whole window) or when the key had no top-50 tokens in it (it was new or
 * inside `other`, so its earlier total is unknown). `tokenChange` is a ratio (0.25 = +25%); `shareChange` a
 * difference of shares (0.031 = +3.1 pp).
 */
export type LeaderboardRow = {
  rank: number | null;
  key: string;
  tokens: bigint;
  share: number;
  previousTokens: bigint | null;
  tokenChange: number | null;
  shareChange: number | null;
};

/** A leaderboard: its window, the baseline window (null when the archive is too short), and its rows. */
export type Leaderboard = { range: DateRange; previous: DateRange | null; total: bigint; rows: LeaderboardRow[] };

/** Options: the window (`7d` for week over week), how many ranked rows, and what a key is. */
export type LeaderboardOptions = { window: Window; topN?: number; keyOf?: KeyOf };

/** A window's totals: per key (top-50 rows only) and overall (the API's `other` included). */
type WindowTotals = { byKey: Map<string, bigint>; total: bigint };

function toWindowTotals(rows: readonly RankingsDailyRow[], range: DateRange, keyOf?: KeyOf): WindowTotals {
  const periods = toPeriodTotals(rows, range, keyOf);
  return { byKey: toKeyTotals(periods), total: sumTokens(periods.map((p) => p.total)) };
}

/** A key's row given its tokens now and before (`null` before: no baseline window at all). */
function toRow(
  rank: number | null,
  key: string,
  now: bigint,
  total: bigint,
  before: bigint | null,
  previousTotal: bigint,
): LeaderboardRow {
  const share = shareOf(now, total);
  const known = before !== null && before > 0n;
  return {
    rank,
    key,
    tokens: now,
    share,
    previousTokens: known ? before : null,
    tokenChange: known ? shareOf(now - before, before) : null,
    shareChange: known ? share - shareOf(before, previousTotal) : null,
  };
}

/** Resolves a window and its baseline over the dates of `rows`; null when `rows` cover none of it. */
function toRanges(rows: readonly RankingsDailyRow[], window: Window) {
  const first = rows[0]?.date;
  const last = rows.at(-1)?.date;
  if (first === undefined || last === undefined) return null;
  const range = toDateRange(window, first, last);
  return range ? { range, previous: previousRange(range, first) } : null;
}

/**
 * The top N keys of a window (the same keys, in the same order, as the share chart of that window) and a
 * trailing `Other` row that holds the rest, each with its change against the equal window before.
 * Precondition: complete days only, sorted by date ascending.
 */
export function toLeaderboard(rows: readonly RankingsDailyRow[], options: LeaderboardOptions): Leaderboard | null {
  const ranges = toRanges(rows, options.window);
  if (!ranges) return null;
  const now = toWindowTotals(rows, ranges.range, options.keyOf);
  const before = ranges.previous ? toWindowTotals(rows, ranges.previous, options.keyOf) : null;
  const top = rankKeys(now.byKey).slice(0, options.topN ?? DEFAULT_TOP_N);
  const beforeOf = (key: string) => (before ? (before.byKey.get(key) ?? 0n) : null);
  const ranked = top.map((key, i) =>
    toRow(i + 1, key, now.byKey.get(key) ?? 0n, now.total, beforeOf(key), before?.total ?? 0n),
  );
  const otherNow = now.total - sumTokens(ranked.map((r) => r.tokens));
  const otherBefore = before ? before.total - sumTokens(top.map((key) => before.byKey.get(key) ?? 0n)) : null;
  const other = toRow(null, OTHER_KEY, otherNow, now.total, otherBefore, before?.total ?? 0n);
  return { ...ranges, total: now.total, rows: [...ranked, other] };
}

/** A key whose share moved the most between the window and the one before. */
export type Mover = { key: string; share: number; previousShare: number; shareChange: number; tokenChange: number };

/**
 * The biggest riser and faller by share change (percentage points) between a window and the one before,
 * among keys with top-50 tokens in both: a key absent from either has an unknown total there (inside `other`).
 * Null when there is no baseline or no key qualifies. Ties break alphabetically.
 */
export function toMovers(
  rows: readonly RankingsDailyRow[],
  options: { window: Window; keyOf?: KeyOf },
): { riser: Mover | null; faller: Mover | null } {
  const ranges = toRanges(rows, options.window);
  if (!ranges?.previous) return { riser: null, faller: null };
  const now = toWindowTotals(rows, ranges.range, options.keyOf);
  const before = toWindowTotals(rows, ranges.previous, options.keyOf);
  const movers: Mover[] = [];
  for (const key of rankKeys(now.byKey)) {
    const tokens = now.byKey.get(key) ?? 0n;
    const previous = before.byKey.get(key) ?? 0n;
    if (previous === 0n) continue;
    const share = shareOf(tokens, now.total);
    const previousShare = shareOf(previous, before.total);
    const tokenChange = shareOf(tokens - previous, previous);
    movers.push({ key, share, previousShare, shareChange: share - previousShare, tokenChange });
  }
  const byKey = (a: Mover, b: Mover) => (a.key < b.key ? -1 : 1);
  const riser = movers.filter((m) => m.shareChange > 0).sort((a, b) => b.shareChange - a.shareChange || byKey(a, b));
  const faller = movers.filter((m) => m.shareChange < 0).sort((a, b) => a.shareChange - b.shareChange || byKey(a, b));
  return { riser: riser[0] ?? null, faller: faller[0] ?? null };
}
