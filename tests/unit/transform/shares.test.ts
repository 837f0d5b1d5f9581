import { describe, expect, it } from 'vitest';
import {
  OTHER_KEY,
  pickTopKeys,
  rankKeys,
  toPeriodTotals,
  toSharePoints,
  toShareSeries,
  type ShareSeries,
} from '../../../src/lib/transform/shares.ts';
import { authorOf } from '../../../src/lib/transform/model-slugs.ts';
import { day, days } from '../../fakes/model-rows.ts';

const week = { start: '2026-11-16', end: '2026-11-22', days: 7, grain: 'week' } as const;
const twoDays = { start: '2026-11-23', end: '2026-11-24', days: 2, grain: 'day' } as const;

function sharesByPeriod(series: ShareSeries): Map<string, number> {
  const sums = new Map<string, number>();
  for (const p of series.points) sums.set(p.period, (sums.get(p.period) ?? 0) + p.share);
  return sums;
}

describe(toPeriodTotals, () => {
  it('sums days into their ISO week (Monday start) and keeps `other` apart', () => {
    const rows = [...day('2026-11-16', { 'a/x': 5 }, 2), ...day('2026-11-22', { 'a/x': 1, 'b/y': 4 }, 3)];
    expect(toPeriodTotals(rows, week)).toEqual([
      {
        period: '2026-11-16',
        byKey: new Map([
          ['a/x', 6n],
          ['b/y', 4n],
        ]),
        other: 5n,
        total: 15n,
      },
    ]);
  });

  it('skips rows outside the range', () => expect(toPeriodTotals(day('2026-11-15', { 'a/x': 5 }), week)).toEqual([]));

  it('counts by author when given authorOf', () => {
    const rows = day('2026-11-23', { 'anthropic/claude-a': 3, 'anthropic/claude-b': 2, 'openai/gpt': 1 });
    expect(toPeriodTotals(rows, twoDays, authorOf)[0]?.byKey).toEqual(
      new Map([
        ['anthropic', 5n],
        ['openai', 1n],
      ]),
    );
  });

  it('sums totals beyond 2^53 exactly', () => {
    const rows = [...day('2026-11-23', { 'a/x': 9007199254740993n }, 9007199254740993n)];
    expect(toPeriodTotals(rows, twoDays)[0]?.total).toBe(18014398509481986n);
  });
});

describe(rankKeys, () => {
  it('orders by tokens descending and breaks ties alphabetically', () =>
    expect(
      rankKeys(
        new Map([
          ['c', 5n],
          ['b', 7n],
          ['a', 5n],
        ]),
      ),
    ).toEqual(['b', 'a', 'c']));
});

describe(pickTopKeys, () => {
  it('ranks keys by their total over every period, not one day', () => {
    const rows = [...day('2026-11-23', { 'a/x': 10, 'b/y': 1 }), ...day('2026-11-24', { 'b/y': 6, 'a/x': 1 })];
    expect(pickTopKeys(toPeriodTotals(rows, twoDays), 1)).toEqual(['a/x']);
  });
});

describe(toSharePoints, () => {
  it('folds the keys outside the top and the API `other` into Other', () => {
    const periods = toPeriodTotals(day('2026-11-23', { 'a/x': 6, 'b/y': 2 }, 2), twoDays);
    expect(toSharePoints(periods, ['a/x'])).toEqual([
      { period: '2026-11-23', key: 'a/x', tokens: 6n, share: 0.6 },
      { period: '2026-11-23', key: OTHER_KEY, tokens: 4n, share: 0.4 },
    ]);
  });

  it('draws a top model missing from a day as 0 (it is inside that day’s other)', () => {
    const rows = [...day('2026-11-23', { 'a/x': 6 }, 4), ...day('2026-11-24', { 'b/y': 6 }, 4)];
    const points = toSharePoints(toPeriodTotals(rows, twoDays), ['a/x', 'b/y']);
    expect(points.find((p) => p.key === 'a/x' && p.period === '2026-11-24')).toEqual({
      period: '2026-11-24',
      key: 'a/x',
      tokens: 0n,
      share: 0,
    });
  });
});

describe(toShareSeries, () => {
  const rows = days(
    '2026-10-01',
    60,
    (i) => ({ 'a/big': 1000 + i, 'b/mid': 500 + 7 * i, 'c/small': 100, ...(i % 3 === 0 ? {} : { 'd/rare': 50 }) }),
    (i) => 300 + i,
  );

  it('puts Other last even when it is the largest series', () => {
    const series = toShareSeries(rows, { window: '30d', topN: 1 });
    expect(series?.keys).toEqual(['a/big', OTHER_KEY]);
    expect(series?.totals.at(-1)?.key).toBe(OTHER_KEY);
    expect(series?.points.at(-1)?.key).toBe(OTHER_KEY);
    expect(series?.totals[1]!.tokens).toBeGreaterThan(series!.totals[0]!.tokens);
  });

  it.each(['30d', '90d', '1y', 'all'] as const)('sums shares to 1 in every period (%s)', (window) => {
    const series = toShareSeries(rows, { window, topN: 2 });
    expect(series).not.toBeNull();
    for (const sum of sharesByPeriod(series!).values()) expect(sum).toBeCloseTo(1, 12);
  });

  it('keeps every period’s tokens exact: the series add up to the rows', () => {
    const series = toShareSeries(rows, { window: '30d', topN: 2 })!;
    const expected = rows
      .filter((r) => r.date >= series.range.start)
      .reduce((sum, r) => sum + BigInt(r.total_tokens), 0n);
    expect(series.points.reduce((sum, p) => sum + p.tokens, 0n)).toBe(expected);
    expect(series.total).toBe(expected);
  });

  it('covers the window ending at the newest day, daily', () => {
    const series = toShareSeries(rows, { window: '30d' })!;
    expect(series.range).toEqual({ start: '2026-10-31', end: '2026-11-29', days: 30, grain: 'day' });
    expect(series.periods).toHaveLength(30);
    expect(series.keys).toEqual(['a/big', 'b/mid', 'c/small', 'd/rare', OTHER_KEY]);
  });

  it('sums ISO weeks for long windows and says so', () => {
    const long = days(
      '2026-01-01',
      200,
      (i) => ({ 'a/big': 1000 + i, 'b/mid': 900 }),
      () => 10,
    );
    const series = toShareSeries(long, { window: 'all', topN: 1 })!;
    expect(series.range.grain).toBe('week');
    expect(series.periods[0]).toBe('2026-01-05');
    // 5–11 Jan: days 4..10 of 1000 + i
    expect(series.points[0]).toMatchObject({ period: '2026-01-05', key: 'a/big', tokens: 7049n });
    for (const sum of sharesByPeriod(series).values()) expect(sum).toBeCloseTo(1, 12);
  });

  it('folds by author with the same rules', () => {
    const byAuthor = [...day('2026-11-23', { 'x/one': 5, 'y/two': 4, 'x/three': 2, 'z/four': 1 }, 3)];
    const series = toShareSeries(byAuthor, { window: '30d', topN: 1, keyOf: authorOf })!;
    expect(series.totals).toEqual([
      { key: 'x', tokens: 7n, share: 7 / 15 },
      { key: OTHER_KEY, tokens: 8n, share: 8 / 15 },
    ]);
  });

  it('is null for an empty archive', () => expect(toShareSeries([], { window: '30d' })).toBeNull());
});
