import type { AppSort } from '../api/app-rankings.ts';
import type { BenchmarkSource, BenchmarkTaskType, DesignArena, OpenRouterBenchmarkType } from '../api/benchmarks.ts';
import type { AppCategory, AppSubcategory } from '../api/taxonomy.ts';

/** Which slice of the app marketplace a response is: all apps, one category group, or one subcategory. */
export type AppScope =
  { kind: 'all' } | { kind: 'category'; category: AppCategory } | { kind: 'subcategory'; subcategory: AppSubcategory };

/** Stable snapshot key of an app-rankings response: `popular/all`, `trending/category/coding`, `popular/subcategory/cli-agent`. */
export function appRankingsKey(sort: AppSort, scope: AppScope): string {
  if (scope.kind === 'all') return `${sort}/all`;
  if (scope.kind === 'category') return `${sort}/category/${scope.category}`;
  return `${sort}/subcategory/${scope.subcategory}`;
}

/** What a benchmarks response covers: one source, optionally one task type (AA) or one arena (Design Arena). */
export type BenchmarkScope =
  | { source: Extract<BenchmarkSource, 'artificial-analysis'>; taskType?: BenchmarkTaskType }
  | { source: Extract<BenchmarkSource, 'design-arena'>; arena: DesignArena };

/** Stable snapshot key of a benchmarks response: `artificial-analysis`, `artificial-analysis/coding`, `design-arena/models`. */
export function benchmarksKey(scope: BenchmarkScope): string {
  if (scope.source === 'design-arena') return `design-arena/${scope.arena}`;
  return scope.taskType ? `artificial-analysis/${scope.taskType}` : 'artificial-analysis';
}

/** Stable snapshot key of a benchmarks-openrouter response: `openrouter/gpqa_diamond`. */
export function openRouterBenchmarksKey(benchmarkType: OpenRouterBenchmarkType): string {
  return `openrouter/${benchmarkType}`;
}

/** Stable snapshot key of a task-classifications response: its window, `7d`. */
export function taskClassificationsKey(window: '7d'): string {
  return window;
}

/** Stable key of one page of a paged dataset (the model catalogue, session cost), by its offset: `offset/500`. */
export function pageKey(offset: number): string {
  return `offset/${offset}`;
}
