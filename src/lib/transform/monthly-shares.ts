/**
 * A long weekly share series summed by calendar month, for the narrow chart of a long window: 104 weeks in the
 * ~270 px a phone gives a chart are under 3 px each, so past that the narrow rendering draws months (each week in
 * the month of its Monday). Tokens stay exact (BigInt); shares are recomputed from the summed tokens.
 */
import { monthStartOf } from '../api/dates.ts';
import type { SharePoint, ShareSeries } from './shares.ts';
import { shareOf, sumTokens } from './tokens.ts';

/** Weekly periods past which a narrow chart sums them by month. */
export const MAX_NARROW_PERIODS = 104;

/**
 * The series by calendar month when it is weekly and has more than `maxPeriods` periods (`byMonth` set, periods the
 * months' first days); the series itself otherwise. Window totals are unchanged. Precondition: `series.points`
 * key-major in `keys` order, periods ascending (as `toShareSeries` returns them).
 * Example: weeks of 26 Jan, 2 Feb and 9 Feb 2026 -> months 2026-01-01 (one week) and 2026-02-01 (two weeks).
 */
export function toMonthlySeries(series: ShareSeries, maxPeriods = MAX_NARROW_PERIODS): ShareSeries {
  if (series.range.grain !== 'week' || series.periods.length <= maxPeriods) return series;
  const monthOf = series.periods.map(monthStartOf);
  const months = [...new Set(monthOf)];
  const count = series.periods.length;
  const tokens = series.keys.map((_, k) =>
    months.map((month) =>
      sumTokens(
        series.points.slice(k * count, (k + 1) * count).flatMap((p, i) => (monthOf[i] === month ? [p.tokens] : [])),
      ),
    ),
  );
  const monthTotals = months.map((_, m) => sumTokens(tokens.map((byMonth) => byMonth[m] ?? 0n)));
  const points: SharePoint[] = series.keys.flatMap((key, k) =>
    months.map((period, m) => {
      const value = tokens[k]?.[m] ?? 0n;
      return { period, key, tokens: value, share: shareOf(value, monthTotals[m] ?? 0n) };
    }),
  );
  return { ...series, periods: months, points, byMonth: true };
}
