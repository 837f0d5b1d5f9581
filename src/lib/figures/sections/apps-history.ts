/**
 * App boards over the archived app-rankings snapshots (the API answers only "now", so this past exists only in our
 * archive): on every board page, the bump chart of its top 10 apps snapshot by snapshot, and on popular boards the
 * tokens of its top apps over the same snapshots. Real spacing, gaps shaded, nothing interpolated; a board archived
 * fewer than twice shows the honest empty state.
 */
import { APP_SORTS } from '../../api/app-rankings.ts';
import { bumpChart } from '../../charts/bump.ts';
import { historyLineChart } from '../../charts/history-line.ts';
import { SIZES } from '../../charts/theme.ts';
import {
  toAppBoardHistory,
  toAppRankColumns,
  toAppSeries,
  type AppBoardHistory,
  type AppHistory,
} from '../../transform/app-history.ts';
import { allAppScopes } from '../../transform/app-scopes.ts';
import { toBump, type Bump } from '../../transform/bump.ts';
import { toCsv, type CsvColumn } from '../../transform/csv.ts';
import { formatDate, formatExact, formatTokens } from '../../transform/format.ts';
import {
  bumpCsvColumns,
  describeBump,
  describeHistory,
  describeNotEnoughHistory,
  toBumpCsvRows,
} from '../../transform/history-text.ts';
import type { NotEnoughHistory, SnapshotHistory } from '../../transform/snapshot-history.ts';
import { boardPath, boardRanksId, boardTokensId, type BoardView } from '../routes.ts';
import type { CsvFile, FigureInput, TableData } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { boardHeading, boardOf, type LoadedBoard } from './apps-data.ts';
import { boardSnapshots, figuresOf, lineColors, toSlot, type HistoryBuilt, type HistorySlot } from './history-data.ts';
import { bumpTable, gapNote, historyTable } from './history-tables.ts';

/** A board: a sort and a scope (its history is the same on every page of it). */
type Board = Pick<BoardView, 'sort' | 'scope'>;

/** Apps whose tokens get a line: the top of the newest snapshot. */
const TOKEN_LINES = 8;

/** `8 snapshots, 25 Sep – 20 Nov 2026`. */
function snapshotSpan(columns: readonly { date: string }[]): string {
  const first = columns[0]?.date ?? '';
  const last = columns.at(-1)?.date ?? first;
  return `${columns.length} snapshots, ${formatDate(first)} – ${formatDate(last)}`;
}

/** What every board history says about its snapshots. */
const SNAPSHOT_NOTE =
  'Each point is one nightly snapshot of the board, at its real date: the archive keeps one a day for 35 days, then ' +
  'one a week, then one a month; the chart draws the newest 60. Each snapshot ranks the 30-day window before its ' +
  'night, so nightly points overlap.';

/** Where a board's history figures live: its page 1, at the figure's anchor. */
function linksOf(board: Board, id: string): FigureInput['links'] {
  return { page: `${boardPath({ ...board, page: 1 })}#${id}`, csv: `/apps/${id}.csv`, exports: `/apps/${id}` };
}

/** A board's bump chart over the archived snapshots, once per build. */
function boardBumpOf(data: SiteData, board: Board): Bump | NotEnoughHistory {
  return derived(data, `apps:bump:${boardRanksId(board)}`, () =>
    toBump(toAppRankColumns(boardSnapshots(data, board.sort, board.scope))),
  );
}

/** Every app of a board over the archived snapshots, once per build. */
function boardAppsOf(data: SiteData, board: Board): AppBoardHistory | NotEnoughHistory {
  return derived(data, `apps:apps-history:${boardRanksId(board)}`, () =>
    toAppBoardHistory(boardSnapshots(data, board.sort, board.scope)),
  );
}

function ranksFigure(board: Board, loaded: LoadedBoard, data: SiteData): HistoryBuilt {
  const id = boardRanksId(board);
  const heading = `${boardHeading(board)}: ranks over time`;
  const bump = boardBumpOf(data, board);
  if (bump.kind === 'not-enough-history') {
    return { kind: 'not-enough', anchor: id, heading, level: 2, message: describeNotEnoughHistory(bump) };
  }
  const { colors, legend } = lineColors(bump.series);
  const alt = describeBump(bump, 'snapshot');
  return {
    kind: 'figure',
    figure: {
      id,
      anchor: id,
      heading,
      title: `${boardHeading(board)}, top ${bump.depth} by snapshot, ${snapshotSpan(bump.columns)}`,
      takeaway: alt,
      svg: bumpChart(id, bump, { colors, size: SIZES.wide }),
      narrowSvg: bumpChart(`${id}-narrow`, bump, { colors, size: SIZES.narrow }),
      alt,
      minWidth: 560,
      legend,
      table: bumpTable(bump, `${boardHeading(board)}: rank at each archived snapshot`, 'Snapshot'),
      notes: [
        SNAPSHOT_NOTE,
        `A triangle marks a snapshot an app entered the top ${bump.depth}, a cross its last before it left.`,
        ...[gapNote(bump.columns, 'snapshot')].filter((n): n is string => n !== null),
      ],
      attribution: loaded.attribution,
      asOf: loaded.meta.as_of,
      links: linksOf(board, id),
      embed: { card: false, frozen: { kind: 'none' } },
    },
  };
}

/** The top apps of the newest snapshot, as lines of their tokens. */
function tokenHistory(apps: readonly AppHistory[], columns: SnapshotHistory['columns']): SnapshotHistory {
  const listed = apps.filter((app) => app.points.at(-1)?.rank !== null).slice(0, TOKEN_LINES);
  return { kind: 'history', columns, series: listed.map((app) => toAppSeries(app, 'tokens')) };
}

function tokensFigure(board: Board, loaded: LoadedBoard, data: SiteData): HistoryBuilt {
  const id = boardTokensId(board);
  const heading = `${boardHeading(board)}: tokens over time`;
  const history = boardAppsOf(data, board);
  if (history.kind === 'not-enough-history') {
    return { kind: 'not-enough', anchor: id, heading, level: 2, message: describeNotEnoughHistory(history) };
  }
  const lines = tokenHistory(history.apps, history.columns);
  const { colors, legend } = lineColors(lines.series);
  const tokens = (value: number) => formatTokens(BigInt(Math.round(value)));
  const alt = describeHistory(lines, tokens);
  return {
    kind: 'figure',
    figure: {
      id,
      anchor: id,
      heading,
      title: `${boardHeading(board)}, tokens of the top ${lines.series.length}, ${snapshotSpan(lines.columns)}`,
      takeaway: alt,
      svg: historyLineChart(id, lines, { measure: 'tokens', yLabel: 'Tokens in 30 days', colors, size: SIZES.wide }),
      narrowSvg: historyLineChart(`${id}-narrow`, lines, {
        measure: 'tokens',
        yLabel: 'Tokens in 30 days',
        colors,
        size: SIZES.narrow,
      }),
      alt,
      minWidth: 560,
      legend,
      table: tokenTable(history.apps, lines, `${boardHeading(board)}: tokens in each snapshot's 30-day window`),
      notes: [
        SNAPSHOT_NOTE,
        `The ${lines.series.length} apps at the top of the newest snapshot; an app not listed in a snapshot has no point there.`,
        ...[gapNote(lines.columns, 'snapshot')].filter((n): n is string => n !== null),
      ],
      tokenCaveat: 'no-other',
      attribution: loaded.attribution,
      asOf: loaded.meta.as_of,
      links: linksOf(board, id),
      embed: { card: false, frozen: { kind: 'none' } },
    },
  };
}

/** The token table, from the exact counts (the chart's floats are for pixels only), exact on hover. */
function tokenTable(apps: readonly AppHistory[], lines: SnapshotHistory, caption: string): TableData {
  const exact = new Map(apps.map((app) => [String(app.appId), app.points]));
  return historyTable(lines, caption, (_value, key, i) => {
    const tokens = exact.get(key)?.[i]?.tokens;
    if (tokens === null || tokens === undefined) return '—';
    return { text: formatTokens(tokens), title: `${formatExact(tokens)} tokens` };
  });
}

/** The boards with a history: every sort and scope the newest snapshot has. */
function boardsOf(data: SiteData): { board: Board; loaded: LoadedBoard }[] {
  return APP_SORTS.flatMap((sort) =>
    allAppScopes().flatMap((scope) => {
      const loaded = boardOf(data, sort, scope);
      return loaded ? [{ board: { sort, scope }, loaded }] : [];
    }),
  );
}

/** A board's history figures (ranks; tokens too on popular boards), once per build; none without the board. */
export function boardHistoryBuilt(data: SiteData, board: Board): HistoryBuilt[] {
  return derived(data, `apps:history:${boardRanksId(board)}`, () => {
    const loaded = boardOf(data, board.sort, board.scope);
    if (!loaded) return [];
    const ranks = ranksFigure(board, loaded, data);
    return board.sort === 'popular' ? [ranks, tokensFigure(board, loaded, data)] : [ranks];
  });
}

/** The history slots of a board's page, in page order. */
export function boardHistorySlots(data: SiteData, board: Board): HistorySlot[] {
  return boardHistoryBuilt(data, board).map(toSlot);
}

/** Every board's history figures. */
export function appsHistoryFigures(data: SiteData): FigureInput[] {
  return boardsOf(data).flatMap(({ board }) => figuresOf(boardHistoryBuilt(data, board)));
}

/** One CSV row of a token history: an app at a snapshot, with its rank and exact tokens. */
type TokenCsvRow = {
  date: string;
  appId: number;
  name: string;
  rank: number | null;
  tokens: bigint | null;
  gapBefore: boolean;
};

const TOKEN_CSV_COLUMNS: CsvColumn<TokenCsvRow>[] = [
  { header: 'snapshot_date', value: (r) => r.date },
  { header: 'app_id', value: (r) => r.appId },
  { header: 'name', value: (r) => r.name },
  { header: 'rank', value: (r) => r.rank },
  { header: 'window_tokens', value: (r) => r.tokens },
  { header: 'gap_before', value: (r) => (r.gapBefore ? 'yes' : '') },
];

/** Every board history's CSV: each rank drawn, and each token count drawn with the app's rank. */
export function appsHistoryCsvFiles(data: SiteData): CsvFile[] {
  return boardsOf(data).flatMap(({ board }) => {
    const bump = boardBumpOf(data, board);
    if (bump.kind !== 'bump') return [];
    const id = boardRanksId(board);
    const files = [{ path: `/apps/${id}.csv`, body: toCsv(bumpCsvColumns('app_id'), toBumpCsvRows(bump)) }];
    const history = boardAppsOf(data, board);
    if (board.sort !== 'popular' || history.kind !== 'history') return files;
    const drawn = new Set(tokenHistory(history.apps, history.columns).series.map((s) => s.key));
    const rows = history.apps
      .filter((app) => drawn.has(String(app.appId)))
      .flatMap((app) =>
        app.points.map((p, i) => ({
          ...p,
          appId: app.appId,
          name: app.name,
          gapBefore: history.columns[i]?.gapBefore ?? false,
        })),
      );
    return [...files, { path: `/apps/${boardTokensId(board)}.csv`, body: toCsv(TOKEN_CSV_COLUMNS, rows) }];
  });
}
