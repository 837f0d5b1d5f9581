import { z } from 'astro/zod';
import { IsoDateSchema, WindowMetaSchema } from '../api/common.ts';
import { RankingsDailyRowSchema } from '../api/rankings-daily.ts';
import { CONTEXT_BUCKETS, LANGUAGE_TYPES, MODALITIES, RANKINGS_CATEGORIES } from '../api/rankings-views.ts';
import { SessionCostCellSchema, SessionCostMetaSchema } from '../api/session-cost.ts';

/**
 * The archive on disk (default `data/`, or `--data-dir` / `DATA_DIR`):
 *
 *   manifest.json                         written last; says what the archive holds and whether it is synthetic,
 *                                         and up to which day each rankings view was fetched (rows or not)
 *   budget.json                           requests made per day and in the last minute (pacing across runs)
 *   fetch.lock                            held by the fetch writing the archive (absent when none runs)
 *   rankings-daily/YYYY-MM.json           one month of daily rows, merged run after run
 *   app-rankings/YYYY-MM-DD.json          one dated snapshot per run (the API has no history for these)
 *   benchmarks/YYYY-MM-DD.json
 *   task-classifications/YYYY-MM-DD.json
 *   rankings-category/<view>/YYYY-MM.json the weekly rows of one view (here a category) whose week starts in that
 *   rankings-language/<view>/YYYY-MM.json month, merged run after run like rankings-daily; <view> is the view's
 *   rankings-modality/<view>/YYYY-MM.json parameter value with `/` written `-` (`marketing/seo` -> `marketing-seo`)
 *   rankings-context/<view>/YYYY-MM.json
 *   benchmarks-openrouter/YYYY-MM-DD.json one dated snapshot per run: OpenRouter's own benchmark results
 *   models/YYYY-MM-DD.json                one dated snapshot per run: every page of the model catalogue
 *   session-cost/YYYY-MM-DD.json          one file per weekly window, named by its `window_end_date`; a run that
 *                                         sees the same window and cells keeps the file byte for byte
 *
 * Every file keeps the API's rows and `meta` verbatim (same field names, string token counts), serialised with
 * sorted keys and two-space indent so equal data is equal bytes and git diffs stay readable.
 */
export const ARCHIVE_FORMAT_VERSION = 1;

/**
 * The rankings views (rankings-daily's newer filters, `@openrouter/sdk` 1.3.x), each a dataset of its own: the
 * query parameter that picks a view, its values (the views, in display order), and whether its totals are
 * estimates (the sampled, upsampled datasets) rather than exact counts.
 */
export const RANKINGS_VIEWS = {
  'rankings-category': { param: 'category', views: RANKINGS_CATEGORIES, estimate: true },
  'rankings-language': { param: 'language_type', views: LANGUAGE_TYPES, estimate: true },
  'rankings-modality': { param: 'modality', views: MODALITIES, estimate: false },
  'rankings-context': { param: 'context_bucket', views: CONTEXT_BUCKETS, estimate: false },
} as const;
export type RankingsViewDataset = keyof typeof RANKINGS_VIEWS;
export const RANKINGS_VIEW_DATASETS = Object.keys(RANKINGS_VIEWS) as RankingsViewDataset[];

/**
 * Every dataset, in run order: the four of the spec, then the newer rankings views, OpenRouter's benchmarks, the
 * model catalogue and session cost.
 */
export const DATASETS = [
  'rankings-daily',
  'app-rankings',
  'benchmarks',
  'task-classifications',
  ...RANKINGS_VIEW_DATASETS,
  'benchmarks-openrouter',
  'models',
  'session-cost',
] as const;
export type Dataset = (typeof DATASETS)[number];
/** The datasets kept as one dated snapshot per run. */
export const SNAPSHOT_DATASETS = [
  'app-rankings',
  'benchmarks',
  'task-classifications',
  'benchmarks-openrouter',
  'models',
] as const;
export type SnapshotDataset = (typeof SNAPSHOT_DATASETS)[number];

/** `rankings-daily/YYYY-MM.json`: that month's rows, sorted by date, in the API's order within each date. */
export const RankingsPartitionSchema = z.object({
  dataset: z.literal('rankings-daily'),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  synthetic: z.boolean(),
  /** Verbatim `meta` of the newest response that supplied rows to this month (its `as_of` cites them). */
  meta: WindowMetaSchema,
  data: z.array(RankingsDailyRowSchema),
});
export type RankingsPartition = z.infer<typeof RankingsPartitionSchema>;

/**
 * `<dataset>/<view>/YYYY-MM.json`: one view's weekly rows (`period=week`) whose week starts in that month, sorted by
 * week, in the API's order within each week (top 50, `other` last). `date` is the week's Monday; the first
 * week of the history (2024-12-30) holds only 2025's days. `estimate` marks the sampled datasets.
 */
export const RankingsViewPartitionSchema = z.object({
  dataset: z.enum(RANKINGS_VIEW_DATASETS),
  /** The view: the value of the dataset's parameter, e.g. `marketing/seo` (`RANKINGS_VIEWS[dataset].param`). */
  view: z.string().min(1),
  period: z.literal('week'),
  estimate: z.boolean(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  synthetic: z.boolean(),
  /** Verbatim `meta` of the newest response that supplied rows to this month (its `as_of` cites them). */
  meta: WindowMetaSchema,
  data: z.array(RankingsDailyRowSchema),
});
export type RankingsViewPartition = z.infer<typeof RankingsViewPartitionSchema>;

/** One request of a run and its verbatim response body. `key` is stable across runs (see `snapshotKey`). */
export const SnapshotResponseSchema = z.object({
  key: z.string().min(1),
  query: z.record(z.string(), z.union([z.string(), z.number()])),
  body: z.unknown(),
});
export type SnapshotResponse = z.infer<typeof SnapshotResponseSchema>;

/** `<dataset>/YYYY-MM-DD.json`: every response of one run of that dataset, in plan order. */
export const SnapshotSchema = z.object({
  dataset: z.enum(SNAPSHOT_DATASETS),
  date: IsoDateSchema,
  fetched_at: z.string().min(1),
  synthetic: z.boolean(),
  responses: z.array(SnapshotResponseSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/**
 * `session-cost/YYYY-MM-DD.json`: every cell of one weekly window, named by its `window_end_date`, in the API's
 * order. `meta` is the verbatim `meta` of the window's first page; `fetched_at` is the run that first wrote it (a
 * later run that sees the same cells keeps the file as it is). Windows are never dropped by retention.
 */
export const SessionCostWindowSchema = z.object({
  dataset: z.literal('session-cost'),
  window_end_date: IsoDateSchema,
  window_days: z.number().int().min(1).nullable(),
  fetched_at: z.string().min(1),
  synthetic: z.boolean(),
  meta: SessionCostMetaSchema,
  data: z.array(SessionCostCellSchema),
});
export type SessionCostWindow = z.infer<typeof SessionCostWindowSchema>;

/** What the manifest records per dataset: when it was last refreshed and the newest `as_of` it holds. */
export const ManifestEntrySchema = z.object({
  fetched_at: z.string().min(1),
  as_of: z.string().min(1),
  files: z.array(z.string()),
  /**
   * Rankings views only: per view, the last day a run fetched it through (the end of its window), whether or not
   * the API had rows for it: `{ legal: '2026-05-11' }`. A view with no rows has no partition to date it, so
   * without this it would be backfilled again every night. Absent in archives made before it was recorded.
   */
  checked_through: z.record(z.string().min(1), IsoDateSchema).optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** `manifest.json`, written last so no reader ever sees it point at a missing file. */
export const ManifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT_VERSION),
  synthetic: z.boolean(),
  datasets: z.partialRecord(z.enum(DATASETS), ManifestEntrySchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * `budget.json`: the client's request log, so pacing and the daily budget hold across runs: requests counted per
 * UTC day (the newest day seen and the day before it, so a run dated a day back cannot reset a day's count), and
 * when each request of the last minute counts from.
 */
export const BudgetSchema = z.object({
  days: z.record(IsoDateSchema, z.number().int().min(0)),
  recent: z.array(z.string()),
});
export type Budget = z.infer<typeof BudgetSchema>;

/** The first `budget.json`, one day only; read as a {@link Budget} of that day. */
export const LegacyBudgetSchema = z.object({
  day: IsoDateSchema,
  requests_today: z.number().int().min(0),
  recent: z.array(z.string()),
});
