/**
 * What the apps pages show besides their figures: a leaderboard page's title, breadcrumbs, empty states, full table
 * and page links, and the hub's chart per sort. Pure functions of the site data, like the figures.
 */
import { parseWith } from '../../api/parse.ts';
import { APP_SORTS, type AppSort } from '../../api/app-rankings.ts';
import { APPS_PAGE_SIZE, pageCountOf } from '../../transform/app-leaderboard.ts';
import { scopeLabel, sortLabel } from '../../transform/app-scopes.ts';
import { lowerFirst } from '../../transform/format.ts';
import { boardId, boardPath, type BoardView } from '../routes.ts';
import { FigureSchema, type Figure, type TableData } from '../schema.ts';
import type { SiteData } from '../site-data.ts';
import {
  boardHeading,
  boardOf,
  breadcrumbsOf,
  scopeNavOf,
  scopeNoun,
  windowPhrase,
  type PageLink,
  type LoadedBoard,
  type ScopeNav,
} from './apps-data.ts';
import { boardFigure, hubCsvPath, leaderboardTable } from './apps.ts';

/** `Ranks 51–100`: the ranks a page of a board of `rowCount` rows shows. */
function ranksOf(page: number, rowCount: number): string {
  return `Ranks ${(page - 1) * APPS_PAGE_SIZE + 1}–${Math.min(page * APPS_PAGE_SIZE, rowCount)}`;
}

/** A board page's full table, its CSV, and the links to every page of the board (the current one marked). */
export type LeaderboardBlock = {
  heading: string;
  table: TableData;
  attribution: string;
  csvHref: string;
  /** Empty when the board fills one page. */
  pages: (PageLink & { current: boolean })[];
};

/** What a leaderboard page shows besides its figure. Null parts are not shown. */
export type BoardPage = {
  /** The `<title>`, the `<h1>` (also the link-preview title), the meta description and the lede. */
  pageTitle: string;
  title: string;
  description: string;
  lede: string;
  /** The breadcrumb links, then the current scope's label. */
  crumbs: PageLink[];
  label: string;
  synthetic: boolean;
  /** The board's `as_of`, for the dataset's age. */
  asOf: string | null;
  /** What is missing, for the empty state (no snapshot, or none of this board). */
  missing: string | null;
  /** Why a board that was fetched shows no chart (nothing ranked in its window). */
  emptyMessage: string | null;
  /** The id of the page's figure in the catalogue. */
  figureId: string | null;
  leaderboard: LeaderboardBlock | null;
  /** Links to every board of this sort. */
  scopeNav: ScopeNav;
};

/** Why a fetched board has no chart: trending lists only apps that grew. */
function emptyBoardMessage(view: BoardView, loaded: LoadedBoard): string {
  const noun = scopeNoun(view);
  const window = windowPhrase(loaded.meta);
  return view.sort === 'trending'
    ? `No ${noun} grew over this window (${window}): trending lists only apps with excess growth.`
    : `No ${noun} ranked in this window (${window}).`;
}

/** The full table of a board page with its links; null when the board has no ranked rows. */
function leaderboardBlock(data: SiteData, view: BoardView, loaded: LoadedBoard): LeaderboardBlock | null {
  const table = leaderboardTable(data, view);
  if (!table) return null;
  const rowCount = loaded.board.rows.length;
  const pageCount = pageCountOf(loaded.board);
  const pages = Array.from({ length: pageCount }, (_, i) => ({
    label: ranksOf(i + 1, rowCount),
    href: boardPath({ ...view, page: i + 1 }),
    current: i + 1 === view.page,
  }));
  return {
    heading: `Leaderboard, ${ranksOf(view.page, rowCount).toLowerCase()}`,
    table,
    attribution: loaded.attribution,
    csvHref: `/apps/${boardId(view)}.csv`,
    pages: pageCount > 1 ? pages : [],
  };
}

/** The content of one leaderboard page. */
export function boardPage(data: SiteData, view: BoardView): BoardPage {
  const snapshot = data.snapshots['app-rankings'];
  const loaded = boardOf(data, view.sort, view.scope);
  const heading = boardHeading(view);
  const ranks = view.page > 1 ? `, ${ranksOf(view.page, loaded?.board.rows.length ?? 0).toLowerCase()}` : '';
  const title = `${heading}${ranks}`;
  const figure = boardFigure(data, view);
  const noun = scopeNoun(view);
  return {
    pageTitle: `Apps: ${lowerFirst(title)}`,
    title,
    description: `${heading} on OpenRouter by token usage: rank, tokens, requests and share.`,
    lede:
      view.sort === 'popular'
        ? `The ${noun} that used the most tokens on OpenRouter over the last 30 days.`
        : `The ${noun} whose token use grew the most over the last 30 days, against the three periods before.`,
    crumbs: breadcrumbsOf(view),
    label: scopeLabel(view.scope),
    synthetic: snapshot?.synthetic ?? false,
    asOf: loaded?.meta.as_of ?? null,
    missing: loaded ? null : snapshot ? `this leaderboard (${heading.toLowerCase()})` : 'app rankings',
    emptyMessage: loaded && !figure ? emptyBoardMessage(view, loaded) : null,
    figureId: figure?.id ?? null,
    leaderboard: loaded && leaderboardBlock(data, view, loaded),
    scopeNav: scopeNavOf(view.sort, `${sortLabel(view.sort)} apps by category`, view.scope),
  };
}

/** The hub titles of each sort's chart. */
const HUB_TITLES: Readonly<Record<AppSort, string>> = { popular: 'Most popular apps', trending: 'Trending apps' };

/** One sort on `/apps/`: its chart (page 1 of the all-apps board) and the link to its full leaderboard. */
export type HubSection = {
  sort: AppSort;
  /** What is missing, for the empty state (the snapshot has no board of this sort). */
  missing: string | null;
  /** Why a board that was fetched shows no chart. */
  emptyMessage: string | null;
  /** The all-apps board's page-1 figure as the hub shows it: its own anchor, title and CSV of the charted rows. */
  figure: Figure | null;
  /** The link to the sort's full leaderboard, shown under the chart. */
  full: PageLink | null;
};

/** What `/apps/` shows: each sort's chart, and whether and when the archive has app rankings. */
export type AppsHub = {
  synthetic: boolean;
  hasSnapshot: boolean;
  asOf: string | null;
  sections: HubSection[];
  /** Links to every board, per sort. */
  scopeNavs: ScopeNav[];
};

/**
 * The hub's chart of a sort: the all-apps board's page-1 figure (same id, so the same embed and exports) under the
 * hub's anchor and title, with the CSV of the charted rows only and no sort toggle (both sorts are on the hub).
 */
function hubFigure(data: SiteData, sort: AppSort, loaded: LoadedBoard): Figure | null {
  const input = boardFigure(data, { sort, scope: { kind: 'all' }, page: 1 });
  if (!input) return null;
  const hub = {
    ...input,
    anchor: `${sort}-apps`,
    heading: `${HUB_TITLES[sort]}, ${windowPhrase(loaded.meta)}`,
    links: { ...input.links, csv: hubCsvPath(sort) },
    variants: [],
  };
  return parseWith(FigureSchema, hub, `figure ${input.id} on /apps/`);
}

/** The content of `/apps/`. */
export function appsHub(data: SiteData): AppsHub {
  const snapshot = data.snapshots['app-rankings'];
  const sections = APP_SORTS.map((sort): HubSection => {
    const view: BoardView = { sort, scope: { kind: 'all' }, page: 1 };
    const loaded = boardOf(data, sort, view.scope);
    const figure = loaded && hubFigure(data, sort, loaded);
    const ranked = loaded?.board.rows.length ?? 0;
    return {
      sort,
      missing: snapshot && !loaded ? `${sort} apps` : null,
      emptyMessage: loaded && !figure ? `No ${sort} apps in this window (${windowPhrase(loaded.meta)}).` : null,
      figure,
      full: figure && { label: `Full ${sort} leaderboard, ranks 1–${ranked}`, href: boardPath(view) },
    };
  });
  return {
    synthetic: snapshot?.synthetic ?? false,
    hasSnapshot: snapshot !== null,
    asOf: APP_SORTS.map((sort) => boardOf(data, sort, { kind: 'all' })).find((l) => l)?.meta.as_of ?? null,
    sections,
    scopeNavs: APP_SORTS.map((sort) => scopeNavOf(sort, `${sortLabel(sort)} apps by category`)),
  };
}
