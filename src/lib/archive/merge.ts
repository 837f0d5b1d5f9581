import { isDeepStrictEqual } from 'node:util';
import type { WindowMeta } from '../api/common.ts';
import { monthOf } from '../api/dates.ts';
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import type { RankingsPartition, RankingsViewDataset, RankingsViewPartition } from './format.ts';

/** The rows of one rankings-daily response, with its verbatim `meta` and whether it carried the synthetic marker. */
export interface RankingsBatch {
  readonly rows: readonly RankingsDailyRow[];
  readonly meta: WindowMeta;
  readonly synthetic: boolean;
}

/** Which view's partitions a merge builds: the dataset, the view (its parameter value) and whether it estimates. */
export interface ViewTarget {
  readonly dataset: RankingsViewDataset;
  readonly view: string;
  readonly estimate: boolean;
}

/** One merged month: its rows and the batch whose `meta` and synthetic flag it takes. */
interface MergedMonth {
  readonly month: string;
  readonly data: RankingsDailyRow[];
  readonly source: RankingsBatch;
}

/** Rows grouped by date, each group in the order it came in. */
function groupByDate(rows: readonly RankingsDailyRow[]): Map<string, RankingsDailyRow[]> {
  const groups = new Map<string, RankingsDailyRow[]>();
  for (const row of rows) {
    const group = groups.get(row.date);
    if (group) group.push(row);
    else groups.set(row.date, [row]);
  }
  return groups;
}

/**
 * The merge rule shared by rankings-daily and the views: every month the batches supplied rows to, with the
 * archived rows of that month (`archived`, by month) and the fetched dates replacing theirs. A later batch wins a
 * date that two batches share; a month takes the `meta` of the last batch that supplied rows to it.
 */
function mergeMonths(
  archived: ReadonlyMap<string, readonly RankingsDailyRow[]>,
  batches: readonly RankingsBatch[],
): MergedMonth[] {
  const fetched = new Map<string, RankingsDailyRow[]>();
  const sourceOfMonth = new Map<string, RankingsBatch>();
  for (const batch of batches) {
    for (const [date, rows] of groupByDate(batch.rows)) {
      fetched.set(date, rows);
      sourceOfMonth.set(monthOf(date), batch);
    }
  }
  return [...sourceOfMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, source]) => {
      const byDate = groupByDate(archived.get(month) ?? []);
      for (const [date, rows] of fetched) if (monthOf(date) === month) byDate.set(date, rows);
      const data = [...byDate.keys()].sort().flatMap((date) => byDate.get(date) ?? []);
      return { month, data, source };
    });
}

/**
 * Merges fetched batches into the archived partitions and returns the partition of every month the batches
 * supplied rows to, complete and ready to write (untouched months are not returned: their files stay as they are).
 *
 * A date the batches have rows for replaces all archived rows of that date, so a model that left the top 50 leaves
 * the archive too; a date they have no rows for keeps its archived rows. Assumes each batch lists rows by date
 * ascending and in the API's order within a date (top 50 by tokens, `other` last) and keeps that order; a later
 * batch wins a date that two batches share. A touched month takes the `meta` and synthetic flag of the last batch
 * that supplied rows to it. Does not mutate its inputs.
 */
export function mergeRankings(
  existing: readonly RankingsPartition[],
  batches: readonly RankingsBatch[],
): RankingsPartition[] {
  const archived = new Map(existing.map((partition) => [partition.month, partition.data]));
  return mergeMonths(archived, batches).map(({ month, data, source }) => ({
    dataset: 'rankings-daily',
    month,
    synthetic: source.synthetic,
    meta: source.meta,
    data,
  }));
}

/**
 * {@link mergeRankings} for one view of a rankings-view dataset: the batches' weekly rows (dated by their Monday)
 * merge into that view's month partitions (a week belongs to the month of its Monday); a re-fetched week replaces
 * the archived rows of that week. A month whose rows came back unchanged keeps its archived partition, `meta`
 * included, so its file is not rewritten (nightly runs re-fetch a settled week too). Partitions of other views in
 * `existing` are ignored. Does not mutate its inputs.
 */
export function mergeRankingsView(
  existing: readonly RankingsViewPartition[],
  target: ViewTarget,
  batches: readonly RankingsBatch[],
): RankingsViewPartition[] {
  const own = new Map(
    existing.filter((p) => p.dataset === target.dataset && p.view === target.view).map((p) => [p.month, p]),
  );
  const archived = new Map([...own].map(([month, partition]) => [month, partition.data]));
  return mergeMonths(archived, batches).map(({ month, data, source }): RankingsViewPartition => {
    const kept = own.get(month);
    if (kept && kept.synthetic === source.synthetic && isDeepStrictEqual(kept.data, data)) return kept;
    return {
      dataset: target.dataset,
      view: target.view,
      period: 'week',
      estimate: target.estimate,
      month,
      synthetic: source.synthetic,
      meta: source.meta,
      data,
    };
  });
}

/** The newest row date in some partitions (rankings-daily or one view's), or `null` when there are none. */
export function newestRankingsDate(
  partitions: readonly { readonly data: readonly RankingsDailyRow[] }[],
): string | null {
  let newest: string | null = null;
  for (const partition of partitions) {
    for (const row of partition.data) if (newest === null || row.date > newest) newest = row.date;
  }
  return newest;
}
