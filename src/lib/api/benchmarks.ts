import { z } from 'astro/zod';
import type { DataApiClient } from './client.ts';
import { DecimalStringSchema } from './common.ts';
import { parseWith } from './parse.ts';

export const BENCHMARK_SOURCES = ['artificial-analysis', 'design-arena'] as const;
export type BenchmarkSource = (typeof BENCHMARK_SOURCES)[number];
export const BENCHMARK_TASK_TYPES = ['coding', 'intelligence', 'agentic'] as const;
export type BenchmarkTaskType = (typeof BENCHMARK_TASK_TYPES)[number];
export const DESIGN_ARENAS = ['models', 'builders', 'agents'] as const;
export type DesignArena = (typeof DESIGN_ARENAS)[number];

/** Query of `GET /benchmarks`. `arena` and `category` apply only to design-arena; `max_results` 1–100 (default 50). */
export const BenchmarksQuerySchema = z.object({
  source: z.enum(BENCHMARK_SOURCES),
  task_type: z.enum(BENCHMARK_TASK_TYPES).optional(),
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

/** `meta` of a benchmarks response; `citation` is the attribution the page must show. */
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

/** The response schema for a source: each source has its own item shape. */
export function benchmarksResponseSchemaFor(source: BenchmarkSource) {
  return source === 'artificial-analysis' ? ArtificialAnalysisResponseSchema : DesignArenaResponseSchema;
}

/** Either source's response. */
export type BenchmarksResponse = ArtificialAnalysisResponse | DesignArenaResponse;

/** `GET /benchmarks`: the response is parsed with the item shape of the query's `source`. */
export function fetchBenchmarks(
  client: DataApiClient,
  query: BenchmarksQuery & { source: 'artificial-analysis' },
): Promise<ArtificialAnalysisResponse>;
export function fetchBenchmarks(
  client: DataApiClient,
  query: BenchmarksQuery & { source: 'design-arena' },
): Promise<DesignArenaResponse>;
export function fetchBenchmarks(client: DataApiClient, query: BenchmarksQuery): Promise<BenchmarksResponse>;
export async function fetchBenchmarks(client: DataApiClient, query: BenchmarksQuery): Promise<BenchmarksResponse> {
  const checked = parseWith(BenchmarksQuerySchema, query, 'benchmarks query');
  return client.get('benchmarks', checked, benchmarksResponseSchemaFor(checked.source));
}
