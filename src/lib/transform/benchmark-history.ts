/**
 * Artificial Analysis indices per model over the archived benchmarks snapshots: a series per model and the list
 * of changes (a score revised, a model added or dropped). Display names are untrusted text.
 */
import type { ArtificialAnalysisResponse } from '../api/benchmarks.ts';
import {
  type DatedBody,
  type NotEnoughHistory,
  type SnapshotHistory,
  toSnapshotHistory,
  toValueChanges,
  type ValueChange,
} from './snapshot-history.ts';

/** The index fields of an Artificial Analysis item. */
export const AA_INDICES = ['intelligence_index', 'coding_index', 'agentic_index'] as const;
export type AaIndex = (typeof AA_INDICES)[number];

/**
 * One index of every model the snapshots list (the newest snapshot's in its order, then models it no longer lists),
 * with the value at each snapshot (null when unlisted or unscored). Precondition: snapshots by date ascending, one per date (the `artificial-analysis` body of
 * each benchmarks snapshot).
 */
export function toBenchmarkHistory(
  snapshots: readonly DatedBody<ArtificialAnalysisResponse>[],
  index: AaIndex,
): SnapshotHistory | NotEnoughHistory {
  return toSnapshotHistory(snapshots, (body) => {
    return new Map(body.data.map((item) => [item.model_permaslug, { value: item[index], label: item.display_name }]));
  });
}

/**
 * Every change of the index between consecutive snapshots, newest first (see `toValueChanges`); with `permaslug`,
 * only that model's. Empty without history.
 */
export function toBenchmarkChanges(history: SnapshotHistory | NotEnoughHistory, permaslug?: string): ValueChange[] {
  if (history.kind === 'not-enough-history') return [];
  const changes = toValueChanges(history);
  return permaslug === undefined ? changes : changes.filter((c) => c.key === permaslug);
}
