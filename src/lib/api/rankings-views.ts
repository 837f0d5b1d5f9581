/**
 * The newer parameters of `GET /datasets/rankings-daily` (`@openrouter/sdk` 1.3.x, `GetRankingsDailyRequest`; the
 * spec in `../shared/spec` predates them): the time grain `period` and the filters that pick a rankings view.
 * `category` and `language_type` read a sampled, upsampled dataset aggregated weekly (estimates);
 * `modality` and `context_bucket` narrow the exact dataset. The exclusion rules live here once, for the client's
 * query schema and the local Data API alike.
 */

/** Time grain of each row: `week` buckets by ISO week start (Monday), `month` by month start. */
export const RANKINGS_PERIODS = ['day', 'week', 'month'] as const;
export type RankingsPeriod = (typeof RANKINGS_PERIODS)[number];

/** Use-case categories (SDK `GetRankingsDailyCategory`); `marketing/seo` is a part of `marketing`. */
export const RANKINGS_CATEGORIES = [
  'programming',
  'roleplay',
  'marketing',
  'marketing/seo',
  'technology',
  'science',
  'translation',
  'legal',
  'finance',
  'health',
  'trivia',
  'academia',
] as const;
export type RankingsCategory = (typeof RANKINGS_CATEGORIES)[number];

/** Natural-language or programming-language tagged activity (SDK `LanguageType`). */
export const LANGUAGE_TYPES = ['natural', 'programming'] as const;
export type LanguageType = (typeof LANGUAGE_TYPES)[number];

/**
 * Modality surfaces (SDK `Modality`): `text` and `image_output` match a model's output modality, `image` and `audio`
 * its input modality, `tool_calling` keeps only traffic that recorded at least one tool call.
 */
export const MODALITIES = ['text', 'image', 'image_output', 'audio', 'tool_calling'] as const;
export type Modality = (typeof MODALITIES)[number];

/** Context-length buckets of a request (SDK `ContextBucket`), named by their upper bound. */
export const CONTEXT_BUCKETS = ['1K', '10K', '100K', '1M', '10M'] as const;
export type ContextBucket = (typeof CONTEXT_BUCKETS)[number];

/** The parameters of the sampled (estimated, weekly-only) datasets. */
export const SAMPLED_PARAMS = ['category', 'language_type'] as const;
/** The parameters that narrow the exact dataset. */
export const EXACT_PARAMS = ['modality', 'context_bucket'] as const;
/** Every parameter of rankings-daily that the older spec does not list, in the order they are sent. */
export const NEWER_RANKINGS_PARAMS = ['period', 'category', 'language_type', 'modality', 'context_bucket'] as const;
export type NewerRankingsParam = (typeof NEWER_RANKINGS_PARAMS)[number];

/** Which newer parameters a query gives (present and not `undefined`), in {@link NEWER_RANKINGS_PARAMS} order. */
export function newerParamsOf(query: Readonly<Record<string, unknown>>): NewerRankingsParam[] {
  return NEWER_RANKINGS_PARAMS.filter((name) => query[name] !== undefined);
}

/** True when a query reads the sampled dataset (`category` or `language_type`): estimates, weekly buckets. */
export function isSampledQuery(query: Readonly<Record<string, unknown>>): boolean {
  return SAMPLED_PARAMS.some((name) => query[name] !== undefined);
}

/**
 * The period a query resolves to: as given, else `week` for the sampled datasets and `day` otherwise
 * (`resolvedPeriod({ category: 'legal' }) === 'week'`).
 */
export function resolvedPeriod(query: {
  readonly period?: RankingsPeriod | undefined;
  readonly [name: string]: unknown;
}): RankingsPeriod {
  return query.period ?? (isSampledQuery(query) ? 'week' : 'day');
}

/**
 * The first exclusion rule a query breaks, as the reason for a 400, or `null` when it keeps them all (SDK text):
 * `category` and `language_type` combine with none of the other filters, and reject `period=day` because they
 * are aggregated weekly. `modality` with `context_bucket` is allowed: the SDK only forbids combining either
 * with `category` or `language_type`. `exclusionProblem({ category: 'legal', modality: 'text' })` ->
 * `'category cannot be combined with modality: …'`.
 */
export function exclusionProblem(query: Readonly<Record<string, unknown>>): string | null {
  const given = newerParamsOf(query);
  for (const sampled of SAMPLED_PARAMS) {
    if (!given.includes(sampled)) continue;
    const clash = given.find((name) => name !== sampled && name !== 'period');
    if (clash !== undefined) {
      return `${sampled} cannot be combined with ${clash}: ${sampled} reads the sampled dataset, alone`;
    }
    if (query['period'] === 'day') {
      return `period=day is not available with ${sampled}: it is aggregated weekly; use week (the default) or month`;
    }
  }
  return null;
}

/**
 * The newer parameters of a query as an error line names them: the view filters, or `period` alone when it is the
 * only one: `describeView({ period: 'week', category: 'legal' }) === 'category=legal'`.
 */
export function describeView(query: Readonly<Record<string, unknown>>): string {
  const given = newerParamsOf(query);
  const shown = given.length > 1 ? given.filter((name) => name !== 'period') : given;
  return shown.map((name) => `${name}=${String(query[name])}`).join(', ');
}
