import type { z } from 'astro/zod';
import {
  OPENROUTER_BENCHMARK_TYPES,
  type OpenRouterBenchmarksResponse,
  OpenRouterBenchmarksResponseSchema,
  type OpenRouterBenchmarkType,
} from '../api/benchmarks.ts';
import type { WindowMeta } from '../api/common.ts';
import { type Model, ModelsResponseSchema } from '../api/models.ts';
import { parseWith } from '../api/parse.ts';
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import {
  type Manifest,
  ManifestSchema,
  type RankingsPartition,
  RankingsPartitionSchema,
  RANKINGS_VIEWS,
  type RankingsViewDataset,
  type RankingsViewPartition,
  RankingsViewPartitionSchema,
  type SessionCostWindow,
  SessionCostWindowSchema,
  type Snapshot,
  type SnapshotDataset,
  SnapshotSchema,
} from './format.ts';
import { openRouterBenchmarksKey } from './keys.ts';
import { fileStem, isFileOf, MANIFEST_FILE, snapshotFile, viewFolder } from './paths.ts';
import { readArchiveFile, readListedFile, type ReadOptions } from './read-file.ts';

/**
 * Reading the archive, for pages at build time and for the fetch's merge. Synchronous on purpose (it runs once per
 * build). The manifest is the index: files it does not list (left by a run that stopped before its manifest) are
 * not read, so a reader never sees half of a run; a file it lists that is missing or unreadable fails the read
 * with one line naming the file and the repair command, rather than leaving a silent hole in a chart. The fetch
 * reads with `skipDamaged` instead: it has found those files already and fetches them again.
 */

/** The rankings-daily history: rows by date ascending, API order within a date. */
export interface RankingsArchive {
  readonly rows: RankingsDailyRow[];
  /** `meta` of the newest partition; its `as_of` is what the citation quotes. */
  readonly meta: WindowMeta;
  readonly synthetic: boolean;
}

/** One view of a rankings-view dataset: its weekly history, as pages chart it. */
export interface RankingsViewArchive {
  readonly dataset: RankingsViewDataset;
  /** The view: the dataset's parameter value, e.g. `programming`, `marketing/seo`, `tool_calling`, `100K`. */
  readonly view: string;
  /** Rows by week ascending (`date` is the week's Monday), API order within a week: top 50, `other` last. */
  readonly rows: RankingsDailyRow[];
  /** `meta` of the newest partition; its `as_of` is what the citation quotes. */
  readonly meta: WindowMeta;
  readonly synthetic: boolean;
  /** True for the sampled datasets (category, language): totals are estimates, and charts must say so. */
  readonly estimate: boolean;
  readonly period: 'week';
}

/** OpenRouter's own benchmark results of the newest `benchmarks-openrouter` snapshot. */
export interface OpenRouterBenchmarksArchive {
  /** The snapshot's date (UTC day of the run). */
  readonly date: string;
  readonly synthetic: boolean;
  /** One response per benchmark the snapshot holds, in `OPENROUTER_BENCHMARK_TYPES` order. */
  readonly benchmarks: readonly {
    readonly benchmarkType: OpenRouterBenchmarkType;
    readonly response: OpenRouterBenchmarksResponse;
  }[];
}

/** The model catalogue of the newest `models` snapshot. */
export interface ModelCatalogueArchive {
  /** The snapshot's date (UTC day of the run). */
  readonly date: string;
  readonly synthetic: boolean;
  /** `total_count` of the last page read: how many models the API said the catalogue holds. */
  readonly totalCount: number;
  /** Every page's models in the API's order; an `id` seen on an earlier page is not repeated. */
  readonly models: readonly Model[];
}

/** `manifest.json`, or `null` for an empty archive. */
export function readManifest(dir: string): Manifest | null {
  return readArchiveFile(dir, MANIFEST_FILE, ManifestSchema);
}

/** Every rankings partition the manifest lists, by month ascending. */
export function readRankingsPartitions(dir: string, options?: ReadOptions): RankingsPartition[] {
  const files = readManifest(dir)?.datasets['rankings-daily']?.files ?? [];
  return files
    .filter((file) => isFileOf('rankings-daily', file))
    .sort()
    .flatMap((file) => readListedFile(dir, file, RankingsPartitionSchema, options) ?? []);
}

/** The whole rankings-daily history, or `null` when the archive has none. */
export function readRankings(dir: string): RankingsArchive | null {
  const partitions = readRankingsPartitions(dir);
  const newest = partitions.at(-1);
  if (!newest) return null;
  return {
    rows: partitions.flatMap((p) => p.data),
    meta: newest.meta,
    synthetic: partitions.some((p) => p.synthetic),
  };
}

/** Every partition of a rankings-view dataset the manifest lists, by file path (view folder, then month). */
export function readViewPartitions(
  dir: string,
  dataset: RankingsViewDataset,
  options?: ReadOptions,
): RankingsViewPartition[] {
  const files = readManifest(dir)?.datasets[dataset]?.files ?? [];
  return files
    .filter((file) => isFileOf(dataset, file))
    .sort()
    .flatMap((file) => readListedFile(dir, file, RankingsViewPartitionSchema, options) ?? []);
}

/** One view's history from its partitions (all of the same view), or `null` when there are none. */
function toViewArchive(partitions: readonly RankingsViewPartition[]): RankingsViewArchive | null {
  const sorted = partitions.toSorted((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const newest = sorted.at(-1);
  if (!newest) return null;
  return {
    dataset: newest.dataset,
    view: newest.view,
    rows: sorted.flatMap((p) => p.data),
    meta: newest.meta,
    synthetic: sorted.some((p) => p.synthetic),
    estimate: newest.estimate,
    period: newest.period,
  };
}

/**
 * One view's weekly history, e.g. `readRankingsView(dir, 'rankings-category', 'programming')`, or `null` when the
 * archive has none for it.
 */
export function readRankingsView(dir: string, dataset: RankingsViewDataset, view: string): RankingsViewArchive | null {
  const folder = `${dataset}/${viewFolder(view)}/`;
  const files = (readManifest(dir)?.datasets[dataset]?.files ?? []).filter((file) => file.startsWith(folder));
  const partitions = files.flatMap((file) => readListedFile(dir, file, RankingsViewPartitionSchema) ?? []);
  return toViewArchive(partitions.filter((p) => p.view === view));
}

/**
 * Every archived view of a dataset, in the dataset's display order (`RANKINGS_VIEWS[dataset].views`; views the
 * archive holds beyond that list follow alphabetically): `readRankingsViews(dir, 'rankings-modality')`.
 */
export function readRankingsViews(dir: string, dataset: RankingsViewDataset): RankingsViewArchive[] {
  const byView = Map.groupBy(readViewPartitions(dir, dataset), (p) => p.view);
  const known: readonly string[] = RANKINGS_VIEWS[dataset].views;
  const order = [...known, ...[...byView.keys()].filter((view) => !known.includes(view)).sort()];
  return order.flatMap((view) => toViewArchive(byView.get(view) ?? []) ?? []);
}

/**
 * The newest archived week of each view of a dataset (`{ programming: '2026-05-11', … }`), for the fetch plan.
 * Reads only each view's newest partition.
 */
export function readNewestViewWeeks(
  dir: string,
  dataset: RankingsViewDataset,
  options?: ReadOptions,
): Record<string, string> {
  const files = (readManifest(dir)?.datasets[dataset]?.files ?? []).filter((file) => isFileOf(dataset, file));
  const newestFile = new Map<string, string>();
  for (const file of files.sort()) newestFile.set(file.slice(0, file.lastIndexOf('/')), file);
  const newest: Record<string, string> = {};
  for (const file of newestFile.values()) {
    const partition = readListedFile(dir, file, RankingsViewPartitionSchema, options);
    const last = partition?.data.at(-1)?.date;
    if (partition && last !== undefined) newest[partition.view] = last;
  }
  return newest;
}

/**
 * The day each view of a dataset was last fetched through, rows or not (`{ legal: '2026-05-11', … }`), for the
 * fetch plan: a view the API has no rows for is known only from this. Empty for an archive made before the
 * manifest recorded it. Pages do not read it: a view without rows has no history to show.
 */
export function readViewsCheckedThrough(dir: string, dataset: RankingsViewDataset): Record<string, string> {
  return { ...readManifest(dir)?.datasets[dataset]?.checked_through };
}

/** The dates of a dataset's snapshots the manifest lists, ascending: `['2026-05-10', '2026-05-11']`. */
export function listSnapshotDates(dir: string, dataset: SnapshotDataset): string[] {
  const files = readManifest(dir)?.datasets[dataset]?.files ?? [];
  return files
    .filter((file) => isFileOf(dataset, file))
    .map(fileStem)
    .sort();
}

/** One dated snapshot, or `null` when there is none for that date. */
export function readSnapshot(dir: string, dataset: SnapshotDataset, date: string): Snapshot | null {
  return readArchiveFile(dir, snapshotFile(dataset, date), SnapshotSchema);
}

/** The newest snapshot of a dataset, or `null` when it has none (its file listed but missing throws). */
export function readLatestSnapshot(dir: string, dataset: SnapshotDataset): Snapshot | null {
  const newest = listSnapshotDates(dir, dataset).at(-1);
  return newest === undefined ? null : readListedFile(dir, snapshotFile(dataset, newest), SnapshotSchema);
}

/**
 * The stored response body under `key` parsed with `schema` (e.g. `snapshotBody(s, 'popular/all',
 * AppRankingsResponseSchema)`), or `null` when the snapshot has no such key. A body that no longer matches its
 * schema throws one line naming the dataset, key and field path.
 */
export function snapshotBody<S extends z.ZodType>(snapshot: Snapshot, key: string, schema: S): z.infer<S> | null {
  const response = snapshot.responses.find((r) => r.key === key);
  if (!response) return null;
  return parseWith(schema, response.body, `${snapshot.dataset}/${snapshot.date} ${key}`);
}

/**
 * OpenRouter's own benchmark results from the newest `benchmarks-openrouter` snapshot, one response per benchmark,
 * or `null` when the archive has none. Cite each response's `meta.citation`.
 */
export function readOpenRouterBenchmarks(dir: string): OpenRouterBenchmarksArchive | null {
  const snapshot = readLatestSnapshot(dir, 'benchmarks-openrouter');
  if (!snapshot) return null;
  const benchmarks = OPENROUTER_BENCHMARK_TYPES.flatMap((benchmarkType) => {
    const response = snapshotBody(snapshot, openRouterBenchmarksKey(benchmarkType), OpenRouterBenchmarksResponseSchema);
    return response ? [{ benchmarkType, response }] : [];
  });
  return { date: snapshot.date, synthetic: snapshot.synthetic, benchmarks };
}

/**
 * The model catalogue from the newest `models` snapshot (every page, in offset order), or `null` when the archive
 * has none. Join it with rankings through `src/lib/transform/model-catalogue.ts`.
 */
export function readModelCatalogue(dir: string, options?: ReadOptions): ModelCatalogueArchive | null {
  const newest = listSnapshotDates(dir, 'models').at(-1);
  const snapshot =
    newest === undefined ? null : readListedFile(dir, snapshotFile('models', newest), SnapshotSchema, options);
  if (!snapshot) return null;
  const pages = snapshot.responses.flatMap((r) => snapshotBody(snapshot, r.key, ModelsResponseSchema) ?? []);
  const byId = new Map<string, Model>();
  for (const model of pages.flatMap((page) => page.data)) if (!byId.has(model.id)) byId.set(model.id, model);
  const totalCount = pages.at(-1)?.total_count ?? 0;
  return { date: snapshot.date, synthetic: snapshot.synthetic, totalCount, models: [...byId.values()] };
}

/**
 * Every archived session-cost window the manifest lists, newest first (by `window_end_date`). Each holds the
 * window's cells verbatim; cite `meta.as_of`, the window (`window_days` days to `window_end_date`) and CC BY 4.0.
 */
export function readSessionCostWindows(dir: string, options?: ReadOptions): SessionCostWindow[] {
  const files = readManifest(dir)?.datasets['session-cost']?.files ?? [];
  return files
    .filter((file) => isFileOf('session-cost', file))
    .sort()
    .reverse()
    .flatMap((file) => readListedFile(dir, file, SessionCostWindowSchema, options) ?? []);
}
