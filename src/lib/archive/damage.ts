import type { z } from 'astro/zod';
import { isArchiveFileError } from './errors.ts';
import {
  type Dataset,
  type Manifest,
  RankingsPartitionSchema,
  RANKINGS_VIEWS,
  RankingsViewPartitionSchema,
  SessionCostWindowSchema,
  SnapshotSchema,
} from './format.ts';
import { readListedFile } from './read-file.ts';

/** A file the manifest lists that is missing or cannot be read as its format says. */
export interface DamagedFile {
  readonly dataset: Dataset;
  /** Archive-relative path, as the manifest lists it. */
  readonly file: string;
  /** What is wrong: `is listed in manifest.json but missing`, `is not valid JSON`, … */
  readonly problem: string;
}

/**
 * The schema of a dataset's files: month partitions for rankings and the views, one file per weekly window for
 * session cost, a dated snapshot for the rest.
 */
function fileSchemaOf(dataset: Dataset): z.ZodType {
  if (dataset === 'rankings-daily') return RankingsPartitionSchema;
  if (dataset === 'session-cost') return SessionCostWindowSchema;
  return Object.hasOwn(RANKINGS_VIEWS, dataset) ? RankingsViewPartitionSchema : SnapshotSchema;
}

/**
 * Every file the manifest lists for `datasets` that is missing or unreadable, in manifest order: each is read
 * and validated with its dataset's schema, as the site would read it.
 */
export function findDamagedFiles(dir: string, manifest: Manifest, datasets: readonly Dataset[]): DamagedFile[] {
  return datasets.flatMap((dataset) =>
    (manifest.datasets[dataset]?.files ?? []).flatMap((file): DamagedFile[] => {
      try {
        readListedFile(dir, file, fileSchemaOf(dataset));
        return [];
      } catch (error) {
        if (!isArchiveFileError(error)) throw error;
        return [{ dataset, file, problem: error.problem }];
      }
    }),
  );
}
