/**
 * The apps section (`/apps/`, `/apps/{sort}/{scope}/…`): the bar chart of every leaderboard page, the leaderboard
 * tables, and the CSV of each as shown. A board's page 1 is frozen; its later pages re-cut the same snapshot.
 */
import { APP_SORTS } from '../../api/app-rankings.ts';
import { APP_BARS_LIMIT, appBarsChart } from '../../charts/app-bars.ts';
import {
  describeLeaderboardPage,
  leaderboardCsvColumns,
  measureLabel,
  toLeaderboardPage,
  tokenCell,
  type LeaderboardPage,
  type LeaderboardRow,
} from '../../transform/app-leaderboard.ts';
import { sortLabel } from '../../transform/app-scopes.ts';
import { toCsv } from '../../transform/csv.ts';
import { formatExact, formatShare } from '../../transform/format.ts';
import { boardId, boardPath, type BoardView } from '../routes.ts';
import type { CsvFile, FigureInput, TableCell, TableData } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { allBoardViews, boardHeading, boardOf, scopeNoun, windowPhrase, type LoadedBoard } from './apps-data.ts';

/** The section's data, for the pages that quote it (the overview's top app). */
export { boardOf, type LoadedBoard } from './apps-data.ts';

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

/** The leaderboard page of a view with ranked rows, or null when its board is missing or empty. */
function pageOf(data: SiteData, view: BoardView): { loaded: LoadedBoard; page: LeaderboardPage } | null {
  const loaded = boardOf(data, view.sort, view.scope);
  if (!loaded || loaded.board.rows.length === 0) return null;
  return { loaded, page: toLeaderboardPage(loaded.board, view.page) };
}

/** `, ranks 51–100` on a later page, nothing on page 1. */
function ranksSuffix(page: LeaderboardPage): string {
  return page.page > 1 ? `, ranks ${page.firstRank}–${page.lastRank}` : '';
}

/** The chart of one leaderboard page (its first {@link APP_BARS_LIMIT} rows), built once per build; null without rows. */
export function boardFigure(data: SiteData, view: BoardView): FigureInput | null {
  const id = boardId(view);
  return derived(data, `apps:figure:${id}`, () => {
    const found = pageOf(data, view);
    if (!found) return null;
    const { loaded, page } = found;
    const what = boardHeading(view);
    const window = windowPhrase(loaded.meta);
    const charted = page.rows.slice(0, APP_BARS_LIMIT);
    const alt = describeLeaderboardPage(page, scopeNoun(view));
    return {
      id,
      anchor: id,
      heading: `${what}, ${window}`,
      title: `${what}${ranksSuffix(page)}, ${window}`,
      takeaway: alt,
      svg: appBarsChart(id, page.rows, loaded.board.measure),
      narrowSvg: appBarsChart(id, page.rows, loaded.board.measure, 'narrow'),
      alt,
      minWidth: 560,
      table: toBoardTable(charted, page, `${what}, ranks ${page.firstRank}–${charted.at(-1)?.rank ?? 0}, ${window}`),
      rowHeader: 1,
      notes: boardNotes(loaded),
      tokenCaveat: 'no-other',
      attribution: loaded.attribution,
      asOf: loaded.meta.as_of,
      links: { page: `${boardPath(view)}#${id}`, csv: `/apps/${id}.csv`, exports: `/apps/${id}` },
      variants: [
        {
          label: 'Sort',
          options: APP_SORTS.map((sort) => ({
            label: sortLabel(sort),
            href: boardPath({ sort, scope: view.scope, page: 1 }),
            current: sort === view.sort,
          })),
        },
      ],
      embed: {
        card: true,
        frozen: view.page === 1 ? { kind: 'own' } : { kind: 'variant', of: boardId({ ...view, page: 1 }) },
      },
    };
  });
}

/** The section's figures: the chart of every leaderboard page with ranked rows, in `allBoardViews` order. */
export function appsFigures(data: SiteData): FigureInput[] {
  return allBoardViews(data).flatMap((view) => boardFigure(data, view) ?? []);
}

/** Site path of a hub chart's CSV, which holds only the charted rows: `/apps/apps-popular-all-top.csv`. */
export function hubCsvPath(sort: BoardView['sort']): string {
  return `/apps/apps-${sort}-all-top.csv`;
}

/** The whole page of a board as the visible leaderboard (every rank of the page, not only the charted ones). */
export function leaderboardTable(data: SiteData, view: BoardView): TableData | null {
  const found = pageOf(data, view);
  if (!found) return null;
  const { page } = found;
  const caption = `${boardHeading(view)}, ranks ${page.firstRank}–${page.lastRank}, ${windowPhrase(found.loaded.meta)}`;
  return toBoardTable(page.rows, page, caption);
}

/** Every apps CSV: each leaderboard page's rows (header only for an empty board), and the hub charts' rows. */
export function appsCsvFiles(data: SiteData): CsvFile[] {
  return allBoardViews(data).flatMap((view): CsvFile[] => {
    const loaded = boardOf(data, view.sort, view.scope);
    if (!loaded) return [];
    const columns = leaderboardCsvColumns(loaded.board.measure);
    const page = toLeaderboardPage(loaded.board, view.page);
    const files = [{ path: `/apps/${boardId(view)}.csv`, body: toCsv(columns, page.rows) }];
    if (view.scope.kind === 'all' && view.page === 1) {
      files.push({ path: hubCsvPath(view.sort), body: toCsv(columns, page.rows.slice(0, APP_BARS_LIMIT)) });
    }
    return files;
  });
}
