import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import type { WindowMeta } from '../api/common.ts';
import { isSchemaError, parseWith } from '../api/parse.ts';
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import { ArchiveFileError } from './errors.ts';
import {
  type Manifest,
  ManifestSchema,
  type RankingsPartition,
  RankingsPartitionSchema,
  type Snapshot,
  type SnapshotDataset,
  SnapshotSchema,
} from './format.ts';
import { archivePath, fileStem, isFileOf, MANIFEST_FILE, snapshotFile } from './paths.ts';
import { isNotFound } from './write-atomic.ts';

/**
 * Reading the archive, for pages at build time and for the fetch's merge. Synchronous on purpose (it runs once per
 * build). The manifest is the index: files it does not list (left by a run that stopped before its manifest) are
 * not read, so a reader never sees half of a run.
 */

/** The rankings-daily history: rows by date ascending, API order within a date. */
export interface RankingsArchive {
  readonly rows: RankingsDailyRow[];
  /** `meta` of the newest partition; its `as_of` is what the citation quotes. */
  readonly meta: WindowMeta;
  readonly synthetic: boolean;
}

/** Reads and validates one archive file; `null` when it does not exist. Throws one line naming the file otherwise. */
export function readArchiveFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> | null {
  const path = archivePath(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ArchiveFileError(path, 'is not valid JSON');
  }
  try {
    return parseWith(schema, json, path);
  } catch (error) {
    if (isSchemaError(error)) throw new ArchiveFileError(path, `does not match its format: ${error.issues.join('; ')}`);
    throw error;
  }
}

/** `manifest.json`, or `null` for an empty archive. */
export function readManifest(dir: string): Manifest | null {
  return readArchiveFile(dir, MANIFEST_FILE, ManifestSchema);
}

/** Every rankings partition the manifest lists, by month ascending. */
export function readRankingsPartitions(dir: string): RankingsPartition[] {
  const files = readManifest(dir)?.datasets['rankings-daily']?.files ?? [];
  return files
    .filter((file) => isFileOf('rankings-daily', file))
    .sort()
    .flatMap((file) => readArchiveFile(dir, file, RankingsPartitionSchema) ?? []);
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

/** The newest snapshot of a dataset, or `null` when it has none. */
export function readLatestSnapshot(dir: string, dataset: SnapshotDataset): Snapshot | null {
  const newest = listSnapshotDates(dir, dataset).at(-1);
  return newest === undefined ? null : readSnapshot(dir, dataset, newest);
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
