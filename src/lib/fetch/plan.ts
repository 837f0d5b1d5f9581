import { APP_SORTS, type AppRankingsQuery } from '../api/app-rankings.ts';
import { BENCHMARK_TASK_TYPES, type BenchmarksQuery, DESIGN_ARENAS } from '../api/benchmarks.ts';
import { rankingsWindows } from '../api/dates.ts';
import type { RankingsDailyQuery } from '../api/rankings-daily.ts';
import type { TaskClassificationsQuery } from '../api/task-classifications.ts';
import { APP_CATEGORIES, APP_SUBCATEGORIES } from '../api/taxonomy.ts';
import { DATASETS, type Dataset } from '../archive/format.ts';
import { type AppScope, appRankingsKey, benchmarksKey, taskClassificationsKey } from '../archive/keys.ts';

/** Rows per app-rankings request and per benchmarks request: the API's maximum, so one page covers each slice. */
export const PAGE_SIZE = 100;

/** `--only` names of the datasets, in run order. */
export const DATASET_ALIASES = {
  rankings: 'rankings-daily',
  apps: 'app-rankings',
  benchmarks: 'benchmarks',
  tasks: 'task-classifications',
} as const satisfies Record<string, Dataset>;
export type DatasetAlias = keyof typeof DATASET_ALIASES;

/** One request of a run. `key` names it in the snapshot (stable across runs) or, for rankings, its window. */
export type PlannedRequest =
  | { readonly dataset: 'rankings-daily'; readonly key: string; readonly query: RankingsDailyQuery }
  | { readonly dataset: 'app-rankings'; readonly key: string; readonly query: AppRankingsQuery }
  | { readonly dataset: 'benchmarks'; readonly key: string; readonly query: BenchmarksQuery }
  | { readonly dataset: 'task-classifications'; readonly key: string; readonly query: TaskClassificationsQuery };

/** What the plan depends on in the archive: the newest archived rankings date (`null` for an empty archive). */
export interface ArchiveState {
  readonly newestRankingsDate: string | null;
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

function taskRequests(): PlannedRequest[] {
  return [{ dataset: 'task-classifications', key: taskClassificationsKey('7d'), query: { window: '7d' } }];
}

/**
 * Every request a run makes for an archive state, in run order (rankings, apps, benchmarks, tasks). An empty
 * archive needs the full rankings history in windows of at most 366 days; a nightly update only the trailing
 * re-fetch window. Pure: `npm run bench` prints it for both cases.
 */
export function planFetch(state: ArchiveState, options: PlanOptions): PlannedRequest[] {
  const build: Record<Dataset, () => PlannedRequest[]> = {
    'rankings-daily': () => rankingsRequests(state, options.today),
    'app-rankings': appRequests,
    benchmarks: benchmarkRequests,
    'task-classifications': taskRequests,
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
