/** `GET /benchmarks`: Artificial Analysis indices or Design Arena ELOs, each source with its own item shape. */
import {
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
} from '../lib/api/benchmarks.ts';
import { todayOf } from './dates.ts';
import { compareText } from './order.ts';
import { QueryError, quote, readChoice, readInteger, readParam, type RouteHandler } from './route.ts';
import { artificialAnalysisItems, DA_CATEGORIES, designArenaItems } from './world-benchmarks.ts';

/** `meta.source_url` and `meta.citation` per source, verbatim from the spec. */
const ATTRIBUTION: Record<BenchmarkSource, { readonly source_url: string; readonly citation: string }> = {
  'artificial-analysis': {
    source_url: 'https://artificialanalysis.ai',
    citation: 'Source: Artificial Analysis (artificialanalysis.ai) via OpenRouter (openrouter.ai/rankings).',
  },
  'design-arena': {
    source_url: 'https://www.designarena.ai',
    citation: 'Source: Design Arena (www.designarena.ai) via OpenRouter (openrouter.ai/rankings).',
  },
};

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
  source: BenchmarkSource,
  items: readonly { model_permaslug: string }[],
  taskType: BenchmarkTaskType | undefined,
  now: Date,
): BenchmarksMeta {
  return {
    as_of: now.toISOString(),
    version: 'v1',
    source,
    ...ATTRIBUTION[source],
    model_count: new Set(items.map((item) => item.model_permaslug)).size,
    task_type: taskType ?? null,
    synthetic: true,
  };
}

/** The benchmarks handler: `source` is required; `max_results` 1-100 (default 50) caps the items. */
export const benchmarks: RouteHandler = (query, { now }): ArtificialAnalysisResponse | DesignArenaResponse => {
  if (readParam(query, 'source') === undefined) {
    throw new QueryError(`source is required: use one of ${BENCHMARK_SOURCES.join(', ')}`);
  }
  const source = readChoice(query, 'source', BENCHMARK_SOURCES, 'artificial-analysis');
  const taskType = readChoice(query, 'task_type', BENCHMARK_TASK_TYPES);
  const maxResults = readInteger(query, 'max_results', 1, 100, 50);
  const today = todayOf(now);
  if (source === 'artificial-analysis') {
    const data = artificialAnalysis(taskType, today).slice(0, maxResults);
    return { data, meta: metaOf(source, data, taskType, now) };
  }
  const data = designArena(query, taskType, today).slice(0, maxResults);
  return { data, meta: metaOf(source, data, taskType, now) };
};
