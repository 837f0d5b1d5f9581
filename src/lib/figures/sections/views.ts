/**
 * The rankings views (`/models/categories/`, `/models/languages/`, `/models/modalities/`, `/models/context/`): each
 * view's whole weeks as a stacked-area share of weekly tokens by model, in every window, with the CSV of each as
 * drawn. Every view of a section gets its pages even when the archive has none of its data (an older archive, or a
 * server that refused the newer parameters): the page then says so.
 */
import type { WindowMeta } from '../../api/common.ts';
import type { RankingsDailyRow } from '../../api/rankings-daily.ts';
import type { RankingsViewDataset } from '../../archive/format.ts';
import { modelShareChart } from '../../charts/model-share.ts';
import { OTHER_COLOR, SERIES_PALETTE, SIZES } from '../../charts/theme.ts';
import { attributionFor } from '../../transform/citation.ts';
import { toChartColors, toSiteColors, type SiteColors } from '../../transform/colors.ts';
import { formatDate, formatShare } from '../../transform/format.ts';
import { shareSeriesCsv } from '../../transform/model-csv.ts';
import { describeRange, describeShareSeries, shareTakeaway } from '../../transform/model-text.ts';
import { isolate } from '../../transform/safe-text.ts';
import type { ShareSeries } from '../../transform/shares.ts';
import { toWeeklyShareSeries, toWholeWeeks, WEEK_WINDOWS } from '../../transform/weekly-shares.ts';
import { sectionPages, VIEW_ANCHOR, viewChartId, viewPagePath, VIEWS_DOWNLOAD_FOLDER } from '../routes.ts';
import type { CsvFile, FigureInput, TableData, Variant, VariantGroup } from '../schema.ts';
import { derived, type SiteData } from '../site-data.ts';
import { modelsArchive } from './models-data.ts';
import { BY_MODEL, labelOf } from './models.ts';
import { modelNamer } from './model-names.ts';
import { expiryNote, releasesNote, releasesSentence, shareReleases } from './model-releases.ts';
import {
  DEFAULT_WINDOW,
  SECTIONS,
  VIEW_SECTIONS,
  viewLabel,
  viewTitle,
  WEEK_WINDOW_LABELS,
  type SectionSpec,
  type ViewPage,
  type ViewSection,
} from './views-spec.ts';

/** One view's whole weeks, what was left out, and how to cite and colour it. */
export type LoadedView = {
  view: string;
  rows: RankingsDailyRow[];
  /** Mondays of the weeks left out as in progress, and of a leading week that starts before the data. */
  inProgress: string[];
  leading: string[];
  meta: WindowMeta;
  synthetic: boolean;
  estimate: boolean;
  attribution: string;
  colors: SiteColors;
};

/** Every archived view of a dataset, by view, with whole weeks only; computed once per build. */
export function loadedViews(data: SiteData, dataset: RankingsViewDataset): ReadonlyMap<string, LoadedView> {
  return derived(data, `views:${dataset}`, () => {
    const archives = data.views[dataset];
    // A model keeps its site colour (from the daily rankings); without them, colours come from the views themselves.
    const colors =
      modelsArchive(data)?.modelColors ??
      toSiteColors(
        archives.flatMap((a) => a.rows),
        SERIES_PALETTE,
        OTHER_COLOR,
      );
    return new Map(
      archives.map((archive): [string, LoadedView] => [
        archive.view,
        {
          view: archive.view,
          ...toWholeWeeks(archive.rows, archive.meta.as_of),
          meta: archive.meta,
          synthetic: archive.synthetic,
          estimate: archive.estimate,
          attribution: attributionFor({ asOf: archive.meta.as_of, synthetic: archive.synthetic }),
          colors,
        },
      ]),
    );
  });
}

/** One view of a page's section, or null when the archive has none of it. */
function loadedView(data: SiteData, page: ViewPage): LoadedView | null {
  return loadedViews(data, SECTIONS[page.section].dataset).get(page.view) ?? null;
}

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
function toShareTable(data: SiteData, series: ShareSeries, caption: string): TableData {
  const share = new Map(series.points.map((p) => [`${p.period}\u0000${p.key}`, formatShare(p.share)]));
  return {
    caption,
    columns: ['Week of', ...series.keys.map((key) => labelOf(data, BY_MODEL, key))],
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

/** The view toggle of a page: every view of its section in the page's window, the page's view current. */
function viewOptions(page: ViewPage): Variant[] {
  return SECTIONS[page.section].views.map((view) => ({
    label: viewLabel(page.section, view),
    href: `${viewPagePath({ ...page, view })}#${VIEW_ANCHOR}`,
    current: view === page.view,
  }));
}

/** The view and window toggles of a page's figure. */
function viewVariants(page: ViewPage): VariantGroup[] {
  const windows = WEEK_WINDOWS.map((window) => ({
    label: WEEK_WINDOW_LABELS[window],
    href: `${viewPagePath({ ...page, window })}#${VIEW_ANCHOR}`,
    current: window === page.window,
  }));
  return [
    { label: SECTIONS[page.section].toggleLabel, options: viewOptions(page) },
    { label: 'Window', options: windows },
  ];
}

/** The series of one page, computed once per build; null when the archive has no whole week of the view. */
function viewSeries(data: SiteData, page: ViewPage): ShareSeries | null {
  return derived(data, `view-series:${viewChartId(page)}`, () => {
    const loaded = loadedView(data, page);
    return loaded && toWeeklyShareSeries(loaded.rows, { window: page.window });
  });
}

/** The figure of one page; null when the archive has no whole week of that view. */
function viewFigure(data: SiteData, page: ViewPage): FigureInput | null {
  const loaded = loadedView(data, page);
  const series = viewSeries(data, page);
  if (!loaded || !series) return null;
  const id = viewChartId(page);
  const label = viewTitle(page.section, page.view);
  const estimate = loaded.estimate ? ' (estimate)' : '';
  const colors = toChartColors(loaded.colors, series.keys);
  const name = (key: string) => labelOf(data, BY_MODEL, key);
  const tipName = (key: string) => isolate(name(key)); // the chart's tooltips (SVG <title>)
  const isDefaultWindow = page.window === DEFAULT_WINDOW;
  const { releases, markers } = shareReleases(data, series, SIZES.wide.width);
  return {
    id,
    anchor: VIEW_ANCHOR,
    heading: `${label}: share of weekly tokens by model${estimate}`,
    title: `${label}: share of weekly tokens by model, ${WINDOW_PHRASES[page.window]}${estimate}`,
    takeaway: `${loaded.estimate ? 'Estimate: ' : ''}${shareTakeaway(series, name)}`,
    svg: modelShareChart(id, series, { variant: 'share', colors, size: SIZES.wide, labelOf: tipName, markers }),
    narrowSvg: modelShareChart(id, series, { variant: 'share', colors, size: SIZES.narrow, labelOf: tipName, markers }),
    alt: [`${label}${estimate}, weekly. ${describeShareSeries(series, name)}`, releasesSentence(releases)]
      .filter((s) => s !== null)
      .join(' '),
    minWidth: 560,
    legend: series.keys.map((key, i) => ({ label: name(key), color: colors[i] ?? '' })),
    table: toShareTable(
      data,
      series,
      `${label}: share of tokens by model, weekly, ${describeRange(series)}${estimate}`,
    ),
    notes: [
      ...(loaded.estimate ? [ESTIMATE_NOTE] : []),
      ...weekNotes(loaded, series),
      WEEKLY_FOLD_NOTE,
      ...viewNotesOf(page),
      ...[releasesNote(releases), expiryNote(data, series.keys)].filter((n) => n !== null),
    ],
    tokenCaveat: true,
    attribution: loaded.attribution,
    asOf: loaded.meta.as_of,
    // The chart changes once a week, so its frozen copies are dated by the last week drawn: one a week.
    weeksThrough: series.range.end,
    links: {
      page: `${viewPagePath(page)}#${VIEW_ANCHOR}`,
      csv: `${VIEWS_DOWNLOAD_FOLDER}/${id}.csv`,
      exports: `${VIEWS_DOWNLOAD_FOLDER}/${id}`,
    },
    variants: viewVariants(page),
    embed: {
      card: isDefaultWindow,
      // Each view is frozen over the default window; the other windows re-cut the same weeks.
      frozen: isDefaultWindow
        ? { kind: 'own' }
        : { kind: 'variant', of: viewChartId({ ...page, window: DEFAULT_WINDOW }) },
    },
  };
}

/** Every page of every view section, in nav order. */
function allViewPages(): ViewPage[] {
  return VIEW_SECTIONS.flatMap((section) => sectionPages(section));
}

/** The section's figures: one per view page with a whole week of data, in nav and toggle order. */
export function viewsFigures(data: SiteData): FigureInput[] {
  return allViewPages().flatMap((page) => viewFigure(data, page) ?? []);
}

/** Every CSV of the views: `/models/views/<chart id>.csv`, each figure's weekly shares as drawn. */
export function viewsCsvFiles(data: SiteData): CsvFile[] {
  return allViewPages().flatMap((page) => {
    const series = viewSeries(data, page);
    const path = `${VIEWS_DOWNLOAD_FOLDER}/${viewChartId(page)}.csv`;
    return series ? [{ path, body: shareSeriesCsv(series, 'model', modelNamer(data)) }] : [];
  });
}

/** What a view page shows besides its figure: its section, the view's name, the data's age and provenance. */
export type ViewsPage = {
  section: ViewSection;
  spec: SectionSpec;
  /** The view's name (`Tool calling`). */
  label: string;
  /** The page's `<title>`: the section's title on its default page, else with the view and window. */
  pageTitle: string;
  /** `as_of` of the view's newest response, or null when the archive has none of the view. */
  asOf: string | null;
  synthetic: boolean;
  /** The view toggle, for a page without a figure (a figure carries its own toggles). */
  viewOptions: Variant[];
};

/** The content of one view page. */
export function viewsPage(data: SiteData, page: ViewPage): ViewsPage {
  const spec = SECTIONS[page.section];
  const loaded = loadedView(data, page);
  const label = viewLabel(page.section, page.view);
  const isDefault = page.view === spec.defaultView && page.window === DEFAULT_WINDOW;
  const windowPart = page.window === DEFAULT_WINDOW ? '' : `, ${WEEK_WINDOW_LABELS[page.window].toLowerCase()}`;
  return {
    section: page.section,
    spec,
    label,
    pageTitle: isDefault ? spec.title : `${spec.title}: ${label}${windowPart}`,
    asOf: loaded?.meta.as_of ?? null,
    synthetic: loaded?.synthetic ?? modelsArchive(data)?.synthetic ?? false,
    viewOptions: viewOptions(page),
  };
}
