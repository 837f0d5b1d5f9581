/**
 * Every URL scheme of the site, in one module: pages, the anchors of their figures, downloads and embeds. Paths are
 * site paths (`/models/`); `withBase` (src/layouts/url.ts) adds the base path where a page links to them.
 */
import type { AppSort } from '../api/app-rankings.ts';
import type { BenchmarkTaskType, DesignArena, OpenRouterBenchmarkType } from '../api/benchmarks.ts';
import { TURN_RANGES, type TurnRange } from '../api/session-cost.ts';
import type { AppScope } from '../archive/keys.ts';
import { toScopePath } from '../transform/app-scopes.ts';
import { toPageSlug } from '../transform/model-slugs.ts';
import { AA_METRICS } from '../transform/benchmarks.ts';
import type { TaskMeasure } from '../transform/treemap.ts';
import { WEEK_WINDOWS } from '../transform/weekly-shares.ts';
import { DEFAULT_VIEW, viewId, type ModelView } from './sections/models-spec.ts';
import { DEFAULT_WINDOW, SECTIONS, type ViewPage, type ViewSection } from './sections/views-spec.ts';

export {
  cardPath,
  embedCodePath,
  embedPath,
  frozenEmbedPath,
  LATEST_PATH,
  modelChartId,
  oembedPath,
  RESIZE_SCRIPT_PATH,
} from '../embed/ids.ts';

/** The file types a figure is exported as, beside its CSV. */
export type ExportType = 'svg' | 'png';

/** Site path of an export: `exportHref('/models/model-share-share-30d', 'png')` -> `…/model-share-share-30d.png`. */
export function exportHref(exportsPath: string, type: ExportType): string {
  return `${exportsPath}.${type}`;
}

/** The rest parameter of a generated file's route: `routeParamOf('/models/x') === 'models/x'`. */
export function routeParamOf(sitePath: string): string {
  return sitePath.replace(/^\//, '');
}

// Models (`/models/`).

/** The anchor of the model share figure, so a toggle lands on the chart rather than the page top. */
export const SHARE_ANCHOR = 'model-share';

/** Site path of a model share view: `/models/` for the default, `/models/view/absolute-90d/` for the others. */
export function modelsViewPath(view: ModelView): string {
  return viewId(view) === viewId(DEFAULT_VIEW) ? '/models/' : `/models/view/${viewId(view)}/`;
}

/** The route params of a model's page: `{ slug: 'openai_gpt-4o' }`. */
export function modelRouteParams(permaslug: string): { slug: string } {
  return { slug: toPageSlug(permaslug) };
}

/** Site path of a model's page: `/models/openai_gpt-4o/`. */
export function modelPagePath(permaslug: string): string {
  return `/models/${toPageSlug(permaslug)}/`;
}

/** The downloads of a model page's chart without extension: `/models/openai_gpt-4o/tokens`. */
export function modelChartExports(permaslug: string, chart: string): string {
  return `/models/${toPageSlug(permaslug)}/${chart}`;
}

// Rankings views (`/models/categories/` …).

/** The anchor of a view's figure. */
export const VIEW_ANCHOR = 'view-share';

/** Where the views' downloads are: `/models/views/<chart id>.{csv,svg,png}`. */
export const VIEWS_DOWNLOAD_FOLDER = '/models/views';

/** A view in URLs and ids: lower case, `/` and `_` as `-`: `marketing/seo` -> `marketing-seo`, `1K` -> `1k`. */
function viewSlug(view: string): string {
  return view.toLowerCase().replace(/[/_]/g, '-');
}

/** The chart id of a view page (its downloads' name): `models-categories-programming-52w`. */
export function viewChartId(page: ViewPage): string {
  return `models-${page.section}-${viewSlug(page.view)}-${page.window}`;
}

/** Site path of a view page: `/models/categories/`, `/models/categories/legal/`, `/models/categories/legal/12w/`. */
export function viewPagePath(page: ViewPage): string {
  const spec = SECTIONS[page.section];
  const base = `/models/${page.section}/`;
  if (page.window !== DEFAULT_WINDOW) return `${base}${viewSlug(page.view)}/${page.window}/`;
  return page.view === spec.defaultView ? base : `${base}${viewSlug(page.view)}/`;
}

/** Every page of a view section, the default view first, each view in every window. */
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

// Apps (`/apps/`).

/** One leaderboard page: a sort, a scope and a 1-based page. */
export type BoardView = { sort: AppSort; scope: AppScope; page: number };

/** The scope's last path segment, or `all`: names charts and files (`apps-popular-cli-agent`). */
export function scopeSlug(scope: AppScope): string {
  if (scope.kind === 'all') return 'all';
  return scope.kind === 'category' ? scope.category : scope.subcategory;
}

/** Site path of a leaderboard page: `/apps/popular/`, `/apps/trending/coding/cli-agent/2/`. */
export function boardPath(view: BoardView): string {
  const scope = toScopePath(view.scope);
  return `/apps/${view.sort}/${scope ? `${scope}/` : ''}${view.page > 1 ? `${view.page}/` : ''}`;
}

/** Chart id and file name of a board page's chart and CSV: `apps-popular-all`, `apps-trending-coding-p2`. */
export function boardId(view: BoardView): string {
  return `apps-${view.sort}-${scopeSlug(view.scope)}${view.page > 1 ? `-p${view.page}` : ''}`;
}

/** The params of a board page's route `/apps/[sort]/[...path]`: `{ sort: 'trending', path: 'coding/cli-agent/2' }`. */
export function boardRouteParams(view: BoardView): { sort: AppSort; path: string | undefined } {
  const path = [toScopePath(view.scope), view.page > 1 ? String(view.page) : ''].filter(Boolean).join('/');
  return { sort: view.sort, path: path || undefined };
}

// Benchmarks (`/benchmarks/`).

/** Site path of an Artificial Analysis index: `/benchmarks/` for intelligence, else `/benchmarks/artificial-analysis/coding/`. */
export function aaPath(metric: BenchmarkTaskType): string {
  return metric === 'intelligence' ? '/benchmarks/' : `/benchmarks/artificial-analysis/${metric}/`;
}

/** The Artificial Analysis indices with a page of their own (intelligence is on `/benchmarks/`). */
export const AA_METRIC_PAGES: readonly BenchmarkTaskType[] = AA_METRICS.filter((m) => m !== 'intelligence');

/** Site path of a Design Arena view: `/benchmarks/` for the models arena, else `/benchmarks/design-arena/builders/`. */
export function daPath(arena: DesignArena): string {
  return arena === 'models' ? '/benchmarks/' : `/benchmarks/design-arena/${arena}/`;
}

/** The element id of a benchmarks page's Artificial Analysis section, where the index toggle lands. */
export const AA_ANCHOR = 'artificial-analysis';
/** The element id of a benchmarks page's Design Arena section, where the arena toggle lands. */
export const DA_ANCHOR = 'design-arena';

/** `benchmarks-aa-coding`: the chart id, anchor and download name of an Artificial Analysis index's scatterplot. */
export function aaFigureId(metric: BenchmarkTaskType): string {
  return `benchmarks-aa-${metric}`;
}

/** The two Design Arena charts of an arena: ELO against price, win rate against generation time. */
export type DaChart = 'elo' | 'speed';

/** `benchmarks-da-models-elo`: the chart id, anchor and download name of a Design Arena arena's scatterplot. */
export function daFigureId(arena: DesignArena, chart: DaChart): string {
  return `benchmarks-da-${arena}-${chart}`;
}

/** Site path of OpenRouter's own benchmarks. */
export const OPENROUTER_PATH = '/benchmarks/openrouter/';

/** Where OpenRouter's benchmarks' downloads are: `/benchmarks/openrouter/<chart id>.{csv,svg,png}`. */
export const OPENROUTER_DOWNLOAD_FOLDER = '/benchmarks/openrouter';

/** `benchmarks-openrouter-gpqa-diamond`: the chart id, anchor and download name of an OpenRouter benchmark. */
export function openRouterFigureId(benchmarkType: OpenRouterBenchmarkType): string {
  return `benchmarks-openrouter-${benchmarkType.replaceAll('_', '-')}`;
}

// Tasks (`/tasks/`).

/** The tasks pages by measure, in toggle order: requests at `/tasks/`, tokens at `/tasks/tokens/`. */
export const TASK_PAGES: readonly { measure: TaskMeasure; label: string; path: string }[] = [
  { measure: 'usage', label: 'Requests', path: '/tasks/' },
  { measure: 'token', label: 'Tokens', path: '/tasks/tokens/' },
];

/** Site path of the tasks page of a measure. */
export function tasksPath(measure: TaskMeasure): string {
  return TASK_PAGES.find((page) => page.measure === measure)?.path ?? '/tasks/';
}

/** The anchor of the tasks treemap. */
export const TREEMAP_ANCHOR = 'task-treemap';

// Estimated spend and new models (issue 15).

/** Site path of the estimated spend view of the model share. */
export const SPEND_PATH = '/models/spend/';

/** The anchor of the estimated spend figure. */
export const SPEND_ANCHOR = 'model-spend';

/** The anchor of the new-models figure on `/models/` (and the front page's link to it). */
export const NEW_MODELS_ANCHOR = 'new-models';

// Session cost (`/session-cost/`).

/** The session length `/session-cost/` shows; the others are at `/session-cost/<turn range>/`. */
export const SESSION_COST_DEFAULT_RANGE: TurnRange = '10-49-turns';

/** Site path of the session-cost section. */
export const SESSION_COST_PATH = '/session-cost/';

/** Where the session-cost downloads are: `/session-cost/<chart id>.{csv,svg,png}`. */
export const SESSION_COST_DOWNLOAD_FOLDER = '/session-cost';

/** Site path of a session length: `/session-cost/` for the default, else `/session-cost/1-turn/`. */
export function sessionCostRangePath(range: TurnRange): string {
  return range === SESSION_COST_DEFAULT_RANGE ? SESSION_COST_PATH : `${SESSION_COST_PATH}${range}/`;
}

/** Site path of a harness's page (`pathSlug` from `toHarnessSlug`): `/session-cost/harness/aider/`. */
export function sessionCostHarnessPath(pathSlug: string): string {
  return `${SESSION_COST_PATH}harness/${pathSlug}/`;
}

/** Site path of a model's session-cost page: `/session-cost/model/openai_gpt-4o/`. */
export function sessionCostModelPath(permaslug: string): string {
  return `${SESSION_COST_PATH}model/${toPageSlug(permaslug)}/`;
}

/** The chart ids of the session-cost figures: `session-cost-10-49-turns`, `session-cost-harness-aider`, … */
export const sessionCostIds = {
  grid: (range: TurnRange) => `session-cost-${range}`,
  coding: (range: TurnRange) => `session-cost-coding-${range}`,
  harness: (pathSlug: string) => `session-cost-harness-${pathSlug}`,
  model: (permaslug: string) => `session-cost-model-${toPageSlug(permaslug)}`,
  history: (permaslug: string) => `session-cost-history-${toPageSlug(permaslug)}`,
} as const;

/** The route params of the session lengths other than the default (`/session-cost/[range]/`). */
export function sessionCostRangeParams(): { range: TurnRange }[] {
  return TURN_RANGES.filter((range) => range !== SESSION_COST_DEFAULT_RANGE).map((range) => ({ range }));
}

// History (issue 16): movers, ranks over time, snapshot histories, the feed.

/** The anchor of a movers figure on `/models/`: `movers-7d`. */
export function moversAnchor(window: '7d' | '30d'): string {
  return `movers-${window}`;
}

/** Chart id of a movers figure: `models-movers-7d`. */
export function moversFigureId(window: '7d' | '30d'): string {
  return `models-${moversAnchor(window)}`;
}

/** The anchor of a models bump chart on `/models/`: `ranks-6m`. */
export function ranksAnchor(window: '6m' | 'all'): string {
  return `ranks-${window}`;
}

/** Chart id of a models bump chart: `models-bump-6m`, `models-bump-all`. */
export function modelsBumpId(window: '6m' | 'all'): string {
  return `models-bump-${window}`;
}

/** Chart id (and anchor) of a board's rank history, whatever its page: `apps-popular-coding-ranks`. */
export function boardRanksId(view: Pick<BoardView, 'sort' | 'scope'>): string {
  return `${boardId({ ...view, page: 1 })}-ranks`;
}

/** Chart id (and anchor) of a board's token history of its top apps: `apps-popular-coding-tokens`. */
export function boardTokensId(view: Pick<BoardView, 'sort' | 'scope'>): string {
  return `${boardId({ ...view, page: 1 })}-tokens`;
}

/** Chart id (and anchor) of each task's share over time, by measure: `tasks-share-history-usage`. */
export function taskHistoryId(measure: TaskMeasure): string {
  return `tasks-share-history-${measure}`;
}

/** Chart id (and anchor) of an Artificial Analysis index over the archived snapshots: `benchmarks-aa-coding-history`. */
export function aaHistoryId(metric: BenchmarkTaskType): string {
  return `${aaFigureId(metric)}-history`;
}

/** Site path of the Atom feed of what changed, one entry per archive day. */
export const FEED_PATH = '/feed.xml';
