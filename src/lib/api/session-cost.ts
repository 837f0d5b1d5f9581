/**
 * `GET /datasets/session-cost` (`@openrouter/sdk` 1.3.x, `datasets.getSessionCost`; newer than the spec): the median
 * USD spend per sampled session for each published harness (a coding agent or tool) x model x session length, over
 * one weekly window. Cells are medians, never pooled across apps: nothing may be summed or averaged across cells.
 * Licensed CC BY 4.0 with attribution to OpenRouter.
 */
import { z } from 'astro/zod';
import type { DataApiClient } from './client.ts';
import { IsoDateSchema } from './common.ts';
import { asNewerEndpointError } from './errors.ts';
import { parseWith } from './parse.ts';

/** Session lengths, inclusive turn counts (SDK `TurnRange`), shortest first. */
export const TURN_RANGES = ['1-turn', '2-9-turns', '10-49-turns', '50-plus-turns'] as const;
export type TurnRange = (typeof TURN_RANGES)[number];

/** Largest page (`limit` 1–500, default 100). */
export const MAX_SESSION_COST_LIMIT = 500;
/** Largest `offset` the API accepts (0–5000): with full pages, at most 5 500 cells can be read. */
export const MAX_SESSION_COST_OFFSET = 5000;

/** Query: filters by harness (`app_slug`), exact permaslug (`model`) and `turn_range`; `limit` and `offset` page. */
export const SessionCostQuerySchema = z.object({
  app_slug: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  turn_range: z.enum(TURN_RANGES).optional(),
  limit: z.number().int().min(1).max(MAX_SESSION_COST_LIMIT).optional(),
  offset: z.number().int().min(0).max(MAX_SESSION_COST_OFFSET).optional(),
});
export type SessionCostQuery = z.infer<typeof SessionCostQuerySchema>;

/**
 * One cell: a harness x model x session length and its median cost per session in USD. `turn_range` is an open
 * enum in the SDK, so any name is kept; `app_name` is untrusted text.
 */
export const SessionCostCellSchema = z.looseObject({
  app_name: z.string(),
  app_slug: z.string().min(1),
  model_permaslug: z.string().min(1),
  turn_range: z.string().min(1),
  median_session_cost_usd: z.number().min(0),
});
export type SessionCostCell = z.infer<typeof SessionCostCellSchema>;

/**
 * `meta`: `window_days` and `window_end_date` (the weekly window the medians cover) are null when no snapshot is
 * published yet.
 */
export const SessionCostMetaSchema = z.looseObject({
  as_of: z.string().min(1),
  version: z.literal('v1'),
  window_days: z.number().int().min(1).nullable(),
  window_end_date: IsoDateSchema.nullable(),
});
export type SessionCostMeta = z.infer<typeof SessionCostMetaSchema>;

export const SessionCostResponseSchema = z.looseObject({
  data: z.array(SessionCostCellSchema),
  meta: SessionCostMetaSchema,
});
export type SessionCostResponse = z.infer<typeof SessionCostResponseSchema>;

/**
 * The offset of the next page, or `null` after a short page (fewer cells than `limit`: the last one):
 * `nextSessionCostOffset(0, 500, { data: [500 cells], … }) === 500`. The caller checks the API's offset cap.
 */
export function nextSessionCostOffset(offset: number, limit: number, body: SessionCostResponse): number | null {
  return body.data.length < limit ? null : offset + limit;
}

/**
 * `GET /datasets/session-cost`: one page of cells. A 404 (a server that follows only the older spec) becomes a
 * `NewerParameterError` line naming the endpoint, so a run goes on without this dataset.
 */
export async function fetchSessionCost(client: DataApiClient, query: SessionCostQuery): Promise<SessionCostResponse> {
  const checked = parseWith(SessionCostQuerySchema, query, 'session-cost query');
  try {
    return await client.get('session-cost', checked, SessionCostResponseSchema);
  } catch (error) {
    const request = { endpoint: 'session-cost', view: 'GET /datasets/session-cost', what: 'session-cost dataset' };
    throw asNewerEndpointError(error, request);
  }
}
