/**
 * Headline figures of the model rankings for the overview page: the latest complete day and the last 30 days
 * (total tokens, the top model and its share), the week's biggest riser and faller, and daily totals for a
 * sparkline.
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { toLeaderboard, toMovers, type Mover } from './leaderboard-models.ts';
import { toPeriodTotals } from './shares.ts';
import type { DateRange } from './windows.ts';

/** A key with its tokens and share of the window. */
export type TopEntry = { key: string; tokens: bigint; share: number };

/** The figures of one window: its dates, its total tokens, and the model with the most tokens (null if none). */
export type WindowHeadline = { range: DateRange; total: bigint; top: TopEntry | null };

/** Every headline figure; see {@link toModelHeadlines}. */
export type ModelHeadlines = {
  latestDay: WindowHeadline;
  last30Days: WindowHeadline;
  weekOverWeek: { riser: Mover | null; faller: Mover | null };
  dailyTotals: { date: string; tokens: bigint }[];
};

/** The figures of a window ending at the newest date. */
function toWindowHeadline(rows: readonly RankingsDailyRow[], window: '1d' | '30d'): WindowHeadline | null {
  const board = toLeaderboard(rows, { window, topN: 1 });
  return board ? { range: board.range, total: board.total, top: toTop(board.rows[0]) } : null;
}

/** A ranked leaderboard row as a top entry; null for the `Other` row (no ranked model). */
function toTop(row: { rank: number | null; key: string; tokens: bigint; share: number } | undefined): TopEntry | null {
  return row && row.rank !== null ? { key: row.key, tokens: row.tokens, share: row.share } : null;
}

/**
 * Headline figures over complete days (see `toCompleteDays`), or null for an empty archive. The riser and
 * faller compare the last 7 days with the 7 before, by share change in percentage points.
 * Precondition: rows sorted by date ascending.
 */
export function toModelHeadlines(rows: readonly RankingsDailyRow[]): ModelHeadlines | null {
  const latestDay = toWindowHeadline(rows, '1d');
  const last30Days = toWindowHeadline(rows, '30d');
  if (!latestDay || !last30Days) return null;
  const daily = toPeriodTotals(rows, { ...last30Days.range, grain: 'day' });
  return {
    latestDay,
    last30Days,
    weekOverWeek: toMovers(rows, { window: '7d' }),
    dailyTotals: daily.map((p) => ({ date: p.period, tokens: p.total })),
  };
}
