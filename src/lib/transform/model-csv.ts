/** CSV of exactly what each model chart and table shows (see `toCsv`). */
import { toCsv } from './csv.ts';
import type { Leaderboard } from './leaderboard-models.ts';
import type { ModelDay } from './model-history.ts';
import { OTHER_KEY, type ShareSeries } from './shares.ts';

/** Shares in CSV: six decimals, enough for 0.0001 pp and short enough to read. */
function toShareField(share: number | null): string | null {
  return share === null ? null : share.toFixed(6);
}

/** A key as written in CSV: the permaslug or author, and `Other` for the folded long tail. */
function toKeyField(key: string): string {
  return key === OTHER_KEY ? 'Other' : key;
}

/**
 * The share chart's points, one row per period and series in stack order (`Other` last): the period (the day,
 * or the Monday of an ISO week), the series, its exact tokens and its share of the period.
 * `keyHeader` names the series column (`model` or `author`).
 */
export function shareSeriesCsv(series: ShareSeries, keyHeader: string): string {
  const periodHeader = series.range.grain === 'week' ? 'week_start' : 'date';
  const order = new Map(series.keys.map((key, i) => [key, i]));
  const rows = [...series.points].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0),
  );
  return toCsv(
    [
      { header: periodHeader, value: (p) => p.period },
      { header: keyHeader, value: (p) => toKeyField(p.key) },
      { header: 'tokens', value: (p) => p.tokens },
      { header: 'share', value: (p) => toShareField(p.share) },
    ],
    rows,
  );
}

/** A leaderboard table as shown: rank (empty for Other), key, tokens, share and the change against the baseline. */
export function leaderboardCsv(board: Leaderboard, keyHeader: string): string {
  return toCsv(
    [
      { header: 'rank', value: (r) => r.rank },
      { header: keyHeader, value: (r) => toKeyField(r.key) },
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
