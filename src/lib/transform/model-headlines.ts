/**
 * Headline figures of the model rankings for the overview page: the latest complete day and the last 30 days
 * (total tokens, the top model and its share).
 */
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { toLeaderboard } from './leaderboard-models.ts';
import type { DateRange } from './windows.ts';

/** A key with its tokens and share of the window. */
export type TopEntry = { key: string; tokens: bigint; share: number };

/** The figures of one window: its dates, its total tokens, and the model with the most tokens (null if none). */
export type WindowHeadline = { range: DateRange; total: bigint; top: TopEntry | null };

/** Every headline figure; see {@link toModelHeadlines}. */
export type ModelHeadlines = { latestDay: WindowHeadline; last30Days: WindowHeadline };

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
 * Headline figures over complete days (see `toCompleteDays`), or null for an empty archive.
 * Precondition: rows sorted by date ascending.
 */
export function toModelHeadlines(rows: readonly RankingsDailyRow[]): ModelHeadlines | null {
  const latestDay = toWindowHeadline(rows, '1d');
  const last30Days = toWindowHeadline(rows, '30d');
  if (!latestDay || !last30Days) return null;
  return { latestDay, last30Days };
}
