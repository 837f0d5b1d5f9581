import type { WindowMeta } from '../api/common.ts';
import { monthOf } from '../api/dates.ts';
import type { RankingsDailyRow } from '../api/rankings-daily.ts';
import type { RankingsPartition } from './format.ts';

/** The rows of one rankings-daily response, with its verbatim `meta` and whether it carried the synthetic marker. */
export interface RankingsBatch {
  readonly rows: readonly RankingsDailyRow[];
  readonly meta: WindowMeta;
  readonly synthetic: boolean;
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
  const fetched = new Map<string, RankingsDailyRow[]>();
  const sourceOfMonth = new Map<string, RankingsBatch>();
  for (const batch of batches) {
    for (const [date, rows] of groupByDate(batch.rows)) {
      fetched.set(date, rows);
      sourceOfMonth.set(monthOf(date), batch);
    }
  }
  const archived = new Map(existing.map((partition) => [partition.month, partition]));
  return [...sourceOfMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, source]): RankingsPartition => {
      const byDate = groupByDate(archived.get(month)?.data ?? []);
      for (const [date, rows] of fetched) if (monthOf(date) === month) byDate.set(date, rows);
      const data = [...byDate.keys()].sort().flatMap((date) => byDate.get(date) ?? []);
      return { dataset: 'rankings-daily', month, synthetic: source.synthetic, meta: source.meta, data };
    });
}

/** The newest date in the archived partitions, or `null` when there are none. */
export function newestRankingsDate(partitions: readonly RankingsPartition[]): string | null {
  let newest: string | null = null;
  for (const partition of partitions) {
    for (const row of partition.data) if (newest === null || row.date > newest) newest = row.date;
  }
  return newest;
}
