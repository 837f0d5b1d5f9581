import { z } from 'astro/zod';
import type { DataApiClient } from './client.ts';
import { IsoDateSchema } from './common.ts';
import { parseWith } from './parse.ts';

/** Only `7d` exists today; the spec says other windows may be added. */
export const TASK_WINDOWS = ['7d'] as const;
export type TaskWindow = (typeof TASK_WINDOWS)[number];

export const TaskClassificationsQuerySchema = z.object({ window: z.enum(TASK_WINDOWS).optional() });
export type TaskClassificationsQuery = z.infer<typeof TaskClassificationsQuerySchema>;

const share = z.number().min(0).max(1);

/** A model's share of one classification's requests and tokens. */
export const TaskModelSchema = z.looseObject({ id: z.string().min(1), tag_usage_share: share, tag_token_share: share });
export type TaskModel = z.infer<typeof TaskModelSchema>;

/** One classification, e.g. `code:general_impl`; shares are fractions of classified traffic. */
export const TaskClassificationSchema = z.looseObject({
  tag: z.string().min(1),
  display_name: z.string(),
  macro_category: z.string().min(1),
  usage_share: share,
  token_share: share,
  category_usage_share: share,
  category_token_share: share,
  models: z.array(TaskModelSchema),
});
export type TaskClassification = z.infer<typeof TaskClassificationSchema>;

export const MacroCategorySchema = z.looseObject({
  key: z.string().min(1),
  label: z.string(),
  usage_share: share,
  token_share: share,
});
export type MacroCategory = z.infer<typeof MacroCategorySchema>;

/** The response has no `meta`: `data.as_of` is a date (the window's upper bound, yesterday in UTC). */
export const TaskClassificationsResponseSchema = z.looseObject({
  data: z.looseObject({
    window_days: z.number().int().min(1),
    as_of: IsoDateSchema,
    classifications: z.array(TaskClassificationSchema),
    macro_categories: z.array(MacroCategorySchema),
  }),
});
export type TaskClassificationsResponse = z.infer<typeof TaskClassificationsResponseSchema>;

/** `GET /classifications/task`: market share by task over the trailing window. */
export async function fetchTaskClassifications(
  client: DataApiClient,
  query: TaskClassificationsQuery,
): Promise<TaskClassificationsResponse> {
  const checked = parseWith(TaskClassificationsQuerySchema, query, 'task-classifications query');
  return client.get('task-classifications', checked, TaskClassificationsResponseSchema);
}
