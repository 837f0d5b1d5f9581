/**
 * App leaderboards from app-rankings responses: rows ready for the table and the bar chart, pages of 50, the
 * text alternative and the CSV. Stages: API rows -> {@link LeaderboardRow}s -> a {@link LeaderboardPage}.
 * App names are untrusted text: they stay plain strings here and reach HTML only through escaping renderers; the
 * text alternatives bidi-isolate them (`isolate`).
 */
import type { AppRankingsRow, AppSort } from '../api/app-rankings.ts';
import type { CsvColumn } from './csv.ts';
import { formatExact, formatShare, formatTokens } from './format.ts';
import { isolate } from './safe-text.ts';
import { shareOf, sumTokens, toTokens } from './tokens.ts';

/** Rows per leaderboard page; the archive holds up to 100 ranks (`limit=100`), so at most two pages. */
export const APPS_PAGE_SIZE = 50;

/**
 * What a leaderboard measures: `tokens` (window volume) for popular, `excess` (window volume minus the average
 * of the three equal periods before it) for trending when the API gives `excess_tokens` on every row.
 */
export type LeaderboardMeasure = 'tokens' | 'excess';

/** One app as the page shows it. `share` and `bar` are of the board's measure. */
export type LeaderboardRow = {
  rank: number;
  appId: number;
  name: string;
  tokens: bigint;
  /** Excess token growth (trending only, when the API gives it), else null. */
  excess: bigint | null;
  requests: number;
  /** Fraction of the measure summed over every ranked app listed (all pages), in [0, 1]. */
  share: number;
  /** Bar length in [0, 1]: the measure relative to the largest listed app. */
  bar: number;
};

/** A whole leaderboard: every rank the archive holds for one sort and scope. */
export type Leaderboard = { sort: AppSort; measure: LeaderboardMeasure; rows: LeaderboardRow[]; total: bigint };

/** One page of a leaderboard (1-based), with the rank range it shows. */
export type LeaderboardPage = {
  board: Leaderboard;
  page: number;
  pageCount: number;
  rows: LeaderboardRow[];
  firstRank: number;
  lastRank: number;
};

/**
 * The additive `excess_tokens` field the local Data API puts on trending rows (the spec does not define it, so
 * it is optional): its exact value, or null when absent or not a digit string.
 */
export function excessOf(row: AppRankingsRow): bigint | null {
  const value: unknown = row['excess_tokens'];
  return typeof value === 'string' && /^\d+$/.test(value) ? toTokens(value) : null;
}

/**
 * Rows of one response to a leaderboard. Expects the API's order (rank ascending). Trending measures excess
 * growth only when every row carries it; otherwise it falls back to window volume (the page says so).
 */
export function toLeaderboard(rows: readonly AppRankingsRow[], sort: AppSort): Leaderboard {
  const parsed = rows.map((row) => ({ row, tokens: toTokens(row.total_tokens), excess: excessOf(row) }));
  const measure: LeaderboardMeasure =
    sort === 'trending' && parsed.length > 0 && parsed.every((p) => p.excess !== null) ? 'excess' : 'tokens';
  const valueOf = (p: (typeof parsed)[number]) => (measure === 'excess' ? (p.excess ?? 0n) : p.tokens);
  const total = sumTokens(parsed.map(valueOf));
  const max = parsed.reduce((m, p) => (valueOf(p) > m ? valueOf(p) : m), 0n);
  return {
    sort,
    measure,
    total,
    rows: parsed.map((p) => ({
      rank: p.row.rank,
      appId: p.row.app_id,
      name: p.row.app_name,
      tokens: p.tokens,
      excess: p.excess,
      requests: p.row.total_requests,
      share: shareOf(valueOf(p), total),
      bar: shareOf(valueOf(p), max),
    })),
  };
}

/** How many pages of {@link APPS_PAGE_SIZE} a board fills (at least 1, so an empty board still has a page). */
export function pageCountOf(board: Leaderboard): number {
  return Math.max(1, Math.ceil(board.rows.length / APPS_PAGE_SIZE));
}

/** Page `page` (1-based) of a board; a page past the end is empty. */
export function toLeaderboardPage(board: Leaderboard, page: number): LeaderboardPage {
  const rows = board.rows.slice((page - 1) * APPS_PAGE_SIZE, page * APPS_PAGE_SIZE);
  return {
    board,
    page,
    pageCount: pageCountOf(board),
    rows,
    firstRank: rows[0]?.rank ?? 0,
    lastRank: rows.at(-1)?.rank ?? 0,
  };
}

/** The measure's value of a row: excess growth on an excess board, else window tokens. */
export function measureOf(row: LeaderboardRow, measure: LeaderboardMeasure): bigint {
  return measure === 'excess' ? (row.excess ?? 0n) : row.tokens;
}

/** A measure as words for headings and notes. */
export function measureLabel(measure: LeaderboardMeasure): string {
  return measure === 'excess' ? 'excess token growth' : 'tokens';
}

/**
 * The text alternative, written from the data: who leads, by how much, and the runner-up. `scope` is a label
 * such as `coding apps`. Example: `Cline leads popular coding apps with 12.3B tokens, 41.0% of the 100 apps listed;
 * Roo Code follows with 9.88B.`
 */
export function describeLeaderboard(board: Leaderboard, scope: string): string {
  const [first, second] = board.rows;
  if (!first) return `No ${board.sort} ${scope} in this snapshot.`;
  const what = measureLabel(board.measure);
  const lead =
    `${isolate(first.name)} leads ${board.sort} ${scope} with ${formatTokens(measureOf(first, board.measure))} ${what}, ` +
    `${formatShare(first.share)} of the ${board.rows.length} apps listed`;
  const next = second
    ? `; ${isolate(second.name)} follows with ${formatTokens(measureOf(second, board.measure))}.`
    : '.';
  const fallback =
    board.sort === 'trending' && board.measure === 'tokens'
      ? ' The snapshot does not give excess growth, so window volume is shown.'
      : '';
  return `${lead}${next}${fallback}`;
}

/**
 * The text alternative of a later page, which starts mid-board: the ranks it shows and the apps at both ends:
 * `Ranks 51–100 of popular coding apps: App 51 has 1.2B tokens, down to App 100 with 600M.`
 */
export function describeLeaderboardPage(view: LeaderboardPage, scope: string): string {
  if (view.page === 1) return describeLeaderboard(view.board, scope);
  const [first] = view.rows;
  const last = view.rows.at(-1);
  if (!first || !last) return `No ranks beyond ${(view.page - 1) * APPS_PAGE_SIZE} for ${view.board.sort} ${scope}.`;
  const { measure } = view.board;
  return (
    `Ranks ${view.firstRank}–${view.lastRank} of ${view.board.sort} ${scope}: ${isolate(first.name)} has ` +
    `${formatTokens(measureOf(first, measure))} ${measureLabel(measure)}, down to ${isolate(last.name)} with ` +
    `${formatTokens(measureOf(last, measure))}.`
  );
}

/** CSV columns of the rows a page shows; the excess column only on boards that have it. */
export function leaderboardCsvColumns(measure: LeaderboardMeasure): CsvColumn<LeaderboardRow>[] {
  const columns: CsvColumn<LeaderboardRow>[] = [
    { header: 'rank', value: (r) => r.rank },
    { header: 'app', value: (r) => r.name },
    { header: 'total_tokens', value: (r) => r.tokens },
    { header: 'total_requests', value: (r) => r.requests },
  ];
  if (measure === 'excess') columns.push({ header: 'excess_tokens', value: (r) => r.excess });
  columns.push({ header: `share_of_listed_${measure}`, value: (r) => r.share.toFixed(6) });
  return columns;
}

/** Human and exact token strings for a table cell: `{ label: '1.23B', exact: '1,234,567,890' }`. */
export function tokenCell(value: bigint): { label: string; exact: string } {
  return { label: formatTokens(value), exact: formatExact(value) };
}

/** The leading app of a board, for the overview: its name, tokens and share of the listed apps; null when empty. */
export function topApp(board: Leaderboard): { name: string; tokens: bigint; share: number } | null {
  const first = board.rows[0];
  return first ? { name: first.name, tokens: first.tokens, share: first.share } : null;
}
