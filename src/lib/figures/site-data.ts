/**
 * Everything the site reads from the archive, read once per build: `loadSiteData(dir)` is the one place the figure
 * layer touches `src/lib/archive`, and the one cache of the build. What the sections derive from it (share series,
 * leaderboards, histories) is memoised on the same value with `derived`, so each is computed once per build too.
 */
import {
  type Manifest,
  RANKINGS_VIEW_DATASETS,
  type RankingsViewDataset,
  type Snapshot,
  type SnapshotDataset,
} from '../archive/format.ts';
import { archiveDirFromEnv } from '../archive/paths.ts';
import {
  listSnapshotDates,
  readLatestSnapshot,
  readSnapshot,
  readManifest,
  readModelCatalogue,
  readOpenRouterBenchmarks,
  readRankings,
  readRankingsViews,
  readSessionCostWindows,
  type ModelCatalogueArchive,
  type OpenRouterBenchmarksArchive,
  type RankingsArchive,
  type RankingsViewArchive,
} from '../archive/read.ts';
import type { SessionCostWindow } from '../archive/format.ts';
import { toSafeDeep } from '../transform/safe-text.ts';
import { MAX_HISTORY_COLUMNS } from '../transform/snapshot-history.ts';

/** The datasets kept as dated snapshots that the site reads. */
const SNAPSHOT_DATASETS_READ = ['app-rankings', 'benchmarks', 'task-classifications'] as const;
export type SiteSnapshotDataset = (typeof SNAPSHOT_DATASETS_READ)[number] & SnapshotDataset;

/** The archive as the site reads it: each dataset's newest state (null when the archive has none). */
export type SiteData = {
  /** The archive directory it was read from. */
  readonly dir: string;
  /** The archive's index: what it holds, synthetic or not; null for an empty archive. */
  readonly manifest: Manifest | null;
  readonly rankings: RankingsArchive | null;
  /** Every archived view of each rankings-view dataset, in `RANKINGS_VIEWS` order. */
  readonly views: Readonly<Record<RankingsViewDataset, readonly RankingsViewArchive[]>>;
  /** The newest snapshot of each snapshot dataset. */
  readonly snapshots: Readonly<Record<SiteSnapshotDataset, Snapshot | null>>;
  /** The dates of every archived snapshot of each snapshot dataset, ascending. */
  readonly snapshotDates: Readonly<Record<SiteSnapshotDataset, readonly string[]>>;
  readonly openrouter: OpenRouterBenchmarksArchive | null;
  /** The newest snapshot of OpenRouter's model catalogue (names, release dates, prices), null without one. */
  readonly catalogue: ModelCatalogueArchive | null;
  /** Every archived session-cost window, newest first. */
  readonly sessionCost: readonly SessionCostWindow[];
  /** Values derived from the above, by name (see `derived`). */
  readonly memo: Map<string, unknown>;
};

const loaded = new Map<string, SiteData>();

/** The archive of `dir` (default `DATA_DIR`, else `data/`), read once per build and directory. */
export function loadSiteData(dir: string = archiveDirFromEnv()): SiteData {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const data = readSiteData(dir);
  loaded.set(dir, data);
  return data;
}

/**
 * Reads every dataset of `dir` now, without the cache (tests read fixture archives through this). Every string the
 * API sent is made safe here, once (`toSafeDeep`: no control or bidi characters), so every output of the site, HTML,
 * SVG, PNG, CSV, feeds and alt text alike, sees the same cleaned names.
 */
export function readSiteData(dir: string): SiteData {
  const each = <K extends string, V>(keys: readonly K[], read: (key: K) => V) =>
    Object.fromEntries(keys.map((key) => [key, toSafeDeep(read(key))])) as Record<K, V>;
  return {
    dir,
    manifest: toSafeDeep(readManifest(dir)),
    rankings: toSafeDeep(readRankings(dir)),
    views: each(RANKINGS_VIEW_DATASETS, (dataset) => readRankingsViews(dir, dataset)),
    snapshots: each(SNAPSHOT_DATASETS_READ, (dataset) => readLatestSnapshot(dir, dataset)),
    snapshotDates: each(SNAPSHOT_DATASETS_READ, (dataset) => listSnapshotDates(dir, dataset)),
    openrouter: toSafeDeep(readOpenRouterBenchmarks(dir)),
    catalogue: toSafeDeep(readModelCatalogue(dir)),
    sessionCost: toSafeDeep(readSessionCostWindows(dir)),
    memo: new Map(),
  };
}

/**
 * A value derived from `data`, computed on first use and kept with it: `derived(data, 'models', () => …)`. Names
 * are per value (`share:model:30d`), so every derived value of a build has one key in one place.
 */
export function derived<T>(data: SiteData, name: string, build: () => T): T {
  if (data.memo.has(name)) return data.memo.get(name) as T;
  const value = build();
  data.memo.set(name, value);
  return value;
}

/**
 * The newest archived snapshots of `dataset` a history chart draws (`MAX_HISTORY_COLUMNS`), by date ascending, each
 * file read once per build (the newest is the one `data.snapshots` already holds; older ones are never read) and
 * its names made safe like the rest of the site data. For the history figures: the API keeps no past for these
 * datasets, so the archive's dated snapshots are their only history.
 */
export function snapshotHistory(data: SiteData, dataset: SiteSnapshotDataset): readonly Snapshot[] {
  return derived(data, `snapshot-history:${dataset}`, () => {
    const newest = data.snapshots[dataset];
    return data.snapshotDates[dataset].slice(-MAX_HISTORY_COLUMNS).flatMap((date) => {
      if (newest?.date === date) return [newest];
      const snapshot = toSafeDeep(readSnapshot(data.dir, dataset, date));
      return snapshot ? [snapshot] : [];
    });
  });
}
