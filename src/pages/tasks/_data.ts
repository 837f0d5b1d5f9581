/**
 * The task-classifications snapshot as the tasks pages use it. Read once per build.
 *
 * URLs: `/tasks/` (sized by share of requests) and `/tasks/tokens/` (by share of tokens).
 */
import {
  TaskClassificationsResponseSchema,
  type TaskClassificationsResponse,
} from '../../lib/api/task-classifications.ts';
import { taskClassificationsKey } from '../../lib/archive/keys.ts';
import { archiveDirFromEnv } from '../../lib/archive/paths.ts';
import { readLatestSnapshot, snapshotBody } from '../../lib/archive/read.ts';
import { attributionFor } from '../../lib/transform/citation.ts';
import type { TaskMeasure } from '../../lib/transform/treemap.ts';

/** The newest classifications with their attribution line. */
export type TasksArchive = { data: TaskClassificationsResponse['data']; synthetic: boolean; attribution: string };

const cache = new Map<string, TasksArchive | null>();

/** The newest 7-day classifications of `DATA_DIR` (default `data/`), or null when the archive has none. */
export function loadTasks(dir = archiveDirFromEnv()): TasksArchive | null {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const snapshot = readLatestSnapshot(dir, 'task-classifications');
  const body = snapshot
    ? snapshotBody(snapshot, taskClassificationsKey('7d'), TaskClassificationsResponseSchema)
    : null;
  const archive =
    snapshot && body
      ? {
          data: body.data,
          synthetic: snapshot.synthetic,
          // The response has no meta: its `as_of` (a date, the window's last day) is what the citation quotes.
          attribution: attributionFor({ asOf: body.data.as_of, synthetic: snapshot.synthetic }),
        }
      : null;
  cache.set(dir, archive);
  return archive;
}

/** The measures in toggle order, with their labels and page paths. */
export const MEASURE_VIEWS: readonly { measure: TaskMeasure; label: string; path: string }[] = [
  { measure: 'usage', label: 'Requests', path: '/tasks/' },
  { measure: 'token', label: 'Tokens', path: '/tasks/tokens/' },
];
