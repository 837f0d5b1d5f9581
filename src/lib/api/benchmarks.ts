import { z } from 'astro/zod';
import type { DataApiClient } from './client.ts';
import { DecimalStringSchema } from './common.ts';
import { asNewerParameterError } from './errors.ts';
import { parseWith } from './parse.ts';

/** The sources of the older spec; `openrouter` (OpenRouter's own evals) is newer (`@openrouter/sdk` 1.3.x). */
export const LEGACY_BENCHMARK_SOURCES = ['artificial-analysis', 'design-arena'] as const;
export const BENCHMARK_SOURCES = [...LEGACY_BENCHMARK_SOURCES, 'openrouter'] as const;
export type BenchmarkSource = (typeof BENCHMARK_SOURCES)[number];
export const BENCHMARK_TASK_TYPES = ['coding', 'intelligence', 'agentic'] as const;
export type BenchmarkTaskType = (typeof BENCHMARK_TASK_TYPES)[number];
export const DESIGN_ARENAS = ['models', 'builders', 'agents'] as const;
export type DesignArena = (typeof DESIGN_ARENAS)[number];
/**
 * OpenRouter's classic benchmarks (SDK `UnifiedBenchmarksORItemBenchmarkType`). The SDK's `search_*` lanes (a
 * different item shape) are not modelled: the site never asks for them.
 */
export const OPENROUTER_BENCHMARK_TYPES = ['gpqa_diamond', 'tau_bench_verified_airline'] as const;
export type OpenRouterBenchmarkType = (typeof OPENROUTER_BENCHMARK_TYPES)[number];

/**
 * Query of `GET /benchmarks`. `source` omitted means every source (newer than the spec, which requires it).
 * `arena` and `category` apply only to design-arena; `benchmark_type` narrows the openrouter items only;
 * `max_results` 1–100 (default 50).
 */
export const BenchmarksQuerySchema = z.object({
  source: z.enum(BENCHMARK_SOURCES).optional(),
  task_type: z.enum(BENCHMARK_TASK_TYPES).optional(),
  benchmark_type: z.enum(OPENROUTER_BENCHMARK_TYPES).optional(),
  arena: z.enum(DESIGN_ARENAS).optional(),
  category: z.string().min(1).optional(),
  max_results: z.number().int().min(1).max(100).optional(),
});
export type BenchmarksQuery = z.infer<typeof BenchmarksQuerySchema>;

/** Per-token USD prices, as decimal strings; null where OpenRouter has no price for the model. */
export const PricingSchema = z.looseObject({ prompt: DecimalStringSchema, completion: DecimalStringSchema });
export type Pricing = z.infer<typeof PricingSchema>;

/** An Artificial Analysis item: composite indices, null where the model was not scored. */
export const ArtificialAnalysisItemSchema = z.looseObject({
  source: z.literal('artificial-analysis'),
  model_permaslug: z.string().min(1),
  display_name: z.string(),
  intelligence_index: z.number().nullable(),
  coding_index: z.number().nullable(),
  agentic_index: z.number().nullable(),
  pricing: PricingSchema.nullable(),
});
export type ArtificialAnalysisItem = z.infer<typeof ArtificialAnalysisItemSchema>;

const nullableCount = z.number().int().min(0).nullable();

/** A Design Arena item: ELO from head-to-head battles in one arena and category. */
export const DesignArenaItemSchema = z.looseObject({
  source: z.literal('design-arena'),
  model_permaslug: z.string().min(1),
  display_name: z.string(),
  arena: z.string().min(1),
  category: z.string().min(1),
  elo: z.number(),
  win_rate: z.number().min(0).max(100),
  avg_generation_time_ms: z.number().min(0).nullable(),
  tournament_stats: z.looseObject({
    first_place: nullableCount,
    second_place: nullableCount,
    third_place: nullableCount,
    fourth_place: nullableCount,
    total: nullableCount,
  }),
  pricing: PricingSchema.nullable(),
});
export type DesignArenaItem = z.infer<typeof DesignArenaItemSchema>;

/**
 * An OpenRouter item: one model's result on one of OpenRouter's own benchmarks (SDK `UnifiedBenchmarksORItem`).
 * `benchmark_type` is an open enum in the SDK, so any name is kept; `accuracy_stddev` is null for a single run.
 */
export const OpenRouterBenchmarkItemSchema = z.looseObject({
  source: z.literal('openrouter'),
  model_permaslug: z.string().min(1),
  display_name: z.string(),
  benchmark_type: z.string().min(1),
  accuracy: z.number().min(0).max(1),
  accuracy_stddev: z.number().min(0).nullable(),
  avg_cost_per_task: z.number().min(0).nullable(),
  total_tasks: z.number().int().min(0),
  last_run_timestamp: z.string().min(1),
});
export type OpenRouterBenchmarkItem = z.infer<typeof OpenRouterBenchmarkItemSchema>;

/**
 * `meta` of a benchmarks response; `citation` is the attribution the page must show. With every source (no
 * `source` asked), `source`, `source_url` and `citation` are null: attribute each item by its own `source`.
 */
export const BenchmarksMetaSchema = z.looseObject({
  as_of: z.string().min(1),
  version: z.literal('v1'),
  source: z.string().nullable(),
  source_url: z.string().nullable(),
  citation: z.string().nullable(),
  model_count: z.number().int().min(0),
  task_type: z.string().nullable(),
});
export type BenchmarksMeta = z.infer<typeof BenchmarksMetaSchema>;

export const ArtificialAnalysisResponseSchema = z.looseObject({
  data: z.array(ArtificialAnalysisItemSchema),
  meta: BenchmarksMetaSchema,
});
export type ArtificialAnalysisResponse = z.infer<typeof ArtificialAnalysisResponseSchema>;

export const DesignArenaResponseSchema = z.looseObject({
  data: z.array(DesignArenaItemSchema),
  meta: BenchmarksMetaSchema,
});
export type DesignArenaResponse = z.infer<typeof DesignArenaResponseSchema>;

/** The answer for `source=openrouter`: OpenRouter's own benchmark results. */
export const OpenRouterBenchmarksResponseSchema = z.looseObject({
  data: z.array(OpenRouterBenchmarkItemSchema),
  meta: BenchmarksMetaSchema,
});
export type OpenRouterBenchmarksResponse = z.infer<typeof OpenRouterBenchmarksResponseSchema>;

/** An item of any source, told apart by its `source`. */
export const AnyBenchmarkItemSchema = z.discriminatedUnion('source', [
  ArtificialAnalysisItemSchema,
  DesignArenaItemSchema,
  OpenRouterBenchmarkItemSchema,
]);
export type AnyBenchmarkItem = z.infer<typeof AnyBenchmarkItemSchema>;

/** The answer when `source` is omitted: items of every source mixed, `meta.source` null. */
export const AllSourcesBenchmarksResponseSchema = z.looseObject({
  data: z.array(AnyBenchmarkItemSchema),
  meta: BenchmarksMetaSchema,
});
export type AllSourcesBenchmarksResponse = z.infer<typeof AllSourcesBenchmarksResponseSchema>;

/** The response schema for a source (each has its own item shape), or for every source when none is given. */
export function benchmarksResponseSchemaFor(source: BenchmarkSource | undefined) {
  if (source === 'artificial-analysis') return ArtificialAnalysisResponseSchema;
  if (source === 'design-arena') return DesignArenaResponseSchema;
  return source === 'openrouter' ? OpenRouterBenchmarksResponseSchema : AllSourcesBenchmarksResponseSchema;
}

/** Any benchmarks response. */
export type BenchmarksResponse =
  ArtificialAnalysisResponse | DesignArenaResponse | OpenRouterBenchmarksResponse | AllSourcesBenchmarksResponse;

/**
 * The newer parameters of a benchmarks query as an error line names them (`source=openrouter, benchmark_type=…`,
 * or `all sources` for an omitted source), or `null` when it has none.
 */
function newerBenchmarksView(query: BenchmarksQuery): string | null {
  const parts: string[] = [];
  if (query.source === undefined) parts.push('all sources');
  if (query.source === 'openrouter') parts.push('source=openrouter');
  if (query.benchmark_type !== undefined) parts.push(`benchmark_type=${query.benchmark_type}`);
  return parts.length === 0 ? null : parts.join(', ');
}

/**
 * `GET /benchmarks`: the response is parsed with the item shape of the query's `source` (every shape, told apart by
 * `source`, when it is omitted). A 400 to a newer parameter becomes a `NewerParameterError` naming it.
 */
export function fetchBenchmarks(
  client: DataApiClient,
  query: BenchmarksQuery & { source: 'artificial-analysis' },
): Promise<ArtificialAnalysisResponse>;
export function fetchBenchmarks(
  client: DataApiClient,
  query: BenchmarksQuery & { source: 'design-arena' },
): Promise<DesignArenaResponse>;
export function fetchBenchmarks(
  client: DataApiClient,
  query: BenchmarksQuery & { source: 'openrouter' },
): Promise<OpenRouterBenchmarksResponse>;
export function fetchBenchmarks(
  client: DataApiClient,
  query: BenchmarksQuery & { source?: undefined },
): Promise<AllSourcesBenchmarksResponse>;
export function fetchBenchmarks(client: DataApiClient, query: BenchmarksQuery): Promise<BenchmarksResponse>;
export async function fetchBenchmarks(client: DataApiClient, query: BenchmarksQuery): Promise<BenchmarksResponse> {
  const checked = parseWith(BenchmarksQuerySchema, query, 'benchmarks query');
  const view = newerBenchmarksView(checked);
  try {
    return await client.get('benchmarks', checked, benchmarksResponseSchemaFor(checked.source));
  } catch (error) {
    // A server following only the older spec refuses an omitted or new source with a 400.
    if (view === null) throw error;
    throw asNewerParameterError(error, { endpoint: 'benchmarks', view, what: 'benchmark sources' });
  }
}
