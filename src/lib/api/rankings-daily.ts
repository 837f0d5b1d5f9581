import { z } from 'astro/zod';
import type { DataApiClient } from './client.ts';
import { IsoDateSchema, TokenCountSchema, WindowMetaSchema } from './common.ts';
import { parseWith } from './parse.ts';

/** The reserved permaslug of the aggregated long-tail row; always last within its date. */
export const OTHER_SLUG = 'other';

/** Query of `GET /datasets/rankings-daily`: both bounds inclusive, UTC. */
export const RankingsDailyQuerySchema = z.object({
  start_date: IsoDateSchema.optional(),
  end_date: IsoDateSchema.optional(),
});
export type RankingsDailyQuery = z.infer<typeof RankingsDailyQuerySchema>;

/** One row: a model's (or `other`'s) token total on one UTC day. */
export const RankingsDailyRowSchema = z.looseObject({
  date: IsoDateSchema,
  model_permaslug: z.string().min(1),
  total_tokens: TokenCountSchema, // digits as a string; may exceed 2^53, so never a number
});
export type RankingsDailyRow = z.infer<typeof RankingsDailyRowSchema>;

/** Whole response of rankings-daily. Loose objects: v1 may add optional fields, which the archive keeps. */
export const RankingsDailyResponseSchema = z.looseObject({
  data: z.array(RankingsDailyRowSchema),
  meta: WindowMetaSchema,
});
export type RankingsDailyResponse = z.infer<typeof RankingsDailyResponseSchema>;

/** `GET /datasets/rankings-daily` for one window (at most 366 days, both bounds inclusive). */
export async function fetchRankingsDaily(
  client: DataApiClient,
  query: RankingsDailyQuery,
): Promise<RankingsDailyResponse> {
  const checked = parseWith(RankingsDailyQuerySchema, query, 'rankings-daily query');
  return client.get('rankings-daily', checked, RankingsDailyResponseSchema);
}
