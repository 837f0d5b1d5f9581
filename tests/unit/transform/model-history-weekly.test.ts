import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/lib/api/dates.ts';
import { toModelHistory } from '../../../src/lib/transform/model-history.ts';
import { toModelPeriods } from '../../../src/lib/transform/model-history-weekly.ts';
import { day, days } from '../../fakes/model-rows.ts';

/** a/x every day from `start` to `end`, outside the top 50 every fifth day (inside `other`). */
function steadyHistory(start: string, end: string) {
  const rows = days(
    start,
    daysBetween(start, end) + 1,
    (i) => (i % 5 === 4 ? { 'b/y': 50 } : { 'a/x': 100 + i, 'b/y': 50 }),
    () => 50,
  );
  return toModelHistory(rows, 'a/x');
}

/** `leading` rows first, then a/x at 100 tokens a day until the history spans `span` days from Monday 6 Jan 2025. */
function historyStartingWith(leading: ReturnType<typeof day>[], span = 420) {
  const filler = days(
    addDays('2025-01-06', leading.length),
    span - leading.length,
    () => ({ 'a/x': 100 }),
    () => 100,
  );
  return toModelHistory([...leading.flat(), ...filler], 'a/x');
}

describe(toModelPeriods, () => {
  it('keeps a history of up to 400 days daily, value for value', () => {
    const history = steadyHistory('2025-01-01', '2026-02-04'); // 400 days
    expect(toModelPeriods(history)).toEqual({
      dailyFrom: null,
      periods: history.map(({ date, tokens, share, rank }) => ({
        date,
        grain: 'day',
        days: 1,
        rankedDays: tokens === null ? 0 : 1,
        tokens,
        tokensPerDay: tokens,
        share,
        rank,
      })),
    });
  });

  it('turns older days into weeks once a history spans more than 400 days', () =>
    expect(toModelPeriods(steadyHistory('2025-01-01', '2026-02-05')).dailyFrom).not.toBeNull());

  it('is empty for an empty history', () => expect(toModelPeriods([])).toEqual({ periods: [], dailyFrom: null }));

  it.each([
    ['2026-06-29', 'a Monday', '2025-06-30', 365],
    ['2026-06-30', 'a Tuesday', '2025-06-30', 366],
    ['2026-06-28', 'a Sunday', '2025-06-23', 371],
  ])('ending on %s (%s), is daily from %s (%i days) and whole weeks before', (end, _weekday, dailyFrom, dailyDays) => {
    const history = steadyHistory('2025-01-01', end);
    const result = toModelPeriods(history);
    expect(result.dailyFrom).toBe(dailyFrom);
    const daily = result.periods.filter((p) => p.grain === 'day');
    const weeks = result.periods.filter((p) => p.grain === 'week');
    expect(daily).toHaveLength(dailyDays);
    expect(daily[0]?.date).toBe(dailyFrom);
    expect(result.periods.slice(weeks.length)).toEqual(daily); // weeks first, then days, never mixed
    expect(weeks.at(-1)?.date).toBe(addDays(dailyFrom, -7));
    // Every week is a whole Monday-to-Sunday week but the first: 1 Jan 2025 is a Wednesday.
    expect(weeks[0]).toMatchObject({ date: '2024-12-30', days: 5 });
    expect(weeks.slice(1).every((w) => w.days === 7 && daysBetween('2024-12-30', w.date) % 7 === 0)).toBe(true);
    expect(weeks.reduce((sum, w) => sum + w.days, 0) + dailyDays).toBe(history.length);
  });

  it('summarises a week over its ranked days: average per day, token-weighted share, median rank', () => {
    const history = historyStartingWith([
      day('2025-01-06', { 'a/x': 30, 'b/y': 10 }, 60), // 30 of 100, rank 1
      day('2025-01-07', { 'b/y': 10 }, 90),
      day('2025-01-08', { 'b/y': 20, 'a/x': 10 }, 170), // 10 of 200, rank 2
      day('2025-01-09', { 'b/y': 10 }, 90),
      day('2025-01-10', { 'c/z': 40, 'b/y': 30, 'a/x': 20 }, 10), // 20 of 100, rank 3
      day('2025-01-11', { 'b/y': 10 }, 90),
      day('2025-01-12', { 'b/y': 10 }, 90),
    ]);
    expect(toModelPeriods(history).periods[0]).toEqual({
      date: '2025-01-06',
      grain: 'week',
      days: 7,
      rankedDays: 3,
      tokens: 60n,
      tokensPerDay: 20n, // 60 tokens over the 3 ranked days, not over 7
      share: 0.15, // 60 of the 400 tokens of those days; the mean of the daily shares would be 18.3%
      rank: 2,
    });
  });

  it('takes the better middle rank of an even count and leaves a week with no ranked day empty', () => {
    const outside = (date: string) => day(date, { 'b/y': 10 }, 90);
    const history = historyStartingWith([
      day('2025-01-06', { 'b/y': 40, 'c/z': 30, 'd/w': 20, 'a/x': 10 }), // rank 4
      day('2025-01-07', { 'a/x': 50, 'b/y': 10 }), // rank 1
      ...['08', '09', '10', '11', '12'].map((d) => outside(`2025-01-${d}`)),
      ...['13', '14', '15', '16', '17', '18', '19'].map((d) => outside(`2025-01-${d}`)),
    ]);
    const [even, empty] = toModelPeriods(history).periods;
    expect(even).toMatchObject({ rankedDays: 2, tokens: 60n, tokensPerDay: 30n, share: 60 / 160, rank: 1 });
    expect(empty).toEqual({
      date: '2025-01-13',
      grain: 'week',
      days: 7,
      rankedDays: 0,
      tokens: null,
      tokensPerDay: null,
      share: null,
      rank: null,
    });
  });

  it('keeps token sums exact beyond 2^53 and rounds the average per day half up in BigInt', () => {
    const big = 2n ** 53n;
    const history = historyStartingWith([
      day('2025-01-06', { 'a/x': big + 1n }, 1),
      day('2025-01-07', { 'a/x': big + 2n }, 1),
      day('2025-01-08', { 'a/x': big + 4n }, 1),
      ...['09', '10', '11', '12'].map((d) => day(`2025-01-${d}`, { 'b/y': 10 }, 90)),
      day('2025-01-13', { 'a/x': 1 }),
      day('2025-01-14', { 'a/x': 2 }),
      ...['15', '16', '17', '18', '19'].map((d) => day(`2025-01-${d}`, { 'b/y': 10 }, 90)),
    ]);
    const [huge, small] = toModelPeriods(history).periods;
    expect(huge).toMatchObject({ tokens: 3n * big + 7n, tokensPerDay: big + 2n }); // 2^53 + 2.33…
    expect(small).toMatchObject({ tokens: 3n, tokensPerDay: 2n }); // 1.5 rounds up
  });

  it('does not change the history it is given', () => {
    const history = steadyHistory('2025-01-01', '2026-06-30');
    const copy = structuredClone(history);
    toModelPeriods(history);
    expect(history).toEqual(copy);
  });
});
