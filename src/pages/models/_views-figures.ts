/**
 * The figure of each rankings-view page (`/models/categories/` …): a stacked-area share of weekly tokens by model,
 * built with the model share chart's own helpers. The CSV and SVG endpoints (`/models/views/`) reuse these
 * builders, so a download is exactly what is drawn.
 */
import type { LegendItem, TableData } from '../../components/types.ts';
import { modelShareChart } from '../../lib/charts/model-share.ts';
import { SIZES } from '../../lib/charts/theme.ts';
import { toChartColors } from '../../lib/transform/colors.ts';
import { formatDate, formatShare } from '../../lib/transform/format.ts';
import { shareSeriesCsv } from '../../lib/transform/model-csv.ts';
import { describeRange, describeShareSeries, shareTakeaway } from '../../lib/transform/model-text.ts';
import { OTHER_KEY, type ShareSeries } from '../../lib/transform/shares.ts';
import { toWeeklyShareSeries } from '../../lib/transform/weekly-shares.ts';
import { BY_MODEL, labelOf } from './_figures.ts';
import {
  loadView,
  SECTIONS,
  sectionPages,
  VIEW_SECTIONS,
  viewChartId,
  viewTitle,
  type LoadedView,
  type ViewPage,
} from './_views-data.ts';

/** Everything ChartFigure needs for one view, plus its CSV. */
export type ViewFigure = {
  id: string;
  title: string;
  /** The title with its window, for where the chart stands alone (embeds, exports): `…, last 12 weeks`. */
  standaloneTitle: string;
  takeaway: string;
  svg: string;
  alt: string;
  legend: LegendItem[];
  table: TableData;
  notes: string[];
  csv: string;
  attribution: string;
  /** `as_of` of the view's newest response. */
  asOf: string;
  /** The Sunday that ends the last week drawn (`YYYY-MM-DD`). */
  weeksThrough: string;
};

/** A window in a standalone title, where no window toggle says it. */
const WINDOW_PHRASES: Readonly<Record<ViewPage['window'], string>> = {
  '12w': 'last 12 weeks',
  '52w': 'last 52 weeks',
  all: 'every week',
};

/** The API's wording of what the sampled views are, as every estimate chart must say it. */
export const ESTIMATE_NOTE =
  'Estimates: this view is sampled and upsampled, so totals are estimates; the trailing week may include traffic ' +
  'past the end date.';

/** What `Other` holds, per week (the API lists the top 50 of each week). */
const WEEKLY_FOLD_NOTE =
  "Other is the API's other row (every model outside each week's top 50) plus the top-50 models not shown. A model " +
  "missing from a week's top 50 is inside that week's Other, so its own series is 0 that week: not a gap in the data.";

/** The week notes: the weekly grain, the week in progress, and a leading part-week when the window reaches it. */
function weekNotes(loaded: LoadedView, series: ShareSeries): string[] {
  const notes = [`Weekly sums, Monday to Sunday, through the last complete week (to ${formatDate(series.range.end)}).`];
  const weeks = (mondays: readonly string[]) => mondays.map(formatDate).join(' and ');
  if (loaded.inProgress.length > 0) {
    const verb = loaded.inProgress.length === 1 ? 'is' : 'are';
    notes.push(`The week of ${weeks(loaded.inProgress)} ${verb} in progress (its totals still grow) and not shown.`);
  }
  if (loaded.leading.length > 0 && series.range.start === loaded.rows[0]?.date) {
    notes.push(`The week of ${weeks(loaded.leading)} starts before the data does and is not shown.`);
  }
  return notes;
}

/** The chart's series as a table: one row per week, one column per series (Other last), shares as drawn. */
function toShareTable(series: ShareSeries, caption: string): TableData {
  const share = new Map(series.points.map((p) => [`${p.period}\u0000${p.key}`, formatShare(p.share)]));
  return {
    caption,
    columns: ['Week of', ...series.keys.map((key) => labelOf(BY_MODEL, key))],
    rows: series.periods.map((period) => [
      formatDate(period),
      ...series.keys.map((key) => share.get(`${period}\u0000${key}`) ?? ''),
    ]),
  };
}

/** The note on what a view holds, if its section has one for it. */
function viewNotesOf(page: ViewPage): string[] {
  const note = SECTIONS[page.section].viewNotes[page.view];
  return note === undefined ? [] : [note];
}

const cache = new Map<string, ViewFigure | null>();

/** The figure of one page, or null when the archive has no whole week of that view. Built once per build. */
export function viewFigure(page: ViewPage): ViewFigure | null {
  const id = viewChartId(page);
  if (!cache.has(id)) cache.set(id, buildViewFigure(page, id));
  return cache.get(id) ?? null;
}

function buildViewFigure(page: ViewPage, id: string): ViewFigure | null {
  const loaded = loadView(page.section, page.view);
  const series = loaded && toWeeklyShareSeries(loaded.rows, { window: page.window });
  if (!loaded || !series) return null;
  const label = viewTitle(page.section, page.view);
  const estimate = loaded.estimate ? ' (estimate)' : '';
  const colors = toChartColors(loaded.colors, series.keys);
  const name = (key: string) => (key === OTHER_KEY ? 'Other' : key);
  const prefix = loaded.estimate ? 'Estimate: ' : '';
  return {
    id,
    title: `${label}: share of weekly tokens by model${estimate}`,
    standaloneTitle: `${label}: share of weekly tokens by model, ${WINDOW_PHRASES[page.window]}${estimate}`,
    takeaway: `${prefix}${shareTakeaway(series, name)}`,
    svg: modelShareChart(id, series, { variant: 'share', colors, size: SIZES.wide }),
    alt: `${label}${estimate}, weekly. ${describeShareSeries(series, name)}`,
    legend: series.keys.map((key, i) => ({ label: labelOf(BY_MODEL, key), color: colors[i] ?? '' })),
    table: toShareTable(series, `${label}: share of tokens by model, weekly, ${describeRange(series)}${estimate}`),
    notes: [
      ...(loaded.estimate ? [ESTIMATE_NOTE] : []),
      ...weekNotes(loaded, series),
      WEEKLY_FOLD_NOTE,
      ...viewNotesOf(page),
    ],
    csv: shareSeriesCsv(series, 'model'),
    attribution: loaded.attribution,
    asOf: loaded.meta.as_of,
    weeksThrough: series.range.end,
  };
}

/** Where the views' downloads are: `/models/views/<chart id>.{csv,svg,png}`. */
export const VIEWS_DOWNLOAD_FOLDER = '/models/views';

/** Site path of a download: `/models/views/models-categories-programming-52w.csv`. */
export function viewDownloadPath(id: string, extension: 'csv' | 'svg' | 'png'): string {
  return `${VIEWS_DOWNLOAD_FOLDER}/${id}.${extension}`;
}

/** The CSV of every figure, by chart id. */
export function viewCsvFiles(): { name: string; body: string }[] {
  return VIEW_SECTIONS.flatMap((section) =>
    sectionPages(section).flatMap((page) => {
      const figure = viewFigure(page);
      return figure ? [{ name: figure.id, body: figure.csv }] : [];
    }),
  );
}
