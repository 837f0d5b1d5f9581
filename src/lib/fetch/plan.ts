import { APP_SORTS, type AppRankingsQuery } from '../api/app-rankings.ts';
import {
  BENCHMARK_TASK_TYPES,
  type BenchmarksQuery,
  DESIGN_ARENAS,
  OPENROUTER_BENCHMARK_TYPES,
} from '../api/benchmarks.ts';
import { rankingsWindows, weekStartOf, weeklyWindows } from '../api/dates.ts';
import { ALL_MODALITIES, type ModelsQuery } from '../api/models.ts';
import { parseWith } from '../api/parse.ts';
import { type RankingsDailyQuery, RankingsDailyQuerySchema } from '../api/rankings-daily.ts';
import { MAX_SESSION_COST_LIMIT, type SessionCostQuery } from '../api/session-cost.ts';
import type { TaskClassificationsQuery } from '../api/task-classifications.ts';
import { APP_CATEGORIES, APP_SUBCATEGORIES } from '../api/taxonomy.ts';
import { DATASETS, type Dataset, RANKINGS_VIEWS, type RankingsViewDataset } from '../archive/format.ts';
import {
  type AppScope,
  appRankingsKey,
  benchmarksKey,
  pageKey,
  openRouterBenchmarksKey,
  taskClassificationsKey,
} from '../archive/keys.ts';

/** Rows per app-rankings request and per benchmarks request: the API's maximum, so one page covers each slice. */
export const PAGE_SIZE = 100;

/** Models per catalogue page: the SDK's default (the API serves up to 1000). */
export const MODELS_PAGE_SIZE = 500;

/** Cells per session-cost page: the API's maximum. */
export const SESSION_COST_PAGE_SIZE = MAX_SESSION_COST_LIMIT;

/** `--only` names of the datasets, in run order (the dataset names themselves are accepted too). */
export const DATASET_ALIASES = {
  rankings: 'rankings-daily',
  apps: 'app-rankings',
  benchmarks: 'benchmarks',
  tasks: 'task-classifications',
  categories: 'rankings-category',
  languages: 'rankings-language',
  modalities: 'rankings-modality',
  context: 'rankings-context',
  openrouter: 'benchmarks-openrouter',
  models: 'models',
  'session-cost': 'session-cost',
} as const satisfies Record<string, Dataset>;
export type DatasetAlias = keyof typeof DATASET_ALIASES;

/**
 * One request of a run. `key` names it in the snapshot (stable across runs) or, for rankings and the views, its
 * window; a view request also says which view it fetches.
 */
export type PlannedRequest =
  | { readonly dataset: 'rankings-daily'; readonly key: string; readonly query: RankingsDailyQuery }
  | { readonly dataset: 'app-rankings'; readonly key: string; readonly query: AppRankingsQuery }
  | { readonly dataset: 'benchmarks'; readonly key: string; readonly query: BenchmarksQuery }
  | { readonly dataset: 'task-classifications'; readonly key: string; readonly query: TaskClassificationsQuery }
  | {
      readonly dataset: RankingsViewDataset;
      readonly key: string;
      readonly view: string;
      readonly query: RankingsDailyQuery;
    }
  | {
      readonly dataset: 'benchmarks-openrouter';
      readonly key: string;
      readonly query: BenchmarksQuery & { readonly source: 'openrouter' };
    }
  | { readonly dataset: 'models'; readonly key: string; readonly query: PagedQuery<ModelsQuery> }
  | { readonly dataset: 'session-cost'; readonly key: string; readonly query: PagedQuery<SessionCostQuery> };

/** A paged query with its page fixed: the paged datasets plan (and archive) each page by its offset. */
type PagedQuery<Q extends { offset?: number | undefined; limit?: number | undefined }> = Q & {
  readonly offset: number;
  readonly limit: number;
};

/** A value per view of each view dataset: `{ 'rankings-modality': { audio: '2026-05-11' } }`. */
type PerView = Readonly<Partial<Record<RankingsViewDataset, Readonly<Record<string, string>>>>>;

/**
 * What the plan depends on in the archive: the newest archived rankings date (`null` for an empty archive), the
 * newest archived week of each view, and the day each view was last fetched through, rows or not (the manifest's
 * `checked_through`). A view absent from both was never fetched, so its backfill is planned; a view the API had no
 * rows for is in the second only, and gets the trailing weeks like any other.
 */
export interface ArchiveState {
  readonly newestRankingsDate: string | null;
  readonly newestViewWeeks?: PerView;
  readonly viewsCheckedThrough?: PerView;
  /** Models in the newest archived catalogue (`total_count`), to plan its pages; absent or `null`: one page. */
  readonly modelsTotalCount?: number | null;
  /** Cells in the newest archived session-cost window, to plan its pages; absent or `null`: one page. */
  readonly sessionCostCells?: number | null;
}

export interface PlanOptions {
  /** The UTC day of the run (`--today`, or the clock's date). */
  readonly today: string;
  /** Which datasets to fetch; the plan keeps run order whatever order they are given in. */
  readonly datasets: readonly Dataset[];
}

function rankingsRequests(state: ArchiveState, today: string): PlannedRequest[] {
  return rankingsWindows(state.newestRankingsDate, today).map(({ start, end }) => ({
    dataset: 'rankings-daily',
    key: `${start}..${end}`,
    query: { start_date: start, end_date: end },
  }));
}

function appScopes(): AppScope[] {
  return [
    { kind: 'all' },
    ...APP_CATEGORIES.map((category): AppScope => ({ kind: 'category', category })),
    ...APP_SUBCATEGORIES.map((subcategory): AppScope => ({ kind: 'subcategory', subcategory })),
  ];
}

function appRequests(): PlannedRequest[] {
  return APP_SORTS.flatMap((sort) =>
    appScopes().map((scope): PlannedRequest => {
      // The API filters by subcategory alone; sending its category too would only add a way to get a 400.
      const slice =
        scope.kind === 'category'
          ? { category: scope.category }
          : scope.kind === 'subcategory'
            ? { subcategory: scope.subcategory }
            : {};
      return { dataset: 'app-rankings', key: appRankingsKey(sort, scope), query: { sort, ...slice, limit: PAGE_SIZE } };
    }),
  );
}

function benchmarkRequests(): PlannedRequest[] {
  const source = 'artificial-analysis';
  return [
    { dataset: 'benchmarks', key: benchmarksKey({ source }), query: { source, max_results: PAGE_SIZE } },
    ...BENCHMARK_TASK_TYPES.map((taskType): PlannedRequest => ({
      dataset: 'benchmarks',
      key: benchmarksKey({ source, taskType }),
      query: { source, task_type: taskType, max_results: PAGE_SIZE },
    })),
    ...DESIGN_ARENAS.map((arena): PlannedRequest => ({
      dataset: 'benchmarks',
      key: benchmarksKey({ source: 'design-arena', arena }),
      query: { source: 'design-arena', arena, max_results: PAGE_SIZE },
    })),
  ];
}

/**
 * The week a view's trailing re-fetch counts from: the later of its newest archived week and the week of the day it
 * was last fetched through (a view without rows has only the latter), or `null` when it was never fetched.
 */
function newestViewWeek(state: ArchiveState, dataset: RankingsViewDataset, view: string): string | null {
  const archived = state.newestViewWeeks?.[dataset]?.[view];
  const checked = state.viewsCheckedThrough?.[dataset]?.[view];
  const checkedWeek = checked === undefined ? undefined : weekStartOf(checked);
  if (archived === undefined || checkedWeek === undefined) return archived ?? checkedWeek ?? null;
  return archived > checkedWeek ? archived : checkedWeek;
}

/**
 * One view dataset's requests: per view, weekly buckets (`period=week`) from the week of 2025-01-01 for a view
 * never fetched, else from the week before its newest week ({@link newestViewWeek}: the trailing weeks that can
 * still change), in windows of 52 weeks that never split a week.
 */
function viewRequests(dataset: RankingsViewDataset, state: ArchiveState, today: string): PlannedRequest[] {
  const { param, views } = RANKINGS_VIEWS[dataset];
  return views.flatMap((view) =>
    weeklyWindows(newestViewWeek(state, dataset, view), today).map(({ start, end }) => {
      const query = { start_date: start, end_date: end, period: 'week', [param]: view };
      return {
        dataset,
        key: `${view}/${start}..${end}`,
        view,
        query: parseWith(RankingsDailyQuerySchema, query, `${dataset} query`),
      };
    }),
  );
}

/** OpenRouter's own benchmarks, one request per benchmark so each gets the full page of 100. */
function openRouterRequests(): PlannedRequest[] {
  return OPENROUTER_BENCHMARK_TYPES.map((benchmarkType) => ({
    dataset: 'benchmarks-openrouter',
    key: openRouterBenchmarksKey(benchmarkType),
    query: { source: 'openrouter', benchmark_type: benchmarkType, max_results: PAGE_SIZE },
  }));
}

/**
 * The catalogue's pages, as many as the newest archived `total_count` needs (one for an empty archive), every
 * output modality included so non-text models join too. A run follows the live `total_count` (`paging.ts`), so
 * this is the expected count, not a cap.
 */
function modelsRequests(state: ArchiveState): PlannedRequest[] {
  const pages = Math.max(1, Math.ceil((state.modelsTotalCount ?? 0) / MODELS_PAGE_SIZE));
  return Array.from({ length: pages }, (_, page) => modelsPageRequest(page * MODELS_PAGE_SIZE));
}

/** The request of the catalogue page at `offset`. */
export function modelsPageRequest(offset: number): PlannedRequest {
  const query = { offset, limit: MODELS_PAGE_SIZE, output_modalities: ALL_MODALITIES };
  return { dataset: 'models', key: pageKey(offset), query };
}

/**
 * Session cost's pages until a short one: as many as the newest archived window's cells need, plus the short
 * page that ends them (one for an empty archive). A run stops at the first short page (`paging.ts`).
 */
function sessionCostRequests(state: ArchiveState): PlannedRequest[] {
  const pages = Math.floor((state.sessionCostCells ?? 0) / SESSION_COST_PAGE_SIZE) + 1;
  return Array.from({ length: pages }, (_, page) => sessionCostPageRequest(page * SESSION_COST_PAGE_SIZE));
}

/** The request of the session-cost page at `offset`. */
export function sessionCostPageRequest(offset: number): PlannedRequest {
  return { dataset: 'session-cost', key: pageKey(offset), query: { limit: SESSION_COST_PAGE_SIZE, offset } };
}

function taskRequests(): PlannedRequest[] {
  return [{ dataset: 'task-classifications', key: taskClassificationsKey('7d'), query: { window: '7d' } }];
}

/**
 * Every request a run makes for an archive state, in run order (`DATASETS`: rankings, apps, benchmarks, tasks, the
 * rankings views, OpenRouter's benchmarks, models, session cost). An empty archive needs the full rankings history in windows of at most
 * 366 days and each view's weekly history in windows of 52 weeks; a nightly update only the trailing re-fetch
 * windows. Pure: `npm run bench` prints it for both cases.
 */
export function planFetch(state: ArchiveState, options: PlanOptions): PlannedRequest[] {
  const views = (dataset: RankingsViewDataset) => () => viewRequests(dataset, state, options.today);
  const build: Record<Dataset, () => PlannedRequest[]> = {
    'rankings-daily': () => rankingsRequests(state, options.today),
    'app-rankings': appRequests,
    benchmarks: benchmarkRequests,
    'task-classifications': taskRequests,
    'rankings-category': views('rankings-category'),
    'rankings-language': views('rankings-language'),
    'rankings-modality': views('rankings-modality'),
    'rankings-context': views('rankings-context'),
    'benchmarks-openrouter': openRouterRequests,
    models: () => modelsRequests(state),
    'session-cost': () => sessionCostRequests(state),
  };
  return DATASETS.filter((dataset) => options.datasets.includes(dataset)).flatMap((dataset) => build[dataset]());
}

/** A request's query as sent: `start_date=2025-01-01&end_date=2026-01-01`. */
export function toQueryString(request: PlannedRequest): string {
  return new URLSearchParams(
    Object.entries(request.query).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
  ).toString();
}

/** A request as one line: `app-rankings sort=popular&category=coding&limit=100`. */
export function describeRequest(request: PlannedRequest): string {
  return `${request.dataset} ${toQueryString(request)}`;
}
