/**
 * Model momentum, by the rule the API uses for trending apps (spec, app-rankings `sort=trending`: "window volume
 * minus the average volume of the three equal-length periods before it"), over 7 or 30 complete days, with each
 * model's rank, rank change and share change against the window just before. Exact: token sums are BigInt, and
 * the ordering compares `3 × window − sum of the three` so no rounding decides it.
 * A model's tokens are known only on days it was in the top 50 (otherwise they are inside `other`), so the sums
 * cover those days; `rankedDays` and `baselineRankedDays` say how many, and a figure should mark rows where they
 * fall short (a model new to the top 50 shows a baseline of its known days only).
 */
import { addDays } from '../api/dates.ts';
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { type DayTotals, toDayTotals } from './day-totals.ts';
import { rankKeys } from './shares.ts';
import { shareOf } from './tokens.ts';

/** The momentum windows: a week and a month of complete days. */
export const MOMENTUM_WINDOWS = ['7d', '30d'] as const;
export type MomentumWindow = (typeof MOMENTUM_WINDOWS)[number];

const WINDOW_DAYS: Readonly<Record<MomentumWindow, number>> = { '7d': 7, '30d': 30 };

/** The baseline is the mean of this many equal windows before the window (the API's trending rule). */
export const BASELINE_WINDOWS = 3;

/** Inclusive UTC dates. */
export type DaySpan = { start: string; end: string };

/**
 * One model. `excess`: window tokens minus the baseline mean, rounded half away from zero (positive: rising).
 * `rank`/`previousRank`: by tokens in the window and in the window just before, null without a top-50 day there;
 * `rankChange` is `previousRank − rank` (positive: climbed). `shareChange` is in share units (0.012 = +1.2 pp).
 */
export type MomentumRow = {
  permaslug: string;
  tokens: bigint;
  baseline: bigint;
  excess: bigint;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  share: number;
  previousShare: number | null;
  shareChange: number | null;
  /** Days of the window the model was in the top 50 (of `days`). */
  rankedDays: number;
  /** Days of the three baseline windows the model was in the top 50 (of `3 × days`). */
  baselineRankedDays: number;
};

/**
 * Momentum over a window. `rows`: every model with a top-50 day in the window or its baseline, by excess
 * descending (ties alphabetical); `risers` are those with positive excess, `fallers` those with negative excess,
 * largest fall first.
 */
export type Momentum = {
  kind: 'momentum';
  window: MomentumWindow;
  days: number;
  range: DaySpan;
  baseline: DaySpan;
  rows: MomentumRow[];
  risers: MomentumRow[];
  fallers: MomentumRow[];
};

/** Not enough complete days for a window and its three baseline windows: how many are needed and held. */
export type MomentumShortfall = {
  kind: 'not-enough-history';
  window: MomentumWindow;
  neededDays: number;
  availableDays: number;
  newest: string | null;
};

/** One window's sums: tokens and ranked days per model, and the total. */
type Sums = { tokens: Map<string, bigint>; ranked: Map<string, number>; total: bigint };

function sumWindow(days: ReadonlyMap<string, DayTotals>, end: string, length: number): Sums {
  const sums: Sums = { tokens: new Map(), ranked: new Map(), total: 0n };
  for (let i = 0; i < length; i += 1) {
    const day = days.get(addDays(end, -i));
    if (!day) continue;
    sums.total += day.total;
    for (const [slug, tokens] of day.byModel) {
      sums.tokens.set(slug, (sums.tokens.get(slug) ?? 0n) + tokens);
      sums.ranked.set(slug, (sums.ranked.get(slug) ?? 0) + 1);
    }
  }
  return sums;
}

/** `n / d` rounded half away from zero, exactly: `divideRounded(-7n, 2n) === -4n`. Precondition: `d > 0n`. */
function divideRounded(n: bigint, d: bigint): bigint {
  const half = n < 0n ? -d : d;
  return (2n * n + half) / (2n * d);
}

/** A row and its exact ordering value, `3 × window − sum of the three baseline windows`. */
type Scored = { row: MomentumRow; tripled: bigint };

/** Largest excess first (`direction` -1: smallest first), ties alphabetical either way. */
function byExcess(a: Scored, b: Scored, direction: 1 | -1 = 1): number {
  if (a.tripled === b.tripled) return a.row.permaslug < b.row.permaslug ? -1 : 1;
  return (a.tripled > b.tripled ? -1 : 1) * direction;
}

/** Ranks by tokens (ties alphabetical), 1-based. */
function ranksOf(tokens: ReadonlyMap<string, bigint>): Map<string, number> {
  return new Map(rankKeys(tokens).map((slug, i) => [slug, i + 1]));
}

/**
 * Momentum of every model over the last `window` of complete days ending at the newest date of `rows`.
 * Precondition: complete days only (see `toCompleteDays`), sorted by date ascending. Every day of the window and
 * of its three baseline windows must be archived; otherwise the answer says how many are missing.
 */
export function toMomentum(rows: readonly RankingsDailyRow[], window: MomentumWindow): Momentum | MomentumShortfall {
  const days = toDayTotals(rows);
  const length = WINDOW_DAYS[window];
  const needed = length * (1 + BASELINE_WINDOWS);
  const end = rows.at(-1)?.date;
  const held =
    end === undefined
      ? 0
      : Array.from({ length: needed }, (_, i) => addDays(end, -i)).filter((d) => days.has(d)).length;
  if (end === undefined || held < needed) {
    return { kind: 'not-enough-history', window, neededDays: needed, availableDays: held, newest: end ?? null };
  }
  const now = sumWindow(days, end, length);
  const before = sumWindow(days, addDays(end, -length), length);
  const baseline = sumWindow(days, addDays(end, -length), length * BASELINE_WINDOWS);
  const rankNow = ranksOf(now.tokens);
  const rankBefore = ranksOf(before.tokens);
  const slugs = new Set([...now.tokens.keys(), ...baseline.tokens.keys()]);
  const scored = [...slugs].map((permaslug): Scored => {
    const tokens = now.tokens.get(permaslug) ?? 0n;
    const sum = baseline.tokens.get(permaslug) ?? 0n;
    const tripled = 3n * tokens - sum;
    const rank = rankNow.get(permaslug) ?? null;
    const previousRank = rankBefore.get(permaslug) ?? null;
    const share = shareOf(tokens, now.total);
    const previous = before.tokens.get(permaslug);
    const previousShare = previous === undefined ? null : shareOf(previous, before.total);
    const row: MomentumRow = {
      permaslug,
      tokens,
      baseline: divideRounded(sum, BigInt(BASELINE_WINDOWS)),
      excess: divideRounded(tripled, 3n),
      rank,
      previousRank,
      rankChange: rank !== null && previousRank !== null ? previousRank - rank : null,
      share,
      previousShare,
      shareChange: previousShare === null ? null : share - previousShare,
      rankedDays: now.ranked.get(permaslug) ?? 0,
      baselineRankedDays: baseline.ranked.get(permaslug) ?? 0,
    };
    return { row, tripled };
  });
  const rising = scored.filter((s) => s.tripled > 0n).sort((a, b) => byExcess(a, b));
  const falling = scored.filter((s) => s.tripled < 0n).sort((a, b) => byExcess(a, b, -1));
  return {
    kind: 'momentum',
    window,
    days: length,
    range: { start: addDays(end, -(length - 1)), end },
    baseline: { start: addDays(end, -(needed - 1)), end: addDays(end, -length) },
    rows: scored.sort((a, b) => byExcess(a, b)).map((s) => s.row),
    risers: rising.map((s) => s.row),
    fallers: falling.map((s) => s.row),
  };
}
