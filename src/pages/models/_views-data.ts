/**
 * The rankings views as the models pages use them: one section per view dataset (`/models/categories/`,
 * `/models/languages/`, `/models/modalities/`, `/models/context/`), each showing one view (a category, a language
 * type, a modality, a context bucket) at a time, with whole weeks only and the attribution. Read once per build.
 *
 * URLs: `/models/<section>/` is the section's default view over the default window; `/models/<section>/<view>/`
 * another view; `/models/<section>/<view>/<window>/` another window (`12w`, `all`). Downloads:
 * `/models/views/<chart id>.{csv,svg}`. Every view of a section gets its pages even when the archive has none of
 * its data (an older archive, or a server that refused the newer parameters): the page then says so.
 */
import type { WindowMeta } from '../../lib/api/common.ts';
import type { RankingsDailyRow } from '../../lib/api/rankings-daily.ts';
import type { RankingsViewDataset } from '../../lib/archive/format.ts';
import { readRankingsViews } from '../../lib/archive/read.ts';
import { OTHER_COLOR, SERIES_PALETTE } from '../../lib/charts/theme.ts';
import { attributionFor } from '../../lib/transform/citation.ts';
import { toSiteColors, type SiteColors } from '../../lib/transform/colors.ts';
import { lowerFirst } from '../../lib/transform/format.ts';
import { WEEK_WINDOWS, toWholeWeeks, type WeekWindow } from '../../lib/transform/weekly-shares.ts';
import { dataDir, loadModelsArchive } from './_data.ts';

/** The sections, in nav order. */
export const VIEW_SECTIONS = ['categories', 'languages', 'modalities', 'context'] as const;
export type ViewSection = (typeof VIEW_SECTIONS)[number];

/** What a section shows and how it names things. */
export type SectionSpec = {
  dataset: RankingsViewDataset;
  /** The page's `<h1>` and the nav label. */
  title: string;
  navLabel: string;
  lede: string;
  /** Visible name of the view toggle. */
  toggleLabel: string;
  /** Views in toggle order (the API's values) and the one `/models/<section>/` opens with. */
  views: readonly string[];
  defaultView: string;
  /** A view's name on the page: `marketing/seo` -> `Marketing: SEO`. */
  labels: Readonly<Record<string, string>>;
  /** Put before a view's name in chart titles where the name alone is unclear (`Context 10K–100K`). */
  titlePrefix: string;
  /** A note under the chart of some views: what the view holds. */
  viewNotes: Readonly<Record<string, string>>;
};

const CATEGORY_LABELS: Record<string, string> = {
  programming: 'Programming',
  roleplay: 'Role-play',
  marketing: 'Marketing',
  'marketing/seo': 'Marketing: SEO',
  technology: 'Technology',
  science: 'Science',
  translation: 'Translation',
  legal: 'Legal',
  finance: 'Finance',
  health: 'Health',
  trivia: 'Trivia',
  academia: 'Academia',
};

const CONTEXT_NOTE =
  "A request's context length is counted in tokens; each bucket is named by its upper bound and starts above the " +
  'one before (10K holds 1K–10K).';

export const SECTIONS: Readonly<Record<ViewSection, SectionSpec>> = {
  categories: {
    dataset: 'rankings-category',
    title: 'Models by use case',
    navLabel: 'Use case',
    lede: "Which models carry each use case, from OpenRouter's sampled classification of its traffic: weekly estimates.",
    toggleLabel: 'Category',
    views: Object.keys(CATEGORY_LABELS),
    defaultView: 'programming',
    labels: CATEGORY_LABELS,
    titlePrefix: '',
    viewNotes: {
      marketing: 'Marketing includes its part Marketing: SEO.',
      'marketing/seo': 'Marketing: SEO is a part of Marketing.',
    },
  },
  languages: {
    dataset: 'rankings-language',
    title: 'Models by language type',
    navLabel: 'Language',
    lede: 'Which models carry natural-language and programming-language traffic: weekly estimates from sampled traffic.',
    toggleLabel: 'Language',
    views: ['natural', 'programming'],
    defaultView: 'natural',
    labels: { natural: 'Natural language', programming: 'Programming languages' },
    titlePrefix: '',
    viewNotes: {},
  },
  modalities: {
    dataset: 'rankings-modality',
    title: 'Models by modality',
    navLabel: 'Modality',
    lede: 'Which models carry tool calls, image and audio input, and text and image output: exact weekly totals.',
    toggleLabel: 'Modality',
    views: ['tool_calling', 'image', 'audio', 'text', 'image_output'],
    defaultView: 'tool_calling',
    labels: {
      tool_calling: 'Tool calling',
      image: 'Image input',
      audio: 'Audio input',
      text: 'Text output',
      image_output: 'Image output',
    },
    titlePrefix: '',
    viewNotes: {
      tool_calling: 'Only traffic that made at least one tool call.',
      image: 'Traffic of models that take image input.',
      audio: 'Traffic of models that take audio input.',
      text: 'Traffic of models that write text.',
      image_output: 'Traffic of models that write images, counted in tokens.',
    },
  },
  context: {
    dataset: 'rankings-context',
    title: 'Models by context length',
    navLabel: 'Context length',
    lede: 'Which models carry short and long requests, by the context length of each request: exact weekly totals.',
    toggleLabel: 'Context',
    views: ['1K', '10K', '100K', '1M', '10M'],
    defaultView: '100K',
    labels: { '1K': 'Up to 1K', '10K': '1K–10K', '100K': '10K–100K', '1M': '100K–1M', '10M': '1M–10M' },
    titlePrefix: 'Context ',
    viewNotes: Object.fromEntries(['1K', '10K', '100K', '1M', '10M'].map((bucket) => [bucket, CONTEXT_NOTE])),
  },
};

/** The window a view page opens with. */
export const DEFAULT_WINDOW: WeekWindow = '52w';

/** The windows in toggle order, with their labels. */
export const WEEK_WINDOW_LABELS: Readonly<Record<WeekWindow, string>> = {
  '12w': '12 weeks',
  '52w': '52 weeks',
  all: 'All',
};

/** One prebuilt page: a section, one of its views, a window. */
export type ViewPage = { section: ViewSection; view: string; window: WeekWindow };

/** A view's name on the page, e.g. `Tool calling`; the value itself when the section has no label for it. */
export function viewLabel(section: ViewSection, view: string): string {
  return SECTIONS[section].labels[view] ?? view;
}

/** A view's name in chart titles: `Tool calling`, `Context 10K–100K`, `Context up to 1K`. */
export function viewTitle(section: ViewSection, view: string): string {
  const { titlePrefix } = SECTIONS[section];
  const label = viewLabel(section, view);
  return titlePrefix === '' ? label : `${titlePrefix}${lowerFirst(label)}`;
}

/** A view in URLs and ids: lower case, `/` and `_` as `-`: `marketing/seo` -> `marketing-seo`, `1K` -> `1k`. */
function viewSlug(view: string): string {
  return view.toLowerCase().replace(/[/_]/g, '-');
}

/** The chart id of a page (its downloads' name): `models-categories-programming-52w`. */
export function viewChartId(page: ViewPage): string {
  return `models-${page.section}-${viewSlug(page.view)}-${page.window}`;
}

/** The anchor of the view figure, so a toggle lands on the chart rather than the page top. */
export const VIEW_FIGURE_ID = 'view-share';

/** Site path of a page: `/models/categories/`, `/models/categories/legal/`, `/models/categories/legal/12w/`. */
export function viewPagePath(page: ViewPage): string {
  const spec = SECTIONS[page.section];
  const base = `/models/${page.section}/`;
  if (page.window !== DEFAULT_WINDOW) return `${base}${viewSlug(page.view)}/${page.window}/`;
  return page.view === spec.defaultView ? base : `${base}${viewSlug(page.view)}/`;
}

/** Every page of a section, the default first. */
export function sectionPages(section: ViewSection): ViewPage[] {
  const spec = SECTIONS[section];
  const views = [spec.defaultView, ...spec.views.filter((v) => v !== spec.defaultView)];
  return views.flatMap((view) => WEEK_WINDOWS.map((window) => ({ section, view, window })));
}

/** The static paths of a section's `[...path].astro` route: `undefined` is the section's own index. */
export function sectionStaticPaths(
  section: ViewSection,
): { params: { path: string | undefined }; props: { page: ViewPage } }[] {
  const prefix = `/models/${section}/`;
  return sectionPages(section).map((page) => {
    const rest = viewPagePath(page).slice(prefix.length).replace(/\/$/, '');
    return { params: { path: rest === '' ? undefined : rest }, props: { page } };
  });
}

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

const loaded = new Map<string, ReadonlyMap<string, LoadedView>>();

/** Every archived view of a dataset, by view, read once per build. */
export function loadViews(dataset: RankingsViewDataset, dir = dataDir()): ReadonlyMap<string, LoadedView> {
  const key = `${dir}\u0000${dataset}`;
  const cached = loaded.get(key);
  if (cached) return cached;
  const archives = readRankingsViews(dir, dataset);
  // A model keeps its site colour (from the daily rankings); without them, colours come from the views themselves.
  const colors =
    loadModelsArchive(dir)?.modelColors ??
    toSiteColors(
      archives.flatMap((a) => a.rows),
      SERIES_PALETTE,
      OTHER_COLOR,
    );
  const views = new Map(
    archives.map((archive) => {
      const whole = toWholeWeeks(archive.rows, archive.meta.as_of);
      const view: LoadedView = {
        view: archive.view,
        ...whole,
        meta: archive.meta,
        synthetic: archive.synthetic,
        estimate: archive.estimate,
        attribution: attributionFor({ asOf: archive.meta.as_of, synthetic: archive.synthetic }),
        colors,
      };
      return [archive.view, view];
    }),
  );
  loaded.set(key, views);
  return views;
}

/** One view of a section, or null when the archive has none of it. */
export function loadView(section: ViewSection, view: string): LoadedView | null {
  return loadViews(SECTIONS[section].dataset).get(view) ?? null;
}
