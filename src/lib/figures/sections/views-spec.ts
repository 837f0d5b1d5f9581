/**
 * The rankings views as the models section shows them: one section per view dataset (`/models/categories/`,
 * `/models/languages/`, `/models/modalities/`, `/models/context/`), each showing one view (a category, a language
 * type, a modality, a context bucket) at a time over a window of whole weeks. What each section is called, its views
 * in toggle order and their labels; the URLs are in `../routes.ts`, the figures in `views.ts`.
 */
import type { RankingsViewDataset } from '../../archive/format.ts';
import { lowerFirst } from '../../transform/format.ts';
import type { WeekWindow } from '../../transform/weekly-shares.ts';

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
