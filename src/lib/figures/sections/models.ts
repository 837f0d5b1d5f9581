/**
 * The models section (`/models/`, `/models/view/<view>/`): the model share chart in every view, the author share
 * chart, the leaderboards, and the CSV of each as shown.
 */
import { modelShareChart } from '../../charts/model-share.ts';
import { SIZES } from '../../charts/theme.ts';
import { toChartColors, type SiteColors } from '../../transform/colors.ts';
import {
  formatChange,
  formatDate,
  formatExact,
  formatPoints,
  formatShare,
  formatTokens,
} from '../../transform/format.ts';
import {
  toLeaderboard,
  toMovers,
  type Leaderboard,
  type LeaderboardRow,
  type Mover,
} from '../../transform/leaderboard-models.ts';
import { leaderboardCsv, shareSeriesCsv } from '../../transform/model-csv.ts';
import { toModelList, type ModelSummary } from '../../transform/model-history.ts';
import { authorOf } from '../../transform/model-slugs.ts';
import { describeRange, describeShareSeries, rangePhrase, shareTakeaway } from '../../transform/model-text.ts';
import { isolate } from '../../transform/safe-text.ts';
import { DEFAULT_TOP_N, OTHER_KEY, toShareSeries, type KeyOf, type ShareSeries } from '../../transform/shares.ts';
import { SHARE_WINDOWS, type ShareWindow, type Window } from '../../transform/windows.ts';
import { modelPagePath, modelsViewPath, SHARE_ANCHOR, SPEND_ANCHOR, SPEND_PATH } from '../routes.ts';
import type { CsvFile, FigureInput, TableCell, TableData, Variant, VariantGroup } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { inProgressNote, modelsArchive, type ModelsArchive } from './models-data.ts';
import { authorNameOf, modelNameOf, modelNamer } from './model-names.ts';
import { expiryNote, releasesNote, releasesSentence, shareReleases } from './model-releases.ts';
import { allViews, DEFAULT_VIEW, MEASURES, viewId, WINDOW_LABELS, type ModelView } from './models-spec.ts';
import { toMonthlySeries } from '../../transform/monthly-shares.ts';

/** Models or authors: what a series is, how it is named, and how it links. */
export type Grouping = { kind: 'model' | 'author'; keyOf: KeyOf; colors: (archive: ModelsArchive) => SiteColors };

export const BY_MODEL: Grouping = { kind: 'model', keyOf: (permaslug) => permaslug, colors: (a) => a.modelColors };
export const BY_AUTHOR: Grouping = { kind: 'author', keyOf: authorOf, colors: (a) => a.authorColors };

/**
 * A series' name on the page: the model's display name (`modelNameOf`) or the author's (`authorNameOf`), `Other` for
 * the long tail.
 */
export function labelOf(data: SiteData, grouping: Grouping, key: string): string {
  if (key === OTHER_KEY) return 'Other';
  return grouping.kind === 'model' ? modelNameOf(data, key) : authorNameOf(data, key);
}

/** Site path of a model's page, or undefined for authors and `Other` (no page). */
function hrefOf(grouping: Grouping, key: string): string | undefined {
  return grouping.kind === 'model' && key !== OTHER_KEY ? modelPagePath(key) : undefined;
}

/** The share series of a window and grouping, computed once per build. */
export function shareSeriesOf(data: SiteData, grouping: Grouping, window: ShareWindow): ShareSeries | null {
  const archive = modelsArchive(data);
  return derived(data, `share:${grouping.kind}:${window}`, () =>
    archive ? toShareSeries(archive.rows, { window, keyOf: grouping.keyOf }) : null,
  );
}

/** A leaderboard of a window and grouping, computed once per build (`7d` is week over week). */
export function leaderboardOf(
  data: SiteData,
  grouping: Grouping,
  window: Window,
  topN = DEFAULT_TOP_N,
): Leaderboard | null {
  const archive = modelsArchive(data);
  return derived(data, `leaderboard:${grouping.kind}:${window}:${topN}`, () =>
    archive ? toLeaderboard(archive.rows, { window, topN, keyOf: grouping.keyOf }) : null,
  );
}

/** The chart id of a share chart: `model-share-share-30d`, `author-share-share-30d`. */
export function shareFigureId(grouping: Grouping, view: ModelView): string {
  return `${grouping.kind}-share-${viewId(view)}`;
}

/** What the chart draws, one row per period and one column per series (Other last). */
function toSeriesTable(data: SiteData, series: ShareSeries, grouping: Grouping, view: ModelView): TableData {
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
    columns: [weekly ? 'Week of' : 'Date', ...series.keys.map((key) => labelOf(data, grouping, key))],
    rows: series.periods.map((period) => [
      formatDate(period),
      ...series.keys.map((key) => byPeriod.get(period)?.get(key) ?? ''),
    ]),
  };
}

/** What `Other` holds and why a model can drop to 0 (the spec: only the top 50 are listed per day). */
const FOLD_NOTE =
  "Other is the API's other row (every model outside each day's top 50) plus the top-50 models not shown. A model " +
  "missing from a day's top 50 is inside that day's Other, so its own series is 0 that day: not a gap in the data.";

const AUTHOR_NOTE =
  'An author is the organisation in the model slug (anthropic/… is Anthropic), summed over its models in the top 50.';

/**
 * The notes under a share chart: the in-progress day, the weekly grain (summed by month on a narrow screen when the
 * weeks are too many to tell apart there), and what Other holds.
 */
function shareNotes(archive: ModelsArchive, series: ShareSeries, narrowByMonth: boolean): string[] {
  const { grain, end } = series.range;
  const weekly =
    grain === 'week' ? `Weekly sums, Monday to Sunday, through the last complete week (to ${formatDate(end)}).` : null;
  const monthly = narrowByMonth
    ? `On a narrow screen the chart sums the ${series.periods.length} weeks by calendar month (each week in the month it starts); the table keeps every week.`
    : null;
  return [inProgressNote(archive), weekly, monthly, FOLD_NOTE].filter((note): note is string => note !== null);
}

/** The measure toggle's link to the estimated spend view (`current` on that view's own figure). */
export function spendOption(current: boolean): Variant {
  return { label: 'Estimated spend', href: `${SPEND_PATH}#${SPEND_ANCHOR}`, current };
}

/** The measure and window toggles of the model share chart in `view`; with a catalogue, a link to the spend view. */
function shareVariants(data: SiteData, view: ModelView): VariantGroup[] {
  const measures = MEASURES.map(({ measure, label }) => ({
    label,
    href: `${modelsViewPath({ measure, window: view.window })}#${SHARE_ANCHOR}`,
    current: measure === view.measure,
  }));
  return [
    { label: 'Measure', options: data.catalogue ? [...measures, spendOption(false)] : measures },
    {
      label: 'Window',
      options: SHARE_WINDOWS.map((window) => ({
        label: WINDOW_LABELS[window],
        href: `${modelsViewPath({ measure: view.measure, window })}#${SHARE_ANCHOR}`,
        current: window === view.window,
      })),
    },
  ];
}

/** The share chart of one view and grouping; null without data. */
function shareFigure(data: SiteData, grouping: Grouping, view: ModelView): FigureInput | null {
  const archive = modelsArchive(data);
  const series = shareSeriesOf(data, grouping, view.window);
  if (!archive || !series) return null;
  const id = shareFigureId(grouping, view);
  const colors = toChartColors(grouping.colors(archive), series.keys);
  const name = (key: string) => labelOf(data, grouping, key);
  const tipName = (key: string) => isolate(name(key)); // the chart's tooltips (SVG <title>)
  const what = grouping.kind === 'model' ? 'by model' : 'by author';
  const heading = view.measure === 'share' ? `Share of tokens ${what}` : `Tokens ${what}`;
  const isModel = grouping.kind === 'model';
  const isDefaultWindow = view.window === DEFAULT_VIEW.window;
  const narrowSeries = toMonthlySeries(series);
  const { releases, markers } = isModel ? shareReleases(data, series, SIZES.wide.width) : { releases: [], markers: [] };
  return {
    id,
    anchor: isModel ? SHARE_ANCHOR : 'author-share',
    heading,
    title: `${heading}, ${rangePhrase(series)}`,
    takeaway: shareTakeaway(series, name),
    svg: modelShareChart(id, series, { variant: view.measure, colors, size: SIZES.wide, labelOf: tipName, markers }),
    narrowSvg: modelShareChart(id, narrowSeries, {
      variant: view.measure,
      colors,
      size: SIZES.narrow,
      labelOf: tipName,
      markers,
    }),
    alt: [describeShareSeries(series, name), releasesSentence(releases)].filter((s) => s !== null).join(' '),
    minWidth: 560,
    legend: series.keys.map((key, i) => ({ label: name(key), color: colors[i] ?? '' })),
    table: toSeriesTable(data, series, grouping, view),
    notes: [
      ...(isModel ? [] : [AUTHOR_NOTE]),
      ...shareNotes(archive, series, narrowSeries.byMonth === true),
      ...[releasesNote(releases), isModel ? expiryNote(data, series.keys) : null].filter((n) => n !== null),
    ],
    tokenCaveat: true,
    attribution: archive.attribution,
    asOf: archive.asOf,
    links: {
      page: isModel ? `${modelsViewPath(view)}#${SHARE_ANCHOR}` : '/models/#author-share',
      csv: isModel ? `/models/model-share-${view.window}.csv` : `/models/author-share-${view.window}.csv`,
      exports: `/models/${id}`,
    },
    variants: isModel ? shareVariants(data, view) : [],
    embed: {
      card: isModel,
      frozen: isDefaultWindow
        ? { kind: 'own' }
        : { kind: 'variant', of: shareFigureId(grouping, { ...view, window: DEFAULT_VIEW.window }) },
    },
  };
}

/** The section's figures: the model share chart in every view (the default first), then the author share chart. */
export function modelsFigures(data: SiteData): FigureInput[] {
  const views = allViews().flatMap((view) => shareFigure(data, BY_MODEL, view) ?? []);
  const author = shareFigure(data, BY_AUTHOR, DEFAULT_VIEW);
  return author ? [...views, author] : views;
}

/** `vs 27 Sep 2026 – 26 Oct 2026`, or `no earlier window in the archive`. */
export function baselinePhrase(board: Leaderboard): string {
  return board.previous
    ? `vs ${formatDate(board.previous.start)} – ${formatDate(board.previous.end)}`
    : 'no earlier window in the archive';
}

/** A leaderboard as a table: rank, name (linked), tokens, share bar, and the change against the baseline. */
export function leaderboardTable(data: SiteData, board: Leaderboard, grouping: Grouping, caption: string): TableData {
  const maxShare = Math.max(...board.rows.filter((r) => r.rank !== null).map((r) => r.share), 0);
  const cell = (row: LeaderboardRow): TableCell[] => {
    const href = hrefOf(grouping, row.key);
    const name = labelOf(data, grouping, row.key);
    return [
      row.rank === null ? '—' : String(row.rank),
      href ? { text: name, href, title: row.key } : name,
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

/** `GPT-5, +2.1 pp to 18.0%`: a riser or faller in words, named by `nameOf` (e.g. `modelNamer(data)`). */
export function moverPhrase(mover: Mover, nameOf: (permaslug: string) => string): string {
  return `${isolate(nameOf(mover.key))}, ${formatPoints(mover.shareChange)} to ${formatShare(mover.share)}`;
}

/** A leaderboard as its page shows it: the board, its table, its CSV, and notes on its rows (expiring models). */
export type BoardBlock = { board: Leaderboard; table: TableData; csvHref: string; notes: string[] };

/** A model that ever ranked, with its display name (the "every model" list). */
export type NamedModel = ModelSummary & { name: string };

/** What `/models/` shows besides its figures, in `view`: the leaderboards, the week's movers, every model. */
export type ModelsPage = {
  archive: ModelsArchive;
  board: BoardBlock | null;
  /** The week-over-week board, its biggest riser and faller, and them in words (`movers`, empty without either). */
  week: (BoardBlock & { riser: Mover | null; faller: Mover | null; movers: string }) | null;
  models: NamedModel[];
};

/** ` Biggest riser: GPT-5, +2.1 pp to 18.0%. Biggest faller: …`, or `''` without a riser or faller. */
function moversText(data: SiteData, riser: Mover | null, faller: Mover | null): string {
  const nameOf = modelNamer(data);
  const rise = riser ? ` Biggest riser: ${moverPhrase(riser, nameOf)}.` : '';
  return `${rise}${faller ? ` Biggest faller: ${moverPhrase(faller, nameOf)}.` : ''}`;
}

/** A board as its page shows it, with the note on its expiring models. */
function toBoardBlock(data: SiteData, board: Leaderboard, caption: string, csvHref: string): BoardBlock {
  const notes = [
    expiryNote(
      data,
      board.rows.map((r) => r.key),
    ),
  ].filter((n) => n !== null);
  return { board, table: leaderboardTable(data, board, BY_MODEL, caption), csvHref, notes };
}

/** The `<title>` of the models page in `view`: `Models`, `Models: tokens by model, 90 d`. */
export function modelsPageTitle(view: ModelView): string {
  if (viewId(view) === viewId(DEFAULT_VIEW)) return 'Models';
  const title = view.measure === 'share' ? 'Share of tokens by model' : 'Tokens by model';
  return `Models: ${title.toLowerCase()}, ${WINDOW_LABELS[view.window]}`;
}

/** The content of the models page in `view`, or null when the archive has no rankings. */
export function modelsPage(data: SiteData, view: ModelView): ModelsPage | null {
  const archive = modelsArchive(data);
  if (!archive) return null;
  const board = leaderboardOf(data, BY_MODEL, view.window);
  const week = leaderboardOf(data, BY_MODEL, '7d', 20);
  const movers = derived(data, 'movers:7d', () => toMovers(archive.rows, { window: '7d' }));
  const list = derived(data, 'model-list', () => toModelList(archive.rows));
  const boardCaption = (b: Leaderboard) => `Top models by tokens, ${describeRange(b)}, ${baselinePhrase(b)}`;
  return {
    archive,
    board: board && toBoardBlock(data, board, boardCaption(board), `/models/model-leaderboard-${view.window}.csv`),
    week: week && {
      ...toBoardBlock(
        data,
        week,
        `Top models, last 7 complete days, ${baselinePhrase(week)}`,
        '/models/model-week-over-week.csv',
      ),
      ...movers,
      movers: moversText(data, movers.riser, movers.faller),
    },
    models: list.map((model) => ({ ...model, name: modelNameOf(data, model.permaslug) })),
  };
}

/** Every CSV of `/models/`: share series per window, the author share, the leaderboards. */
export function modelsCsvFiles(data: SiteData): CsvFile[] {
  const files: CsvFile[] = [];
  const nameOf = modelNamer(data);
  for (const window of SHARE_WINDOWS) {
    const series = shareSeriesOf(data, BY_MODEL, window);
    if (series)
      files.push({ path: `/models/model-share-${window}.csv`, body: shareSeriesCsv(series, 'model', nameOf) });
    const board = leaderboardOf(data, BY_MODEL, window);
    const body = board && leaderboardCsv(board, 'model', nameOf);
    if (body) files.push({ path: `/models/model-leaderboard-${window}.csv`, body });
  }
  const authors = shareSeriesOf(data, BY_AUTHOR, '30d');
  const authorName = (org: string) => authorNameOf(data, org);
  if (authors) {
    files.push({ path: '/models/author-share-30d.csv', body: shareSeriesCsv(authors, 'author', authorName) });
  }
  const week = leaderboardOf(data, BY_MODEL, '7d', 20);
  if (week) files.push({ path: '/models/model-week-over-week.csv', body: leaderboardCsv(week, 'model', nameOf) });
  return files;
}
