import { z } from 'astro/zod';
import type { DataApiClient } from './client.ts';
import { IsoDateSchema, TokenCountSchema, WindowMetaSchema } from './common.ts';
import { parseWith } from './parse.ts';

export const APP_SORTS = ['popular', 'trending'] as const;
export type AppSort = (typeof APP_SORTS)[number];

/** Query of `GET /datasets/app-rankings`. `limit` 1–100 (default 50), `offset` 0–100 (default 0). */
export const AppRankingsQuerySchema = z.object({
  sort: z.enum(APP_SORTS).optional(),
  category: z.string().min(1).optional(),
  subcategory: z.string().min(1).optional(),
  start_date: IsoDateSchema.optional(),
  end_date: IsoDateSchema.optional(),
  limit: z.number().int().min(1).max(100).optional(),
  offset: z.number().int().min(0).max(100).optional(),
});
export type AppRankingsQuery = z.infer<typeof AppRankingsQuerySchema>;

/** One app; `rank` is absolute (the first row at offset 50 has rank 51). `app_name` is untrusted text. */
export const AppRankingsRowSchema = z.looseObject({
  rank: z.number().int().min(1),
  app_id: z.number().int(),
  app_name: z.string(),
  total_tokens: TokenCountSchema,
  total_requests: z.number().int().min(0),
});
export type AppRankingsRow = z.infer<typeof AppRankingsRowSchema>;

export const AppRankingsResponseSchema = z.looseObject({
  data: z.array(AppRankingsRowSchema),
  meta: WindowMetaSchema,
});
export type AppRankingsResponse = z.infer<typeof AppRankingsResponseSchema>;

/** `GET /datasets/app-rankings`: one page of apps for a sort and an optional category or subcategory. */
export async function fetchAppRankings(client: DataApiClient, query: AppRankingsQuery): Promise<AppRankingsResponse> {
  const checked = parseWith(AppRankingsQuerySchema, query, 'app-rankings query');
  return client.get('app-rankings', checked, AppRankingsResponseSchema);
}
