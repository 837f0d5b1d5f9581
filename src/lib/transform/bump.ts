/**
 * Ranks over time for a bump chart: which keys held the top `depth` ranks, column by column (weeks of the model
 * rankings, or archived app-rankings snapshots), and where each entered or left them. Stages: rank columns (from
 * `toWeeklyRankColumns` or `toAppRankColumns`) -> the series that reached the top `depth` -> points and events.
 */
import { type NotEnoughHistory, MIN_SNAPSHOTS } from './snapshot-history.ts';

/**
 * One column of ranks: a week (dated by its Monday) or a snapshot date. `ranks`: each ranked key's rank (1 = top);
 * keys not in it were unranked then. `gapBefore`: columns are missing before this one (lines break there).
 * `days`: for a week, how many days of it the archive holds (7 unless the week is the first or still running).
 */
export type RankColumn = {
  date: string;
  gapBefore: boolean;
  ranks: ReadonlyMap<string, number>;
  labels?: ReadonlyMap<string, string>;
  days?: number;
};

/** A column as the chart and table show it. */
export type BumpColumn = { date: string; gapBefore: boolean; days: number | null };

/** A key's rank at one column: null when it was unranked then (its true rank otherwise, even below `depth`). */
export type BumpPoint = { date: string; rank: number | null };

/**
 * One line: its points (one per column), the dates it entered the top `depth` (after a column outside it) and the
 * dates of its last column inside before leaving. A key already inside at the first column has no entry there.
 */
export type BumpSeries = {
  key: string;
  label: string;
  points: BumpPoint[];
  entries: string[];
  exits: string[];
  bestRank: number;
};

/** What a bump chart draws: `series` in order of the newest column's rank, then by best rank. */
export type Bump = { kind: 'bump'; depth: number; columns: BumpColumn[]; series: BumpSeries[]; omitted: number };

/** Options: how many ranks (default 10), how many lines at most (default 12), labels for keys without one. */
export type BumpOptions = { depth?: number; maxSeries?: number; labelOf?: (key: string) => string };

export const DEFAULT_BUMP_DEPTH = 10;
export const DEFAULT_BUMP_SERIES = 12;

/** True when `rank` is inside the top `depth`. */
const inside = (rank: number | undefined, depth: number) => rank !== undefined && rank <= depth;

/** A key's lines' facts: columns inside the top, best rank, and its rank at the newest column. */
type Candidate = { key: string; columnsIn: number; bestRank: number; newestRank: number };

/** Every key that was inside the top `depth` at some column. */
function toCandidates(columns: readonly RankColumn[], depth: number): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const column of columns)
    for (const [key, rank] of column.ranks) {
      if (!inside(rank, depth)) continue;
      const seen = byKey.get(key) ?? { key, columnsIn: 0, bestRank: rank, newestRank: Infinity };
      byKey.set(key, { ...seen, columnsIn: seen.columnsIn + 1, bestRank: Math.min(seen.bestRank, rank) });
    }
  const newest = columns.at(-1)?.ranks ?? new Map<string, number>();
  return [...byKey.values()].map((c) => ({ ...c, newestRank: newest.get(c.key) ?? Infinity }));
}

/**
 * The keys drawn: every key inside the top at the newest column (so the newest data is always in view), then the
 * others by columns spent inside, best rank and key, up to `maxSeries`; the rest are counted as omitted.
 */
function pickSeries(candidates: readonly Candidate[], depth: number, maxSeries: number): Candidate[] {
  const now = candidates.filter((c) => c.newestRank <= depth).sort((a, b) => a.newestRank - b.newestRank);
  const before = candidates
    .filter((c) => c.newestRank > depth)
    .sort((a, b) => b.columnsIn - a.columnsIn || a.bestRank - b.bestRank || (a.key < b.key ? -1 : 1));
  const picked = [...now, ...before.slice(0, Math.max(0, maxSeries - now.length))];
  return picked.sort((a, b) => a.newestRank - b.newestRank || a.bestRank - b.bestRank || (a.key < b.key ? -1 : 1));
}

/** The label of a key: the newest column's label for it, else `labelOf`, else the key itself. */
function labelFor(columns: readonly RankColumn[], key: string, labelOf?: (key: string) => string): string {
  const named = columns.findLast((c) => c.labels?.has(key))?.labels?.get(key);
  return named ?? labelOf?.(key) ?? key;
}

/** A key's points and the dates it entered and left the top `depth`. */
function toSeries(columns: readonly RankColumn[], candidate: Candidate, depth: number, label: string): BumpSeries {
  const ranks = columns.map((c) => c.ranks.get(candidate.key));
  const entries: string[] = [];
  const exits: string[] = [];
  columns.forEach((column, i) => {
    if (!inside(ranks[i], depth)) return;
    if (i > 0 && !inside(ranks[i - 1], depth)) entries.push(column.date);
    if (i < columns.length - 1 && !inside(ranks[i + 1], depth)) exits.push(column.date);
  });
  const points = columns.map((column, i) => ({ date: column.date, rank: ranks[i] ?? null }));
  return { key: candidate.key, label, points, entries, exits, bestRank: candidate.bestRank };
}

/**
 * The bump chart of rank columns: the keys that reached the top `depth`, with their ranks at every column and
 * their entries and exits. Fewer than two columns is not enough history. Precondition: columns by date ascending.
 */
export function toBump(columns: readonly RankColumn[], options: BumpOptions = {}): Bump | NotEnoughHistory {
  if (columns.length < MIN_SNAPSHOTS) {
    return { kind: 'not-enough-history', snapshots: columns.length, newest: columns.at(-1)?.date ?? null };
  }
  const depth = options.depth ?? DEFAULT_BUMP_DEPTH;
  const candidates = toCandidates(columns, depth);
  const picked = pickSeries(candidates, depth, options.maxSeries ?? DEFAULT_BUMP_SERIES);
  return {
    kind: 'bump',
    depth,
    columns: columns.map((c) => ({ date: c.date, gapBefore: c.gapBefore, days: c.days ?? null })),
    series: picked.map((c) => toSeries(columns, c, depth, labelFor(columns, c.key, options.labelOf))),
    omitted: candidates.length - picked.length,
  };
}
