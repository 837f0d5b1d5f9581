import { join } from 'node:path';
import type { Dataset, RankingsViewDataset, SnapshotDataset } from './format.ts';

/** The archive directory when neither `--data-dir` nor `DATA_DIR` says otherwise. */
export const DEFAULT_DATA_DIR = 'data';

/** The archive directory the build reads: `DATA_DIR` when set and non-empty, else `data`. */
export function archiveDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR || DEFAULT_DATA_DIR;
}

export const MANIFEST_FILE = 'manifest.json';
export const BUDGET_FILE = 'budget.json';
/** Held by the one fetch writing the archive (see `lock.ts`); git-ignored, and gone when no fetch runs. */
export const LOCK_FILE = 'fetch.lock';

/** Archive-relative path of a rankings partition: `rankingsFile('2026-05') === 'rankings-daily/2026-05.json'`. */
export function rankingsFile(month: string): string {
  return `rankings-daily/${month}.json`;
}

/** A view as a folder name: `/` becomes `-`, so `viewFolder('marketing/seo') === 'marketing-seo'`. */
export function viewFolder(view: string): string {
  return view.replaceAll('/', '-');
}

/**
 * Archive-relative path of a view's partition: `viewPartitionFile('rankings-category', 'marketing/seo', '2026-05')`
 * -> `'rankings-category/marketing-seo/2026-05.json'`.
 */
export function viewPartitionFile(dataset: RankingsViewDataset, view: string, month: string): string {
  return `${dataset}/${viewFolder(view)}/${month}.json`;
}

/** Archive-relative path of a snapshot: `snapshotFile('benchmarks', '2026-05-11') === 'benchmarks/2026-05-11.json'`. */
export function snapshotFile(dataset: SnapshotDataset, date: string): string {
  return `${dataset}/${date}.json`;
}

/** Archive-relative path of a session-cost window: `sessionCostFile('2026-05-10') === 'session-cost/2026-05-10.json'`. */
export function sessionCostFile(windowEndDate: string): string {
  return `session-cost/${windowEndDate}.json`;
}

/** The month of a partition path or the date of a snapshot path: `'benchmarks/2026-05-11.json'` -> `'2026-05-11'`. */
export function fileStem(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** True when an archive-relative path belongs to `dataset`. */
export function isFileOf(dataset: Dataset, file: string): boolean {
  return file.startsWith(`${dataset}/`);
}

/** Absolute-or-relative path of an archive file on disk. */
export function archivePath(dir: string, file: string): string {
  return join(dir, ...file.split('/'));
}
