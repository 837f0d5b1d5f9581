/** CSV of exactly what each model chart and table shows (see `toCsv`). */
import { toCsv, type CsvColumn } from './csv.ts';
import type { Leaderboard, LeaderboardRow } from './leaderboard-models.ts';
import type { ModelDay } from './model-history.ts';
import { OTHER_KEY, type SharePoint, type ShareSeries } from './shares.ts';

/** Shares in CSV: six decimals, enough for 0.0001 pp and short enough to read. */
function toShareField(share: number | null): string | null {
  return share === null ? null : share.toFixed(6);
}

/** A key as written in CSV: the permaslug or author, and `Other` for the folded long tail. */
function toKeyField(key: string): string {
  return key === OTHER_KEY ? 'Other' : key;
}

/** A key's display name (`(permaslug) => name`, e.g. `modelNamer(data)`), written in a `name` column. */
export type NameOf = (key: string) => string;

/** The key column, and after it a `name` column when `nameOf` is given (`Other` is named `Other`). */
function keyColumns<Row>(keyHeader: string, keyOf: (row: Row) => string, nameOf?: NameOf): CsvColumn<Row>[] {
  const key = { header: keyHeader, value: (row: Row) => toKeyField(keyOf(row)) };
  if (!nameOf) return [key];
  const name = (row: Row) => (keyOf(row) === OTHER_KEY ? 'Other' : nameOf(keyOf(row)));
  return [key, { header: 'name', value: name }];
}

/**
 * The share chart's points, one row per period and series in stack order (`Other` last): the period (the day,
 * or the Monday of an ISO week), the series (and its display name with `nameOf`), its exact tokens and its share
 * of the period. `keyHeader` names the series column (`model` or `author`).
 */
export function shareSeriesCsv(series: ShareSeries, keyHeader: string, nameOf?: NameOf): string {
  const periodHeader = series.range.grain === 'week' ? 'week_start' : 'date';
  const order = new Map(series.keys.map((key, i) => [key, i]));
  const rows = [...series.points].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0),
  );
  return toCsv(
    [
      { header: periodHeader, value: (p) => p.period },
      ...keyColumns<SharePoint>(keyHeader, (p) => p.key, nameOf),
      { header: 'tokens', value: (p) => p.tokens },
      { header: 'share', value: (p) => toShareField(p.share) },
    ],
    rows,
  );
}

/**
 * A leaderboard table as shown: rank (empty for Other), key (and its display name with `nameOf`), tokens, share and
 * the change against the baseline.
 */
export function leaderboardCsv(board: Leaderboard, keyHeader: string, nameOf?: NameOf): string {
  return toCsv(
    [
      { header: 'rank', value: (r) => r.rank },
      ...keyColumns<LeaderboardRow>(keyHeader, (r) => r.key, nameOf),
      { header: 'tokens', value: (r) => r.tokens },
      { header: 'share', value: (r) => toShareField(r.share) },
      { header: 'previous_tokens', value: (r) => r.previousTokens },
      { header: 'token_change', value: (r) => toShareField(r.tokenChange) },
      { header: 'share_change', value: (r) => toShareField(r.shareChange) },
    ],
    board.rows,
  );
}

/** A model's daily history: tokens, share and rank, empty where it was outside the top 50. */
export function modelHistoryCsv(history: readonly ModelDay[]): string {
  return toCsv(
    [
      { header: 'date', value: (d) => d.date },
      { header: 'tokens', value: (d) => d.tokens },
      { header: 'share', value: (d) => toShareField(d.share) },
      { header: 'rank', value: (d) => d.rank },
    ],
    history,
  );
}
