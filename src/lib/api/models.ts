/**
 * `GET /models`: OpenRouter's model catalogue (`@openrouter/sdk` 1.3.x, `models.list`; newer than the spec). A
 * model's `canonical_slug` is a rankings permaslug without its `:variant`; a variant is its own `id`
 * (`openai/gpt-oss-20b:free`). Only the fields the site reads are checked; the rest is kept verbatim.
 */
import { z } from 'astro/zod';
import type { DataApiClient } from './client.ts';
import { asNewerEndpointError } from './errors.ts';
import { parseWith } from './parse.ts';

/** Largest page the API serves (SDK: "max 1000"). */
export const MAX_MODELS_LIMIT = 1000;

/** `output_modalities` value that lifts the catalogue's default filter (text-output models only). */
export const ALL_MODALITIES = 'all';

/**
 * Query of `GET /models`: `offset` (default 0) and `limit` (default 500, at most 1000) page through the catalogue;
 * `output_modalities` is a comma-separated list of output modalities, or `all` (default `text`). The SDK's other
 * filters (`category`, `sort`, prices, …) are not used by the site.
 */
export const ModelsQuerySchema = z.object({
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(MAX_MODELS_LIMIT).optional(),
  output_modalities: z.string().min(1).optional(),
});
export type ModelsQuery = z.infer<typeof ModelsQuerySchema>;

/** A catalogue price: USD per token as a decimal string (`0.0000025`); routers write `-1` for "varies". */
export const PriceStringSchema = z.string().regex(/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/, 'expected a decimal string');

/** `pricing` of a model: prompt and completion per token; more optional keys (`image`, `request`, …) pass through. */
export const ModelPricingSchema = z.looseObject({ prompt: PriceStringSchema, completion: PriceStringSchema });
export type ModelPricing = z.infer<typeof ModelPricingSchema>;

/** `architecture` of a model: its modalities (open lists in the SDK, so any name is kept). */
export const ModelArchitectureSchema = z.looseObject({
  input_modalities: z.array(z.string()),
  output_modalities: z.array(z.string()),
  modality: z.string().nullable(),
});
export type ModelArchitecture = z.infer<typeof ModelArchitectureSchema>;

/**
 * One catalogue model (SDK `Model`). `name` carries the author prefix (`OpenAI: GPT-4o`) and is untrusted text;
 * `created` is unix seconds; `expiration_date` (a `YYYY-MM-DD` date after which the model may be removed) is
 * optional and nullable.
 */
export const ModelSchema = z.looseObject({
  id: z.string().min(1),
  canonical_slug: z.string().min(1),
  name: z.string(),
  created: z.number().int(),
  expiration_date: z.string().nullable().optional(),
  context_length: z.number().int().min(0).nullable(),
  architecture: ModelArchitectureSchema,
  pricing: ModelPricingSchema,
  top_provider: z.looseObject({ is_moderated: z.boolean() }),
  links: z.looseObject({ details: z.string() }),
});
export type Model = z.infer<typeof ModelSchema>;

/** One page of the catalogue (SDK `ModelsListResponse`); `total_count` counts every page's models. */
export const ModelsResponseSchema = z.looseObject({
  data: z.array(ModelSchema),
  links: z.looseObject({ next: z.string().nullable() }),
  total_count: z.number().int().min(0),
});
export type ModelsResponse = z.infer<typeof ModelsResponseSchema>;

/**
 * The offset of the page after one asked at `offset`, or `null` when the catalogue is complete: offsets step by
 * the page's own length (a server may serve fewer than asked) until `total_count`; an empty page ends it.
 * `links.next` is not followed: it is a URL from the server, and the offset says the same.
 * `nextModelsOffset(0, { data: [500 models], total_count: 620, … }) === 500`.
 */
export function nextModelsOffset(offset: number, body: ModelsResponse): number | null {
  const next = offset + body.data.length;
  return body.data.length > 0 && next < body.total_count ? next : null;
}

/**
 * `GET /models`: one page of the catalogue. A 404 (a server that follows only the older spec) becomes a
 * `NewerParameterError` line naming the endpoint, so a run goes on without this dataset.
 */
export async function fetchModels(client: DataApiClient, query: ModelsQuery): Promise<ModelsResponse> {
  const checked = parseWith(ModelsQuerySchema, query, 'models query');
  try {
    return await client.get('models', checked, ModelsResponseSchema);
  } catch (error) {
    throw asNewerEndpointError(error, { endpoint: 'models', view: 'GET /models', what: 'model catalogue endpoint' });
  }
}
