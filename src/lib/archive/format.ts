import { z } from 'astro/zod';
import { IsoDateSchema, WindowMetaSchema } from '../api/common.ts';
import { RankingsDailyRowSchema } from '../api/rankings-daily.ts';

/**
 * The archive on disk (default `data/`, or `--data-dir` / `DATA_DIR`):
 *
 *   manifest.json                         written last; says what the archive holds and whether it is synthetic
 *   budget.json                           requests made today and in the last minute (pacing across runs)
 *   rankings-daily/YYYY-MM.json           one month of daily rows, merged run after run
 *   app-rankings/YYYY-MM-DD.json          one dated snapshot per run (the API has no history for these)
 *   benchmarks/YYYY-MM-DD.json
 *   task-classifications/YYYY-MM-DD.json
 *
 * Every file keeps the API's rows and `meta` verbatim (same field names, string token counts), serialised with
 * sorted keys and two-space indent so equal data is equal bytes and git diffs stay readable.
 */
export const ARCHIVE_FORMAT_VERSION = 1;

export const DATASETS = ['rankings-daily', 'app-rankings', 'benchmarks', 'task-classifications'] as const;
export type Dataset = (typeof DATASETS)[number];
/** The datasets kept as one dated snapshot per run. */
export type SnapshotDataset = Exclude<Dataset, 'rankings-daily'>;

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

/** One request of a run and its verbatim response body. `key` is stable across runs (see `snapshotKey`). */
export const SnapshotResponseSchema = z.object({
  key: z.string().min(1),
  query: z.record(z.string(), z.union([z.string(), z.number()])),
  body: z.unknown(),
});
export type SnapshotResponse = z.infer<typeof SnapshotResponseSchema>;

/** `<dataset>/YYYY-MM-DD.json`: every response of one run of that dataset, in plan order. */
export const SnapshotSchema = z.object({
  dataset: z.enum(['app-rankings', 'benchmarks', 'task-classifications']),
  date: IsoDateSchema,
  fetched_at: z.string().min(1),
  synthetic: z.boolean(),
  responses: z.array(SnapshotResponseSchema),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** What the manifest records per dataset: when it was last refreshed and the newest `as_of` it holds. */
export const ManifestEntrySchema = z.object({
  fetched_at: z.string().min(1),
  as_of: z.string().min(1),
  files: z.array(z.string()),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** `manifest.json`, written last so no reader ever sees it point at a missing file. */
export const ManifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT_VERSION),
  synthetic: z.boolean(),
  datasets: z.partialRecord(z.enum(DATASETS), ManifestEntrySchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** `budget.json`: the client's request log, so pacing and the daily budget hold across runs. */
export const BudgetSchema = z.object({
  day: IsoDateSchema,
  requests_today: z.number().int().min(0),
  recent: z.array(z.string()),
});
export type Budget = z.infer<typeof BudgetSchema>;
