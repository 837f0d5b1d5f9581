/**
 * The figures, tables and downloads of the apps pages, built from the archive. The CSV and SVG endpoints reuse
 * these builders, so a download is exactly what the page shows.
 */
import type { TableCell, TableData } from '../../components/types.ts';
import type { WindowMeta } from '../../lib/api/common.ts';
import type { AppSort } from '../../lib/api/app-rankings.ts';
import type { Snapshot } from '../../lib/archive/format.ts';
import { APP_BARS_LIMIT, appBarsChart } from '../../lib/charts/app-bars.ts';
import {
  describeLeaderboardPage,
  leaderboardCsvColumns,
  measureLabel,
  toLeaderboardPage,
  tokenCell,
  type LeaderboardPage,
  type LeaderboardRow,
} from '../../lib/transform/app-leaderboard.ts';
import { scopeLabel, sortLabel } from '../../lib/transform/app-scopes.ts';
import { toCsv } from '../../lib/transform/csv.ts';
import { formatDate, formatExact, formatShare } from '../../lib/transform/format.ts';
import { allBoardViews, boardId, boardOf, type BoardView, type LoadedBoard } from './_data.ts';

/** `20 Oct – 19 Nov 2026`: the window an app-rankings response covers (both bounds inclusive). */
export function windowPhrase(meta: WindowMeta): string {
  return `${formatDate(meta.start_date)} – ${formatDate(meta.end_date)}`;
}

/** A scope in running text: `apps`, `coding apps`, `CLI agent apps`. */
export function scopeNoun(view: Pick<BoardView, 'scope'>): string {
  return view.scope.kind === 'all' ? 'apps' : `${scopeLabel(view.scope).toLowerCase()} apps`;
}

/** Everything a leaderboard page shows for one board page. */
export type BoardFigure = {
  id: string;
  page: LeaderboardPage;
  svg: string;
  alt: string;
  takeaway: string;
  /** The rows the chart draws (the first {@link APP_BARS_LIMIT} of the page). */
  chartTable: TableData;
  /** The whole page as the visible leaderboard. */
  leaderboard: TableData;
  notes: string[];
};

function tokensCell(value: bigint): TableCell {
  const { label, exact } = tokenCell(value);
  return { text: label, title: `${exact} tokens` };
}

/** The leaderboard table of some rows: rank, app, tokens, excess growth (when measured), requests, share bar. */
function toBoardTable(rows: readonly LeaderboardRow[], page: LeaderboardPage, caption: string): TableData {
  const excess = page.board.measure === 'excess';
  return {
    caption,
    columns: [
      { label: 'Rank', numeric: true },
      'App',
      { label: 'Tokens', numeric: true },
      ...(excess ? [{ label: 'Excess growth', numeric: true }] : []),
      { label: 'Requests', numeric: true },
      `Share of ${measureLabel(page.board.measure)}`,
    ],
    rows: rows.map((r) => [
      String(r.rank),
      r.name,
      tokensCell(r.tokens),
      ...(excess ? [tokensCell(r.excess ?? 0n)] : []),
      formatExact(BigInt(r.requests)),
      { text: formatShare(r.share), bar: r.bar },
    ]),
  };
}

/** The notes under a board: what the share is of, and the trending fallback when excess growth is missing. */
function boardNotes(loaded: LoadedBoard): string[] {
  const { board } = loaded;
  const notes = [
    `Share is of the ${board.rows.length} ranked apps listed (ranks 1–${board.rows.length}), not of all OpenRouter traffic. ` +
      'Bars are relative to the leading app.',
  ];
  if (board.sort === 'trending') {
    notes.push(
      board.measure === 'excess'
        ? 'Trending ranks apps by excess growth: tokens in the window minus the average of the three equal periods before it.'
        : 'Trending ranks apps by excess growth, but this snapshot does not include it: the bars show window volume only.',
    );
  }
  return notes;
}

/** The figure and table of one leaderboard page. */
export function boardFigure(view: BoardView, loaded: LoadedBoard): BoardFigure {
  const page = toLeaderboardPage(loaded.board, view.page);
  const id = boardId(view);
  const what = `${sortLabel(view.sort)} ${scopeNoun(view)}`;
  const window = windowPhrase(loaded.meta);
  const charted = page.rows.slice(0, APP_BARS_LIMIT);
  const alt = describeLeaderboardPage(page, scopeNoun(view));
  return {
    id,
    page,
    svg: appBarsChart(id, page.rows, loaded.board.measure),
    alt,
    takeaway: alt,
    chartTable: toBoardTable(charted, page, `${what}, ranks ${page.firstRank}–${charted.at(-1)?.rank ?? 0}, ${window}`),
    leaderboard: toBoardTable(page.rows, page, `${what}, ranks ${page.firstRank}–${page.lastRank}, ${window}`),
    notes: boardNotes(loaded),
  };
}

/** The hub's figure of a sort over all apps: the same chart as page 1, and only the charted rows in its CSV. */
export function hubFigure(sort: AppSort, loaded: LoadedBoard): BoardFigure {
  const figure = boardFigure({ sort, scope: { kind: 'all' }, page: 1 }, loaded);
  return { ...figure, leaderboard: figure.chartTable };
}

/** File name of the hub figure's CSV (the charted rows only): `apps-popular-all-top`. */
export function hubCsvName(sort: AppSort): string {
  return `apps-${sort}-all-top`;
}

/** A file to emit: its name without extension, and its text. */
export type Download = { name: string; body: string };

/** Every apps CSV: each leaderboard page's rows, and the hub figures' charted rows. */
export function appsCsvFiles(snapshot: Snapshot | null): Download[] {
  const files: Download[] = [];
  for (const view of allBoardViews(snapshot)) {
    const loaded = boardOf(snapshot, view.sort, view.scope);
    if (!loaded) continue;
    const page = toLeaderboardPage(loaded.board, view.page);
    files.push({ name: boardId(view), body: toCsv(leaderboardCsvColumns(loaded.board.measure), page.rows) });
    if (view.scope.kind === 'all' && view.page === 1) {
      const top = page.rows.slice(0, APP_BARS_LIMIT);
      files.push({ name: hubCsvName(view.sort), body: toCsv(leaderboardCsvColumns(loaded.board.measure), top) });
    }
  }
  return files;
}
