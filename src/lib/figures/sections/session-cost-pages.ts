/**
 * What the session-cost pages show besides their figures: each session length's page (`/session-cost/` and
 * `/session-cost/<turn range>/`, an honest empty state without data), each harness's and model's page, and the
 * block on every model's own page. Pure functions of the site data, like the figures.
 */
import type { TurnRange } from '../../api/session-cost.ts';
import { parseWith } from '../../api/parse.ts';
import { formatDate } from '../../transform/format.ts';
import { isolate } from '../../transform/safe-text.ts';
import { TURN_RANGE_LABELS } from '../../transform/session-cost.ts';
import {
  modelPagePath,
  SESSION_COST_DEFAULT_RANGE,
  SESSION_COST_PATH,
  sessionCostHarnessPath,
  sessionCostIds,
  sessionCostModelPath,
} from '../routes.ts';
import { FigureSchema, type Figure } from '../schema.ts';
import type { SiteData } from '../site-data.ts';
import { modelList } from './model-pages.ts';
import { modelNameOf } from './model-names.ts';
import { codingScoresOf, harnessBySlug, sessionCostOf, type SessionCost } from './session-cost-data.ts';
import { rangeFigures } from './session-cost.ts';
import { harnessFigureOf, historyFigureOf, modelFigureOf } from './session-cost-views.ts';

/** A link of a page; `current` marks the page's own. */
export type SessionCostLink = { label: string; href: string; current?: boolean };

/** A list of links under a heading (every harness, every model). */
export type LinkList = { id: string; heading: string; links: SessionCostLink[] };

/** What every session-cost page shows at its top. */
type PageHead = {
  pageTitle: string;
  title: string;
  description: string;
  lede: string;
  synthetic: boolean;
  /** `Medians of sessions over 7 days to 15 Nov 2026, published 16 Nov 2026, 06:00 UTC; …`, null without data. */
  windowLine: string | null;
};

/** A session length's page. */
export type SessionCostRangePage = PageHead & {
  range: TurnRange;
  /** The honest empty state (no window archived: the server may not publish the dataset), null with data. */
  empty: string | null;
  /** The page's figures' ids in the catalogue (grid, then coding), each null when not drawable. */
  gridId: string | null;
  codingId: string | null;
  /** Why the coding scatterplot is missing, null when it is drawn (or there is no data at all). */
  codingMissing: string | null;
  /** Where the history is, or why there is none yet. */
  history: string | null;
  lists: LinkList[];
};

/** A harness's or a model's page. */
export type SessionCostDetailPage = PageHead & {
  crumbs: SessionCostLink[];
  /** Figure ids in page order. */
  figureIds: string[];
  /** Why there is no history figure, null when there is one. */
  history: string | null;
  lists: LinkList[];
};

const DESCRIPTION =
  'What a coding-agent session costs on OpenRouter: median USD per session by harness, model and session length.';

/** The window line of a page. */
function windowLine(cost: SessionCost): string {
  const time = /T(\d{2}:\d{2})/.exec(cost.asOf)?.[1];
  const published = time ? `${formatDate(cost.asOf)}, ${time} UTC` : formatDate(cost.asOf);
  return `Medians of sessions over ${cost.windowWords}, published ${published}; the dataset is refreshed weekly.`;
}

/** Where a history is, or why there is none: one archived window cannot make one. */
function historyNote(data: SiteData, where: string): string {
  const count = data.sessionCost.length;
  const newest = data.sessionCost[0];
  if (!newest) return 'No session-cost window is archived yet.';
  if (count === 1) {
    return (
      `Only one weekly window (the week to ${formatDate(newest.window_end_date)}) is archived so far, so there is ` +
      `no history yet: cost per session over time appears ${where} once a second window is archived.`
    );
  }
  const oldest = data.sessionCost.at(-1)?.window_end_date ?? newest.window_end_date;
  return `${count} weekly windows are archived (weeks to ${formatDate(oldest)} … ${formatDate(newest.window_end_date)}).`;
}

/** Links to every harness's page and every model's page of the newest window. */
function linkLists(data: SiteData, cost: SessionCost): LinkList[] {
  return [
    {
      id: 'harnesses',
      heading: 'Same harness, different model',
      links: cost.harnesses.map((h) => ({ label: h.name, href: sessionCostHarnessPath(h.pathSlug) })),
    },
    {
      id: 'models',
      heading: 'Same model, different harness',
      links: cost.models.map((m) => ({ label: modelNameOf(data, m), href: sessionCostModelPath(m) })),
    },
  ];
}

/** The content of a session length's page; every length has one, with or without data. */
export function sessionCostRangePage(data: SiteData, range: TurnRange): SessionCostRangePage {
  const cost = sessionCostOf(data);
  const label = TURN_RANGE_LABELS[range];
  const { grid, coding } = rangeFigures(data, range);
  const head: PageHead = {
    pageTitle: range === SESSION_COST_DEFAULT_RANGE ? 'Session cost' : `Session cost: ${label}`,
    title: `What a session of ${label} costs`,
    description: DESCRIPTION,
    lede:
      'The median cost in US dollars of a coding-agent session on OpenRouter, for each harness (a CLI agent, IDE ' +
      'extension or cloud agent) with each model, by session length.',
    synthetic: cost?.window.synthetic ?? data.manifest?.synthetic ?? false,
    windowLine: cost ? windowLine(cost) : null,
  };
  const codingMissing =
    cost && grid && !coding
      ? codingScoresOf(data)
        ? 'No coding scatterplot: no model of this session length has an Artificial Analysis coding index in the archive.'
        : 'No coding scatterplot: the archive has no benchmarks snapshot to take coding indices from.'
      : null;
  return {
    ...head,
    range,
    empty: cost
      ? null
      : 'The archive holds no session-cost window: this Data API may not publish the session-cost dataset yet ' +
        '(an older server answers 404), or no weekly snapshot has been published. The rest of the site is unaffected.',
    gridId: grid?.id ?? null,
    codingId: coding?.id ?? null,
    codingMissing,
    history: cost
      ? `${historyNote(data, 'on each model’s page here')}${data.sessionCost.length > 1 ? ' Each model’s page here shows its cost per session over time in each harness.' : ''}`
      : null,
    lists: cost ? linkLists(data, cost) : [],
  };
}

/** Every harness with a page: their URL path segments. */
export function sessionCostHarnessSlugs(data: SiteData): string[] {
  return sessionCostOf(data)?.harnesses.map((h) => h.pathSlug) ?? [];
}

/** Every model with a session-cost page: their permaslugs. */
export function sessionCostModels(data: SiteData): string[] {
  return sessionCostOf(data)?.models ?? [];
}

/** The content of a harness's page, or null when the newest window has no such harness. */
export function sessionCostHarnessPage(data: SiteData, pathSlug: string): SessionCostDetailPage | null {
  const cost = sessionCostOf(data);
  const harness = cost && harnessBySlug(cost, pathSlug);
  const figure = harnessFigureOf(data, pathSlug);
  if (!cost || !harness || !figure) return null;
  const name = isolate(harness.name);
  return {
    pageTitle: `Session cost in ${name}`,
    title: `What a session in ${name} costs`,
    description: `Median cost per session in ${name} on OpenRouter, by model and session length.`,
    lede: `The median cost in US dollars of a session in ${name} with each model it uses, by session length.`,
    synthetic: cost.window.synthetic,
    windowLine: windowLine(cost),
    crumbs: [{ label: 'Session cost', href: SESSION_COST_PATH }],
    figureIds: [figure.id],
    history: null,
    lists: linkLists(data, cost).filter((list) => list.id === 'harnesses'),
  };
}

/** The content of a model's session-cost page, or null when the newest window has no cell of it. */
export function sessionCostModelPage(data: SiteData, permaslug: string): SessionCostDetailPage | null {
  const cost = sessionCostOf(data);
  const figure = modelFigureOf(data, permaslug);
  if (!cost || !figure) return null;
  const name = isolate(modelNameOf(data, permaslug));
  const history = historyFigureOf(data, permaslug);
  const crumbs: SessionCostLink[] = [{ label: 'Session cost', href: SESSION_COST_PATH }];
  if (modelList(data).some((m) => m.permaslug === permaslug)) {
    crumbs.push({ label: `${name}: tokens, share and rank`, href: modelPagePath(permaslug) });
  }
  return {
    pageTitle: `Session cost with ${name}`,
    title: `What a session with ${name} costs`,
    description: `Median cost per session with ${name} on OpenRouter, by harness and session length.`,
    lede: `The median cost in US dollars of a session with ${name} in each harness that uses it, by session length.`,
    synthetic: cost.window.synthetic,
    windowLine: windowLine(cost),
    crumbs,
    figureIds: [figure.id, ...(history ? [history.id] : [])],
    history: history ? null : historyNote(data, 'here'),
    lists: linkLists(data, cost).filter((list) => list.id === 'models'),
  };
}

/** The session-cost block of a model's own page: its figure, or a sentence saying why there is none. */
export type ModelSessionCostBlock = {
  /** The model's cost per session in each harness, as its model page shows it. */
  figure: Figure | null;
  /** Why there is no figure, null when there is one. */
  message: string | null;
  /** Where to read more: the model's session-cost page (with its history) and the section. */
  links: SessionCostLink[];
};

/** The anchor of the block on a model page. */
export const MODEL_SESSION_COST_ANCHOR = 'session-cost';

/** The session-cost block of the model page of `permaslug`; always a valid link, even without data. */
export function modelSessionCost(data: SiteData, permaslug: string): ModelSessionCostBlock {
  const cost = sessionCostOf(data);
  const input = modelFigureOf(data, permaslug);
  const section = { label: 'Session cost by harness and model', href: SESSION_COST_PATH };
  if (!cost) return { figure: null, message: 'No session-cost data in the archive yet.', links: [section] };
  if (!input) {
    return {
      figure: null,
      message:
        `Not in OpenRouter’s session-cost dataset for ${cost.windowWords}: ` +
        'harnesses publish medians only for the models their sampled sessions used.',
      links: [section],
    };
  }
  const figure = parseWith(
    FigureSchema,
    { ...input, anchor: MODEL_SESSION_COST_ANCHOR, heading: 'Cost per session in each harness' },
    `figure ${sessionCostIds.model(permaslug)} on its model page`,
  );
  const detail = {
    label: data.sessionCost.length > 1 ? 'Its cost per session over time, by harness' : 'Its session costs in detail',
    href: sessionCostModelPath(permaslug),
  };
  return { figure, message: null, links: [detail, section] };
}
