/**
 * Each task's share of classified traffic over the archived task-classifications snapshots (the API answers only
 * the trailing 7 days, so this history exists only in our archive). Shares are the API's fractions in [0, 1];
 * a task a snapshot does not list is null there, never 0.
 */
import type { TaskClassificationsResponse } from '../api/task-classifications.ts';
import {
  type DatedBody,
  type NotEnoughHistory,
  type SnapshotHistory,
  type SnapshotValues,
  toSnapshotHistory,
} from './snapshot-history.ts';
import { shareFor, type TaskMeasure } from './treemap.ts';

/** How many tasks get a line unless told otherwise: the largest in the newest snapshot. */
export const DEFAULT_TASK_LINES = 8;

/** A snapshot's share per tag under the measure, labelled by the API's display name (the tag when empty). */
function taskValues(body: TaskClassificationsResponse, measure: TaskMeasure): SnapshotValues {
  return new Map(
    body.data.classifications.map((c) => [c.tag, { value: shareFor(c, measure), label: c.display_name || c.tag }]),
  );
}

/** A snapshot's share per macro-category (code, data, agent, general) under the measure. */
function macroValues(body: TaskClassificationsResponse, measure: TaskMeasure): SnapshotValues {
  return new Map(
    body.data.macro_categories.map((m) => [m.key, { value: shareFor(m, measure), label: m.label || m.key }]),
  );
}

/** The `top` keys of the newest snapshot by share, ties by key. */
function topKeys(top: number): (values: readonly SnapshotValues[]) => string[] {
  return (values) =>
    [...(values.at(-1) ?? [])]
      .sort(([a, x], [b, y]) => (y.value ?? 0) - (x.value ?? 0) || (a < b ? -1 : 1))
      .slice(0, top)
      .map(([key]) => key);
}

/**
 * Share over time of the `top` largest tasks of the newest snapshot (`level: 'tag'`, the default), or of every
 * macro-category (`level: 'macro'`), series largest first. Precondition: snapshots by date ascending, one per date
 * (the `7d` body of each task-classifications snapshot).
 */
export function toTaskShareHistory(
  snapshots: readonly DatedBody<TaskClassificationsResponse>[],
  options: { measure: TaskMeasure; level?: 'tag' | 'macro'; top?: number },
): SnapshotHistory | NotEnoughHistory {
  const { measure, level = 'tag', top = DEFAULT_TASK_LINES } = options;
  const valuesOf = (body: TaskClassificationsResponse) =>
    level === 'tag' ? taskValues(body, measure) : macroValues(body, measure);
  return toSnapshotHistory(snapshots, valuesOf, topKeys(level === 'tag' ? top : Infinity));
}
