import { datesToKeep } from './compact.ts';
import {
  ARCHIVE_FORMAT_VERSION,
  type Dataset,
  type Manifest,
  type ManifestEntry,
  type RankingsPartition,
  type RankingsViewPartition,
  type Snapshot,
  SNAPSHOT_DATASETS,
  type SnapshotDataset,
} from './format.ts';
import {
  archivePath,
  fileStem,
  isFileOf,
  MANIFEST_FILE,
  rankingsFile,
  snapshotFile,
  viewPartitionFile,
} from './paths.ts';
import { removeFiles, toArchiveJson, type WriteFs, writeFilesAtomic } from './write-atomic.ts';

/**
 * Writing the archive. Each dataset's files are written as one atomic step, then the manifest, so the manifest
 * never lists a file that is not there yet; compaction updates the manifest before it deletes anything, for the
 * same reason.
 */

/** Archive-relative paths written by one step (unchanged files are skipped and not listed). */
export type Written = string[];

/** Writes the given rankings partitions (the months a run touched) as one atomic step. */
export async function writeRankingsPartitions(
  dir: string,
  partitions: readonly RankingsPartition[],
  fs?: WriteFs,
): Promise<Written> {
  return writeArchiveFiles(
    dir,
    partitions.map((partition) => ({ file: rankingsFile(partition.month), value: partition })),
    fs,
  );
}

/** Writes the given view partitions (every view and month a run touched) as one atomic step. */
export async function writeViewPartitions(
  dir: string,
  partitions: readonly RankingsViewPartition[],
  fs?: WriteFs,
): Promise<Written> {
  return writeArchiveFiles(
    dir,
    partitions.map((p) => ({ file: viewPartitionFile(p.dataset, p.view, p.month), value: p })),
    fs,
  );
}

/** Writes a dated snapshot, replacing the one of the same date. */
export async function writeSnapshot(dir: string, snapshot: Snapshot, fs?: WriteFs): Promise<Written> {
  return writeArchiveFiles(dir, [{ file: snapshotFile(snapshot.dataset, snapshot.date), value: snapshot }], fs);
}

/** Writes `manifest.json`; call it after the files it lists are in place. */
export async function writeManifest(dir: string, manifest: Manifest, fs?: WriteFs): Promise<Written> {
  return writeArchiveFiles(dir, [{ file: MANIFEST_FILE, value: manifest }], fs);
}

async function writeArchiveFiles(
  dir: string,
  files: readonly { readonly file: string; readonly value: unknown }[],
  fs?: WriteFs,
): Promise<Written> {
  const pending = files.map(({ file, value }) => ({ path: archivePath(dir, file), content: toArchiveJson(value) }));
  const written = new Set(await writeFilesAtomic(pending, fs));
  return files.filter((_, i) => written.has(pending[i]?.path ?? '')).map(({ file }) => file);
}

/**
 * The manifest with one dataset's entry set: `files` is the union of the old and new file lists, sorted, and
 * `checked_through` the old days with the new ones laid over them (views this run did not fetch keep theirs). A
 * new archive takes `synthetic` from the data; an existing one keeps its flag (the fetch refuses a mismatch earlier).
 */
export function withDatasetEntry(
  manifest: Manifest | null,
  dataset: Dataset,
  entry: ManifestEntry,
  synthetic: boolean,
): Manifest {
  const previous = manifest?.datasets[dataset];
  const files = [...new Set([...(previous?.files ?? []), ...entry.files])].sort();
  const checked = { ...previous?.checked_through, ...entry.checked_through };
  const next: ManifestEntry = { ...entry, files, checked_through: checked };
  if (Object.keys(checked).length === 0) delete next.checked_through; // datasets other than the views
  return {
    format: ARCHIVE_FORMAT_VERSION,
    synthetic: manifest?.synthetic ?? synthetic,
    datasets: { ...manifest?.datasets, [dataset]: next },
  };
}

/** The newest snapshot date the manifest lists, over every snapshot dataset, or `null` when it lists none. */
export function newestSnapshotDate(manifest: Manifest): string | null {
  const dates = SNAPSHOT_DATASETS.flatMap((dataset) =>
    (manifest.datasets[dataset]?.files ?? []).filter((file) => isFileOf(dataset, file)).map(fileStem),
  );
  return dates.sort().at(-1) ?? null;
}

/**
 * The manifest after retention and the archive-relative files it no longer lists. Pure. A run dated before the
 * archive's newest snapshot drops nothing: its `today` is not the archive's present (a typo, or a simulation
 * going back), and retention counted from it would delete snapshots for good.
 */
export function toCompacted(manifest: Manifest, today: string): { manifest: Manifest; dropped: string[] } {
  const newest = newestSnapshotDate(manifest);
  if (newest !== null && today < newest) return { manifest, dropped: [] };
  const dropped: string[] = [];
  const datasets = { ...manifest.datasets };
  for (const dataset of SNAPSHOT_DATASETS) {
    const entry = datasets[dataset];
    if (!entry) continue;
    const keep = new Set(datasetDates(dataset, entry.files, today));
    const files = entry.files.filter((file) => keep.has(fileStem(file)) || !isFileOf(dataset, file));
    dropped.push(...entry.files.filter((file) => !files.includes(file)));
    datasets[dataset] = { ...entry, files };
  }
  return { manifest: { ...manifest, datasets }, dropped };
}

function datasetDates(dataset: SnapshotDataset, files: readonly string[], today: string): string[] {
  return datesToKeep(files.filter((file) => isFileOf(dataset, file)).map(fileStem), today);
}

/** The manifest without some archive-relative files (a dataset left with none keeps its entry). Pure. */
export function withoutFiles(manifest: Manifest, files: readonly string[]): Manifest {
  const gone = new Set(files);
  const datasets = Object.fromEntries(
    Object.entries(manifest.datasets).map(([dataset, entry]) => [
      dataset,
      { ...entry, files: entry.files.filter((file) => !gone.has(file)) },
    ]),
  );
  return { ...manifest, datasets };
}

/**
 * Takes archive-relative files out of the archive: writes the manifest without them first (so it never lists a
 * missing file), then deletes them. Returns the new manifest.
 */
export async function dropArchiveFiles(
  dir: string,
  manifest: Manifest,
  files: readonly string[],
  fs?: WriteFs,
): Promise<Manifest> {
  const next = withoutFiles(manifest, files);
  await writeManifest(dir, next, fs);
  await removeFiles(
    files.map((file) => archivePath(dir, file)),
    fs,
  );
  return next;
}

/**
 * Applies the retention rule to every dated snapshot (rankings and view partitions are never dropped): writes the
 * smaller manifest first, then deletes the dropped files. Returns the archive-relative files deleted.
 */
export async function compactArchive(dir: string, manifest: Manifest, today: string, fs?: WriteFs): Promise<string[]> {
  const compacted = toCompacted(manifest, today);
  if (compacted.dropped.length > 0) await dropArchiveFiles(dir, manifest, compacted.dropped, fs);
  return compacted.dropped;
}
