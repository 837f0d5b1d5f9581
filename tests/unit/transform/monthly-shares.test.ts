import { describe, expect, it } from 'vitest';
import { MAX_NARROW_PERIODS, toMonthlySeries } from '../../../src/lib/transform/monthly-shares.ts';
import { toShareSeries } from '../../../src/lib/transform/shares.ts';
import { days } from '../../fakes/model-rows.ts';

/** `weeks` whole ISO weeks from Monday 6 Jan 2025: a/x 3 tokens a day, b/y 1 (9 on Mondays), other 1. */
function weeklySeries(weeks: number) {
  const rows = days(
    '2025-01-06',
    7 * weeks,
    (i) => ({ 'a/x': 3, 'b/y': i % 7 === 0 ? 9 : 1 }),
    () => 1,
  );
  const series = toShareSeries(rows, { window: 'all' });
  if (!series) throw new Error('no series');
  return series;
}

describe(toMonthlySeries, () => {
  it(`keeps a series of ${MAX_NARROW_PERIODS} weeks or fewer as it is`, () => {
    const series = weeklySeries(MAX_NARROW_PERIODS);
    expect(series.range.grain).toBe('week');
    expect(toMonthlySeries(series)).toBe(series);
  });

  it('sums a longer weekly series by the month of each Monday, exactly, shares from the sums', () => {
    const series = weeklySeries(MAX_NARROW_PERIODS + 1);
    const monthly = toMonthlySeries(series);
    expect(monthly.byMonth).toBe(true);
    // Mondays from 6 Jan 2025 to 4 Jan 2027: 25 months.
    expect(monthly.periods).toHaveLength(25);
    expect(monthly.periods[0]).toBe('2025-01-01');
    expect(monthly.periods.at(-1)).toBe('2027-01-01');
    expect(monthly.keys).toEqual(series.keys);
    expect(monthly.totals).toEqual(series.totals);
    // January 2025 holds the weeks of 6, 13, 20 and 27 Jan: 4 × 7 days × 3 tokens for a/x.
    const jan = monthly.points.filter((p) => p.period === '2025-01-01');
    expect(jan.map((p) => [p.key, p.tokens])).toEqual([
      ['a/x', 84n],
      ['b/y', 4n * 15n],
      ['other', 28n],
    ]);
    expect(jan.map((p) => p.share)).toEqual([84 / 172, 60 / 172, 28 / 172]);
    const sum = (key: string, points: typeof series.points) =>
      points.filter((p) => p.key === key).reduce((total, p) => total + p.tokens, 0n);
    for (const key of series.keys) expect(sum(key, monthly.points)).toBe(sum(key, series.points));
  });

  it('leaves a daily series as it is, however long', () => {
    const rows = days('2025-01-01', 30, () => ({ 'a/x': 1 }));
    const daily = toShareSeries(rows, { window: '30d' });
    if (!daily) throw new Error('no series');
    expect(toMonthlySeries(daily, 2)).toBe(daily);
  });
});
