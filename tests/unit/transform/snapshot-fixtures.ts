import type { AppRankingsResponse } from '../../../src/lib/api/app-rankings.ts';
import type { ArtificialAnalysisResponse } from '../../../src/lib/api/benchmarks.ts';
import type { TaskClassificationsResponse } from '../../../src/lib/api/task-classifications.ts';
import { addDays } from '../../../src/lib/api/dates.ts';
import type { DatedBody } from '../../../src/lib/transform/snapshot-history.ts';

/** An app board of one snapshot dated `date`: apps as `[id, name, tokens]` in rank order. */
export function appBoard(date: string, apps: [number, string, number | bigint][]): DatedBody<AppRankingsResponse> {
  const end = addDays(date, -1);
  return {
    date,
    body: {
      data: apps.map(([app_id, app_name, tokens], i) => ({
        rank: i + 1,
        app_id,
        app_name,
        total_tokens: String(tokens),
        total_requests: 1,
      })),
      meta: { as_of: `${date}T03:00:00Z`, version: 'v1', start_date: addDays(end, -29), end_date: end },
    },
  };
}

/** A task-classifications snapshot dated `date`: tags as `[tag, name, macro, usage share]` (token share halved). */
export function taskSnapshot(
  date: string,
  tags: [string, string, string, number][],
  macros: [string, string, number][] = [],
): DatedBody<TaskClassificationsResponse> {
  return {
    date,
    body: {
      data: {
        window_days: 7,
        as_of: addDays(date, -1),
        classifications: tags.map(([tag, display_name, macro_category, usage_share]) => ({
          tag,
          display_name,
          macro_category,
          usage_share,
          token_share: usage_share / 2,
          category_usage_share: 0,
          category_token_share: 0,
          models: [],
        })),
        macro_categories: macros.map(([key, label, usage_share]) => ({ key, label, usage_share, token_share: 0 })),
      },
    },
  };
}

/** An Artificial Analysis snapshot dated `date`: models as `[slug, name, intelligence index]`. */
export function aaSnapshot(
  date: string,
  models: [string, string, number | null][],
): DatedBody<ArtificialAnalysisResponse> {
  return {
    date,
    body: {
      data: models.map(([model_permaslug, display_name, intelligence_index]) => ({
        source: 'artificial-analysis' as const,
        model_permaslug,
        display_name,
        intelligence_index,
        coding_index: null,
        agentic_index: null,
        pricing: null,
      })),
      meta: {
        as_of: `${date}T03:00:00Z`,
        version: 'v1',
        source: 'artificial-analysis',
        source_url: 'https://artificialanalysis.ai',
        citation: 'Source: Artificial Analysis',
        model_count: models.length,
        task_type: null,
      },
    },
  };
}
