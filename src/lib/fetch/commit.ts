import {
  type Dataset,
  type Manifest,
  type ManifestEntry,
  RANKINGS_VIEWS,
  type RankingsViewDataset,
  type Snapshot,
  type SnapshotDataset,
  type SnapshotResponse,
} from '../archive/format.ts';
import { mergeRankings, mergeRankingsView, type RankingsBatch } from '../archive/merge.ts';
import { rankingsFile, sessionCostFile, snapshotFile, viewPartitionFile } from '../archive/paths.ts';
import { readRankingsPartitions, readViewPartitions } from '../archive/read.ts';
import { writeSessionCostWindow } from '../archive/session-cost.ts';
import type { WriteFs } from '../archive/write-atomic.ts';
import {
  withDatasetEntry,
  writeManifest,
  writeRankingsPartitions,
  writeSnapshot,
  writeViewPartitions,
} from '../archive/write.ts';
import { asOfOf, type Fetched, newestAsOf } from './execute.ts';
import { toSessionCostWindow, UNPUBLISHED_NOTE } from './session-cost-window.ts';

/** Where and when a dataset is committed. */
export interface CommitContext {
  readonly dataDir: string;
  /** The run's UTC day: the snapshot date. */
  readonly today: string;
  /** The run's clock time, ISO 8601. */
  readonly fetchedAt: string;
  readonly fs?: WriteFs | undefined;
}

/**
 * The manifest after a commit and the archive-relative files the commit wrote; `note` says why a dataset wrote
 * nothing without failing (session cost with no published snapshot: the manifest is left as it was).
 */
export interface Committed {
  readonly manifest: Manifest | null;
  readonly written: string[];
  readonly note?: string;
}

/** A query as stored in a snapshot: the parameters that were sent, in order. */
function storedQuery(query: Readonly<Record<string, string | number | undefined>>): SnapshotResponse['query'] {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string | number] => entry[1] !== undefined),
  );
}

/**
 * The files a dataset's commit lists in the manifest, the ones it actually wrote (changed bytes only), and for the
 * rankings views the day each view was fetched through.
 */
interface DatasetFiles {
  readonly files: string[];
  readonly written: string[];
  readonly checkedThrough?: Record<string, string>;
  readonly note?: string;
}

/** The earlier of two ISO dates. */
function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Merges each view's weekly rows into its month partitions and writes every touched partition in one step. A view
 * whose responses hold no rows touches no partition; it is still checked through its window's end (the day the
 * server answered for, never past the one asked), so the next run plans only its trailing weeks.
 */
async function writeViewFiles(
  context: CommitContext,
  dataset: RankingsViewDataset,
  responses: readonly Fetched[],
  synthetic: boolean,
): Promise<DatasetFiles> {
  const byView = new Map<string, RankingsBatch[]>();
  const checkedThrough: Record<string, string> = {};
  for (const f of responses) {
    if (f.dataset !== dataset || !('view' in f.request)) continue;
    const { view, query } = f.request;
    byView.set(view, [...(byView.get(view) ?? []), { rows: f.body.data, meta: f.body.meta, synthetic }]);
    const end = earlierOf(query.end_date ?? f.body.meta.end_date, f.body.meta.end_date);
    const before = checkedThrough[view];
    if (before === undefined || end > before) checkedThrough[view] = end;
  }
  // Damaged partitions read as absent: the plan fetches their months again, whole.
  const existing = readViewPartitions(context.dataDir, dataset, { skipDamaged: true });
  const { estimate } = RANKINGS_VIEWS[dataset];
  const partitions = [...byView].flatMap(([view, batches]) =>
    mergeRankingsView(existing, { dataset, view, estimate }, batches),
  );
  const written = await writeViewPartitions(context.dataDir, partitions, context.fs);
  return { files: partitions.map((p) => viewPartitionFile(p.dataset, p.view, p.month)), written, checkedThrough };
}

/**
 * Writes the session-cost window of the run's pages (keeping an archived file with the same cells byte for byte),
 * or nothing, with a note, when the API has no snapshot published.
 */
async function writeSessionCostFiles(
  context: CommitContext,
  responses: readonly Fetched[],
  synthetic: boolean,
): Promise<DatasetFiles> {
  const pages = responses.flatMap((f) => (f.dataset === 'session-cost' ? [f.body] : []));
  const window = toSessionCostWindow(pages, synthetic, context.fetchedAt);
  if (!window) return { files: [], written: [], note: UNPUBLISHED_NOTE };
  const written = await writeSessionCostWindow(context.dataDir, window, context.fs);
  return { files: [sessionCostFile(window.window_end_date)], written };
}

async function writeDatasetFiles(
  context: CommitContext,
  dataset: Dataset,
  responses: readonly Fetched[],
  synthetic: boolean,
): Promise<DatasetFiles> {
  if (isViewDataset(dataset)) return writeViewFiles(context, dataset, responses, synthetic);
  if (dataset === 'session-cost') return writeSessionCostFiles(context, responses, synthetic);
  if (dataset === 'rankings-daily') {
    const batches = responses.flatMap((f) =>
      f.dataset === 'rankings-daily' ? [{ rows: f.body.data, meta: f.body.meta, synthetic }] : [],
    );
    const partitions = mergeRankings(readRankingsPartitions(context.dataDir, { skipDamaged: true }), batches);
    const written = await writeRankingsPartitions(context.dataDir, partitions, context.fs);
    return { files: partitions.map((p) => rankingsFile(p.month)), written };
  }
  const snapshot: Snapshot = {
    dataset: dataset satisfies SnapshotDataset,
    date: context.today,
    fetched_at: context.fetchedAt,
    synthetic,
    responses: responses.map((f) => ({ key: f.request.key, query: storedQuery(f.request.query), body: f.body })),
  };
  const written = await writeSnapshot(context.dataDir, snapshot, context.fs);
  return { files: [snapshotFile(dataset, context.today)], written };
}

/** True for the rankings-view datasets, whose rows merge into per-view month partitions. */
function isViewDataset(dataset: Dataset): dataset is RankingsViewDataset {
  return Object.hasOwn(RANKINGS_VIEWS, dataset);
}

/**
 * Writes one dataset's validated responses into the archive, then the manifest: rankings and view rows merge into
 * their month partitions (re-fetched dates or weeks replace archived ones), and the manifest records the day each
 * view was fetched through, rows or not; session cost becomes its window's file (or nothing, with a note, when no
 * snapshot is published); the other datasets become today's snapshot, replacing an earlier one of the same day. Call only once every response of the dataset is in hand and validated.
 */
export async function commitDataset(
  context: CommitContext,
  manifest: Manifest | null,
  dataset: Dataset,
  responses: readonly Fetched[],
  synthetic: boolean,
): Promise<Committed> {
  const { files, written, checkedThrough, note } = await writeDatasetFiles(context, dataset, responses, synthetic);
  if (note !== undefined) return { manifest, written, note };
  const asOf = newestAsOf(responses.flatMap((f) => asOfOf(f) ?? [])) ?? context.fetchedAt;
  const entry: ManifestEntry = { fetched_at: context.fetchedAt, as_of: asOf, files };
  if (checkedThrough) entry.checked_through = checkedThrough;
  const next = withDatasetEntry(manifest, dataset, entry, synthetic);
  const manifestWritten = await writeManifest(context.dataDir, next, context.fs);
  return { manifest: next, written: [...written, ...manifestWritten] };
}
