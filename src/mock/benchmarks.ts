/**
 * `GET /benchmarks`: Artificial Analysis indices, Design Arena ELOs or OpenRouter's own evals, each source with its
 * own item shape; without `source`, every source's items mixed (SDK 1.3.x: "When omitted, returns results from all
 * sources", with `meta.source`, `source_url` and `citation` null). Choices the SDK leaves open: `max_results` caps
 * each source's items (default 50, as the spec says), so one source never crowds out the others; `benchmark_type`
 * narrows the openrouter items only; `task_type` does not filter openrouter items (the SDK maps it for AA and DA
 * only). OpenRouter's search benchmarks (`task_type=search`, `benchmark_type=search_*`) are not served: a 400 says
 * so, rather than an empty list that would read as "no results".
 */
import {
  type AllSourcesBenchmarksResponse,
  type ArtificialAnalysisItem,
  type ArtificialAnalysisResponse,
  BENCHMARK_SOURCES,
  BENCHMARK_TASK_TYPES,
  type BenchmarkSource,
  type BenchmarkTaskType,
  type BenchmarksMeta,
  DESIGN_ARENAS,
  type DesignArenaItem,
  type DesignArenaResponse,
  LEGACY_BENCHMARK_SOURCES,
  OPENROUTER_BENCHMARK_TYPES,
  type OpenRouterBenchmarkItem,
  type OpenRouterBenchmarksResponse,
  type OpenRouterBenchmarkType,
} from '../lib/api/benchmarks.ts';
import { todayOf } from './dates.ts';
import { compareText } from './order.ts';
import { QueryError, quote, readChoice, readInteger, readParam, type RouteHandler } from './route.ts';
import { artificialAnalysisItems, DA_CATEGORIES, designArenaItems } from './world-benchmarks.ts';
import { openRouterItems } from './world-openrouter-benchmarks.ts';

/** `meta.source_url` and `meta.citation` per source: the spec's strings, and ours for openrouter (no spec text). */
const ATTRIBUTION: Record<BenchmarkSource, { readonly source_url: string; readonly citation: string }> = {
  'artificial-analysis': {
    source_url: 'https://artificialanalysis.ai',
    citation: 'Source: Artificial Analysis (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings).',
  },
  'design-arena': {
    source_url: 'https://www.designarena.ai',
    citation: 'Source: Design Arena (www.designarena.ai) via OpenRouter (openrouter.ai/rankings).',
  },
  openrouter: {
    source_url: 'https://openrouter.ai/rankings',
    citation: 'Source: OpenRouter benchmarks (openrouter.ai/rankings).',
  },
};

/** The SDK's search lanes, which the local Data API does not serve. */
const SEARCH_BENCHMARK_TYPES = ['search_browsecomp', 'search_hle', 'search_dsqa', 'search_widesearch'] as const;

/**
 * The Design Arena category a task type stands for (spec: "coding → codecategories"). The spec names no category
 * for `intelligence` or `agentic`; we read the filter literally and return no items for them.
 */
const DA_CATEGORY_OF_TASK: Record<BenchmarkTaskType, string | null> = {
  coding: 'codecategories',
  intelligence: null,
  agentic: null,
};

const INDEX_OF_TASK = {
  coding: 'coding_index',
  intelligence: 'intelligence_index',
  agentic: 'agentic_index',
} as const satisfies Record<BenchmarkTaskType, keyof ArtificialAnalysisItem>;

/** Descending, nulls last, then by slug: the order never depends on generation order. */
function byScoreDesc<T extends { readonly model_permaslug: string }>(score: (item: T) => number | null) {
  return (a: T, b: T): number => {
    const [x, y] = [score(a), score(b)];
    if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
    return compareText(a.model_permaslug, b.model_permaslug);
  };
}

/**
 * AA items: with a task type, only models scored on it, best first; without, all models by intelligence.
 * `arena` and `category` are ignored here (spec: they "apply only when source=design-arena").
 */
function artificialAnalysis(taskType: BenchmarkTaskType | undefined, today: string): ArtificialAnalysisItem[] {
  const index = INDEX_OF_TASK[taskType ?? 'intelligence'];
  const items = artificialAnalysisItems(today).filter((item) => taskType === undefined || item[index] !== null);
  return items.toSorted(byScoreDesc((item) => item[index]));
}

/** The categories to list for a DA query; a category outside the arena, or contradicting the task type, is a 400. */
function daCategories(
  query: URLSearchParams,
  arena: keyof typeof DA_CATEGORIES,
  taskType: BenchmarkTaskType | undefined,
) {
  const known: readonly string[] = DA_CATEGORIES[arena];
  const category = readParam(query, 'category');
  if (category !== undefined && !known.includes(category)) {
    throw new QueryError(`category ${quote(category)} is not in the ${arena} arena; use one of ${known.join(', ')}`);
  }
  if (taskType === undefined) return category === undefined ? known : [category];
  const mapped = DA_CATEGORY_OF_TASK[taskType];
  if (category !== undefined && mapped !== category) {
    throw new QueryError(`task_type ${taskType} does not match category ${category}; give one of them`);
  }
  return mapped !== null && known.includes(mapped) ? [mapped] : [];
}

/** DA items of the arena (default `models`), best ELO first across the chosen categories. */
function designArena(
  query: URLSearchParams,
  taskType: BenchmarkTaskType | undefined,
  today: string,
): DesignArenaItem[] {
  const arena = readChoice(query, 'arena', DESIGN_ARENAS, 'models');
  const items = daCategories(query, arena, taskType).flatMap((category) => designArenaItems(arena, category, today));
  const byElo = byScoreDesc<DesignArenaItem>((item) => item.elo);
  return items.toSorted((a, b) => byElo(a, b) || compareText(a.category, b.category));
}

function metaOf(
  source: BenchmarkSource | undefined,
  items: readonly { model_permaslug: string }[],
  taskType: BenchmarkTaskType | undefined,
  now: Date,
): BenchmarksMeta {
  const attribution = source === undefined ? { source_url: null, citation: null } : ATTRIBUTION[source];
  return {
    as_of: now.toISOString(),
    version: 'v1',
    source: source ?? null,
    ...attribution,
    model_count: new Set(items.map((item) => item.model_permaslug)).size,
    task_type: taskType ?? null,
    synthetic: true,
  };
}

/** OpenRouter items of one benchmark type or both, grouped by type, best accuracy first within each. */
function openRouter(benchmarkType: OpenRouterBenchmarkType | undefined, today: string): OpenRouterBenchmarkItem[] {
  const types = benchmarkType === undefined ? OPENROUTER_BENCHMARK_TYPES : [benchmarkType];
  const byAccuracy = byScoreDesc<OpenRouterBenchmarkItem>((item) => item.accuracy);
  return types.flatMap((type) => openRouterItems(type, today).toSorted(byAccuracy));
}

/** `benchmark_type`: a classic OpenRouter benchmark, a 400 for the search lanes, or absent. */
function readBenchmarkType(query: URLSearchParams): OpenRouterBenchmarkType | undefined {
  const value = readParam(query, 'benchmark_type');
  if (value !== undefined && (SEARCH_BENCHMARK_TYPES as readonly string[]).includes(value)) {
    const classic = OPENROUTER_BENCHMARK_TYPES.join(' or ');
    throw new QueryError(`benchmark_type ${value}: OpenRouter's search benchmarks are not served here; use ${classic}`);
  }
  return readChoice(query, 'benchmark_type', OPENROUTER_BENCHMARK_TYPES);
}

/** With the `legacy` fault: the older spec's rules (a source is required, two sources, no benchmark_type). */
function readLegacySource(query: URLSearchParams): BenchmarkSource {
  if (readParam(query, 'source') === undefined) {
    throw new QueryError(`source is required: use one of ${LEGACY_BENCHMARK_SOURCES.join(', ')}`);
  }
  const source = readChoice(query, 'source', LEGACY_BENCHMARK_SOURCES, 'artificial-analysis');
  if (readParam(query, 'benchmark_type') !== undefined) {
    throw new QueryError('unknown parameter benchmark_type: benchmarks takes source, task_type, arena, category');
  }
  return source;
}

/** `task_type`: one of the classic task types; `search` gets its own reason, since the SDK lists it. */
function readTaskType(query: URLSearchParams): BenchmarkTaskType | undefined {
  if (readParam(query, 'task_type') === 'search') {
    const classic = BENCHMARK_TASK_TYPES.join(', ');
    throw new QueryError(`task_type must be one of ${classic}; got "search" (search benchmarks are not served here)`);
  }
  return readChoice(query, 'task_type', BENCHMARK_TASK_TYPES);
}

/**
 * The benchmarks handler: `source` optional (every source when omitted), `task_type`, `benchmark_type`, `arena`,
 * `category`; `max_results` 1-100 (default 50) caps each source's items.
 */
export const benchmarks: RouteHandler = (
  query,
  { now, legacy },
): ArtificialAnalysisResponse | DesignArenaResponse | OpenRouterBenchmarksResponse | AllSourcesBenchmarksResponse => {
  const source = legacy ? readLegacySource(query) : readChoice(query, 'source', BENCHMARK_SOURCES);
  const taskType = readTaskType(query);
  const benchmarkType = readBenchmarkType(query);
  const maxResults = readInteger(query, 'max_results', 1, 100, 50);
  const today = todayOf(now);
  if (source === 'artificial-analysis') {
    const data = artificialAnalysis(taskType, today).slice(0, maxResults);
    return { data, meta: metaOf(source, data, taskType, now) };
  }
  if (source === 'design-arena') {
    const data = designArena(query, taskType, today).slice(0, maxResults);
    return { data, meta: metaOf(source, data, taskType, now) };
  }
  if (source === 'openrouter') {
    const data = openRouter(benchmarkType, today).slice(0, maxResults);
    return { data, meta: metaOf(source, data, taskType, now) };
  }
  const data = [
    ...artificialAnalysis(taskType, today).slice(0, maxResults),
    ...designArena(query, taskType, today).slice(0, maxResults),
    ...openRouter(benchmarkType, today).slice(0, maxResults),
  ];
  return { data, meta: metaOf(undefined, data, taskType, now) };
};
