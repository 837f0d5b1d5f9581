import { z } from 'astro/zod';
import { type DataApiClient, toRequestUrl } from './client.ts';
import { IsoDateSchema, TokenCountSchema, WindowMetaSchema } from './common.ts';
import { isStartOfPeriod } from './dates.ts';
import { asNewerParameterError, NewerParameterError } from './errors.ts';
import { parseWith } from './parse.ts';
import {
  CONTEXT_BUCKETS,
  describeView,
  exclusionProblem,
  LANGUAGE_TYPES,
  MODALITIES,
  newerParamsOf,
  RANKINGS_CATEGORIES,
  RANKINGS_PERIODS,
  resolvedPeriod,
} from './rankings-views.ts';

/** The reserved permaslug of the aggregated long-tail row; always last within its date. */
export const OTHER_SLUG = 'other';

/**
 * Query of `GET /datasets/rankings-daily`: both bounds inclusive, UTC. The newer parameters (`period` and the view
 * filters, see `rankings-views.ts`) are optional; a combination the API refuses is refused here before sending.
 */
export const RankingsDailyQuerySchema = z
  .object({
    start_date: IsoDateSchema.optional(),
    end_date: IsoDateSchema.optional(),
    period: z.enum(RANKINGS_PERIODS).optional(),
    category: z.enum(RANKINGS_CATEGORIES).optional(),
    language_type: z.enum(LANGUAGE_TYPES).optional(),
    modality: z.enum(MODALITIES).optional(),
    context_bucket: z.enum(CONTEXT_BUCKETS).optional(),
  })
  .superRefine((query, context) => {
    const problem = exclusionProblem(query);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  });
export type RankingsDailyQuery = z.infer<typeof RankingsDailyQuerySchema>;

/** One row: a model's (or `other`'s) token total on one UTC day, or in the week or month starting on `date`. */
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

/**
 * The first row whose date does not start the query's period, or `undefined`: a server that silently ignores
 * `period` (one that follows only the older spec) answers daily rows, which would otherwise pass as weeks.
 */
function offPeriodRow(query: RankingsDailyQuery, body: RankingsDailyResponse): RankingsDailyRow | undefined {
  const period = resolvedPeriod(query);
  return period === 'day' ? undefined : body.data.find((row) => !isStartOfPeriod(row.date, period));
}

/**
 * `GET /datasets/rankings-daily` for one window (at most 366 days, both bounds inclusive), optionally one view and
 * period. When the query uses a newer parameter, a 400, or rows not on period starts, become a
 * {@link NewerParameterError} whose line names the view: the server may not support it.
 */
export async function fetchRankingsDaily(
  client: DataApiClient,
  query: RankingsDailyQuery,
): Promise<RankingsDailyResponse> {
  const checked = parseWith(RankingsDailyQuerySchema, query, 'rankings-daily query');
  if (newerParamsOf(checked).length === 0) return client.get('rankings-daily', checked, RankingsDailyResponseSchema);
  const view = { endpoint: 'rankings-daily', view: describeView(checked), what: 'rankings views' };
  let body: RankingsDailyResponse;
  try {
    body = await client.get('rankings-daily', checked, RankingsDailyResponseSchema);
  } catch (error) {
    throw asNewerParameterError(error, view);
  }
  const stray = offPeriodRow(checked, body);
  if (stray !== undefined) {
    const period = resolvedPeriod(checked);
    const reason = `${client.baseUrl} answered a row dated ${stray.date}, which starts no ${period}: it ignored period`;
    throw new NewerParameterError(view, toRequestUrl(client.baseUrl, 'rankings-daily', checked), reason, 200);
  }
  return body;
}
