/**
 * The figures and tables of `/models/`, built from the archive: each returns ready props for ChartFigure or
 * DataTable (strings, SVG), and the CSV/SVG endpoints reuse the same builders so a download is what is drawn.
 */
import type { LegendItem, TableCell, TableData } from '../../components/types.ts';
import { modelShareChart } from '../../lib/charts/model-share.ts';
import { SIZES } from '../../lib/charts/theme.ts';
import { toChartColors, type SiteColors } from '../../lib/transform/colors.ts';
import {
  formatChange,
  formatDate,
  formatExact,
  formatPoints,
  formatShare,
  formatTokens,
} from '../../lib/transform/format.ts';
import {
  toLeaderboard,
  type Leaderboard,
  type LeaderboardRow,
  type Mover,
} from '../../lib/transform/leaderboard-models.ts';
import { authorOf, displayNameOf, toPageSlug } from '../../lib/transform/model-slugs.ts';
import { describeRange, describeShareSeries, shareTakeaway } from '../../lib/transform/model-text.ts';
import { DEFAULT_TOP_N, OTHER_KEY, toShareSeries, type KeyOf, type ShareSeries } from '../../lib/transform/shares.ts';
import type { ShareWindow, Window } from '../../lib/transform/windows.ts';
import { inProgressNote, viewId, type ModelView, type ModelsArchive } from './_data.ts';

/** Models or authors: what a series is, how it is named, and how it links. */
export type Grouping = { kind: 'model' | 'author'; keyOf: KeyOf; colors: (archive: ModelsArchive) => SiteColors };

export const BY_MODEL: Grouping = { kind: 'model', keyOf: (permaslug) => permaslug, colors: (a) => a.modelColors };
export const BY_AUTHOR: Grouping = { kind: 'author', keyOf: authorOf, colors: (a) => a.authorColors };

/** A series' name on the page: the model's short name or the author, `Other` for the long tail. */
export function labelOf(grouping: Grouping, key: string): string {
  if (key === OTHER_KEY) return 'Other';
  return grouping.kind === 'model' ? displayNameOf(key) : key;
}

/** Site path of a model's page, or undefined for authors and `Other` (no page). */
function hrefOf(grouping: Grouping, key: string): string | undefined {
  return grouping.kind === 'model' && key !== OTHER_KEY ? `/models/${toPageSlug(key)}/` : undefined;
}

const seriesCache = new Map<string, ShareSeries | null>();

/** The share series of a window and grouping, computed once per build. */
export function shareSeriesOf(archive: ModelsArchive, grouping: Grouping, window: ShareWindow): ShareSeries | null {
  const key = `${grouping.kind}:${window}`;
  if (!seriesCache.has(key)) seriesCache.set(key, toShareSeries(archive.rows, { window, keyOf: grouping.keyOf }));
  return seriesCache.get(key) ?? null;
}

/** Everything ChartFigure needs for one share chart, plus the series it was drawn from. */
export type ShareFigure = {
  id: string;
  series: ShareSeries;
  svg: string;
  alt: string;
  takeaway: string;
  legend: LegendItem[];
  table: TableData;
};

/** The chart id of a share chart: `model-share-share-30d`, `author-share-share-30d`. */
export function shareFigureId(grouping: Grouping, view: ModelView): string {
  return `${grouping.kind}-share-${viewId(view)}`;
}

/** The share chart of one view and grouping; null without data. */
export function shareFigure(archive: ModelsArchive, grouping: Grouping, view: ModelView): ShareFigure | null {
  const series = shareSeriesOf(archive, grouping, view.window);
  if (!series) return null;
  const id = shareFigureId(grouping, view);
  const colors = toChartColors(grouping.colors(archive), series.keys);
  const svg = modelShareChart(id, series, { variant: view.measure, colors, size: SIZES.wide });
  const name = (key: string) => (key === OTHER_KEY ? 'Other' : key);
  return {
    id,
    series,
    svg,
    alt: describeShareSeries(series, name),
    takeaway: shareTakeaway(series, name),
    legend: series.keys.map((key, i) => ({ label: labelOf(grouping, key), color: colors[i] ?? '' })),
    table: toSeriesTable(series, grouping, view),
  };
}

/** What the chart draws, one row per period and one column per series (Other last). */
function toSeriesTable(series: ShareSeries, grouping: Grouping, view: ModelView): TableData {
  const byPeriod = new Map(series.periods.map((p) => [p, new Map<string, TableCell>()]));
  for (const point of series.points) {
    const cell: TableCell =
      view.measure === 'share'
        ? formatShare(point.share)
        : { text: formatTokens(point.tokens), title: formatExact(point.tokens) };
    byPeriod.get(point.period)?.set(point.key, cell);
  }
  const weekly = series.range.grain === 'week';
  const measure = view.measure === 'share' ? 'Share of tokens' : 'Tokens';
  return {
    caption: `${measure} by ${grouping.kind}, ${weekly ? 'weekly' : 'daily'}, ${describeRange(series)}`,
    columns: [weekly ? 'Week of' : 'Date', ...series.keys.map((key) => labelOf(grouping, key))],
    rows: series.periods.map((period) => [
      formatDate(period),
      ...series.keys.map((key) => byPeriod.get(period)?.get(key) ?? ''),
    ]),
  };
}

const boardCache = new Map<string, Leaderboard | null>();

/** A leaderboard of a window and grouping, computed once per build (`7d` is week over week). */
export function leaderboardOf(
  archive: ModelsArchive,
  grouping: Grouping,
  window: Window,
  topN = DEFAULT_TOP_N,
): Leaderboard | null {
  const key = `${grouping.kind}:${window}:${topN}`;
  if (!boardCache.has(key)) boardCache.set(key, toLeaderboard(archive.rows, { window, topN, keyOf: grouping.keyOf }));
  return boardCache.get(key) ?? null;
}

/** `vs 27 Sep 2026 – 26 Oct 2026`, or `no earlier window in the archive`. */
export function baselinePhrase(board: Leaderboard): string {
  return board.previous
    ? `vs ${formatDate(board.previous.start)} – ${formatDate(board.previous.end)}`
    : 'no earlier window in the archive';
}

/** A leaderboard as a table: rank, name (linked), tokens, share bar, and the change against the baseline. */
export function leaderboardTable(board: Leaderboard, grouping: Grouping, caption: string): TableData {
  const maxShare = Math.max(...board.rows.filter((r) => r.rank !== null).map((r) => r.share), 0);
  const cell = (row: LeaderboardRow): TableCell[] => {
    const href = hrefOf(grouping, row.key);
    return [
      row.rank === null ? '—' : String(row.rank),
      href ? { text: labelOf(grouping, row.key), href, title: row.key } : labelOf(grouping, row.key),
      { text: formatTokens(row.tokens), title: formatExact(row.tokens) },
      { text: formatShare(row.share), bar: maxShare > 0 && row.rank !== null ? row.share / maxShare : 0 },
      row.shareChange === null ? '—' : formatPoints(row.shareChange),
      board.previous ? formatChange(row.tokenChange) : '—',
    ];
  };
  return {
    caption,
    columns: [
      'Rank',
      grouping.kind === 'model' ? 'Model' : 'Author',
      { label: 'Tokens', numeric: true },
      { label: 'Share', numeric: true },
      { label: 'Share change', numeric: true },
      { label: 'Token change', numeric: true },
    ],
    rows: board.rows.map(cell),
  };
}

/** What `Other` holds and why a model can drop to 0 (the spec: only the top 50 are listed per day). */
const FOLD_NOTE =
  "Other is the API's other row (every model outside each day's top 50) plus the top-50 models not shown. A model " +
  "missing from a day's top 50 is inside that day's Other, so its own series is 0 that day: not a gap in the data.";

/** The notes under a share chart: the in-progress day, the weekly grain, and what Other holds. */
export function shareNotes(archive: ModelsArchive, series: ShareSeries): string[] {
  const { grain, end } = series.range;
  const weekly =
    grain === 'week' ? `Weekly sums, Monday to Sunday, through the last complete week (to ${formatDate(end)}).` : null;
  return [inProgressNote(archive), weekly, FOLD_NOTE].filter((note): note is string => note !== null);
}

/** `gpt-5, +2.1 pp to 18.0%`: a riser or faller in words. */
export function moverPhrase(mover: Mover): string {
  return `${displayNameOf(mover.key)}, ${formatPoints(mover.shareChange)} to ${formatShare(mover.share)}`;
}
