/**
 * An app board over the archived app-rankings snapshots: each app's rank and tokens snapshot by snapshot (for an
 * app's row), and the board's top ranks as rank columns (for the board's rank-history chart). Input: the same
 * board (sort and scope, e.g. `popular/category/coding`) from every snapshot that has it. App names are untrusted
 * text; the newest name an app had is its label.
 */
import type { AppRankingsResponse } from '../api/app-rankings.ts';
import type { RankColumn } from './bump.ts';
import {
  type DatedBody,
  type HistorySeries,
  notEnoughHistory,
  type NotEnoughHistory,
  type SnapshotColumn,
  toSnapshotColumns,
} from './snapshot-history.ts';
import { tokensToNumber, toTokens } from './tokens.ts';

/** An app in one snapshot: its rank on the board and exact window tokens, both null when it is not listed. */
export type AppPoint = { date: string; rank: number | null; tokens: bigint | null };

/** One app across the snapshots of a board: a point per column. */
export type AppHistory = {
  kind: 'history';
  appId: number;
  name: string;
  columns: SnapshotColumn[];
  points: AppPoint[];
};

/** Every listed app's history on a board, by newest rank (apps no longer listed follow, by best rank seen). */
export type AppBoardHistory = { kind: 'history'; columns: SnapshotColumn[]; apps: AppHistory[] };

/** Each snapshot's rows by app id. */
function rowsById(snapshots: readonly DatedBody<AppRankingsResponse>[]) {
  return snapshots.map((s) => new Map(s.body.data.map((row) => [row.app_id, row])));
}

/**
 * Every app that a board ever listed, with its rank and tokens at each snapshot. Precondition: snapshots by date
 * ascending, one per date. With fewer than two snapshots there is no history to draw.
 */
export function toAppBoardHistory(
  snapshots: readonly DatedBody<AppRankingsResponse>[],
): AppBoardHistory | NotEnoughHistory {
  const dates = snapshots.map((s) => s.date);
  const tooFew = notEnoughHistory(dates);
  if (tooFew) return tooFew;
  const columns = toSnapshotColumns(dates);
  const byId = rowsById(snapshots);
  const best = new Map<number, { rank: number; name: string }>();
  byId.forEach((rows) => {
    for (const row of rows.values()) {
      const seen = best.get(row.app_id);
      best.set(row.app_id, { rank: Math.min(seen?.rank ?? Infinity, row.rank), name: row.app_name });
    }
  });
  const newest = byId.at(-1) ?? new Map();
  const order = [...best].sort(([a, x], [b, y]) => {
    const rankA = newest.get(a)?.rank ?? Infinity;
    const rankB = newest.get(b)?.rank ?? Infinity;
    return rankA - rankB || x.rank - y.rank || a - b;
  });
  const apps = order.map(([appId, { name }]): AppHistory => {
    const points = byId.map((rows, i) => {
      const row = rows.get(appId);
      return { date: dates[i] ?? '', rank: row?.rank ?? null, tokens: row ? toTokens(row.total_tokens) : null };
    });
    return { kind: 'history', appId, name, columns, points };
  });
  return { kind: 'history', columns, apps };
}

/** One app's history on a board; null when the board never listed it (and not enough history when too short). */
export function toAppHistory(
  snapshots: readonly DatedBody<AppRankingsResponse>[],
  appId: number,
): AppHistory | NotEnoughHistory | null {
  const board = toAppBoardHistory(snapshots);
  if (board.kind === 'not-enough-history') return board;
  return board.apps.find((app) => app.appId === appId) ?? null;
}

/** An app's history as one chart series: its rank, or its tokens as a float (only for pixels). */
export function toAppSeries(history: AppHistory, measure: 'rank' | 'tokens'): HistorySeries {
  const points = history.points.map((p) => ({
    date: p.date,
    value: measure === 'rank' ? p.rank : p.tokens === null ? null : tokensToNumber(p.tokens),
  }));
  return { key: String(history.appId), label: history.name, points };
}

/** A board's snapshots as rank columns for `toBump`: apps keyed by their id as a string, labelled by name. */
export function toAppRankColumns(snapshots: readonly DatedBody<AppRankingsResponse>[]): RankColumn[] {
  const columns = toSnapshotColumns(snapshots.map((s) => s.date));
  return snapshots.map((s, i) => ({
    date: s.date,
    gapBefore: columns[i]?.gapBefore ?? false,
    ranks: new Map(s.body.data.map((row) => [String(row.app_id), row.rank])),
    labels: new Map(s.body.data.map((row) => [String(row.app_id), row.app_name])),
  }));
}
