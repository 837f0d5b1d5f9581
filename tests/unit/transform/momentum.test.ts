import { describe, expect, it } from 'vitest';
import { toMomentum } from '../../../src/lib/transform/momentum.ts';
import { toCompleteDays } from '../../../src/lib/transform/partial.ts';
import { days } from '../../fakes/model-rows.ts';

// 28 days, 2026-10-24 to 2026-11-20: three baseline weeks (days 0–20), then the window (days 21–27).
const inWindow = (i: number) => i >= 21;
const rows = days(
  '2026-10-24',
  28,
  (i) => {
    const models: Record<string, number> = inWindow(i)
      ? { 'a/up': 20, 'b/down': 20, 'c/new': 5 }
      : { 'b/down': 30, 'a/up': 10 };
    if (!inWindow(i)) models['d/gone'] = 1;
    return models;
  },
  () => 100,
);

describe(toMomentum, () => {
  it('scores window tokens against the mean of the three windows before, with rank and share change', () => {
    const momentum = toMomentum(rows, '7d');
    if (momentum.kind !== 'momentum') throw new Error('expected momentum');
    expect(momentum.range).toEqual({ start: '2026-11-14', end: '2026-11-20' });
    expect(momentum.baseline).toEqual({ start: '2026-10-24', end: '2026-11-13' });
    expect(
      momentum.rows.map((r) => [r.permaslug, r.tokens, r.baseline, r.excess, r.rank, r.previousRank, r.rankChange]),
    ).toEqual([
      ['a/up', 140n, 70n, 70n, 1, 2, 1], // 140 − 210 / 3
      ['c/new', 35n, 0n, 35n, 3, null, null],
      ['d/gone', 0n, 7n, -7n, null, 3, null],
      ['b/down', 140n, 210n, -70n, 2, 1, -1], // ties at 140 rank alphabetically
    ]);
    const a = momentum.rows[0];
    expect(a?.share).toBeCloseTo(140 / 1015, 12);
    expect(a?.previousShare).toBeCloseTo(70 / 987, 12);
    expect(a?.shareChange).toBeCloseTo(140 / 1015 - 70 / 987, 12);
    expect(momentum.rows[1]).toMatchObject({
      previousShare: null,
      shareChange: null,
      rankedDays: 7,
      baselineRankedDays: 0,
    });
  });

  it('lists risers largest first and fallers largest fall first', () => {
    const momentum = toMomentum(rows, '7d');
    if (momentum.kind !== 'momentum') throw new Error('expected momentum');
    expect(momentum.risers.map((r) => r.permaslug)).toEqual(['a/up', 'c/new']);
    expect(momentum.fallers.map((r) => r.permaslug)).toEqual(['b/down', 'd/gone']);
  });

  it('is exact beyond 2^53: one token of excess growth is not lost to floats', () => {
    // Baseline: one day of 2^53 in each of the three windows before; window: one day of 2^53 + 1.
    const big = days('2026-10-24', 28, (i) => ({
      'a/x': i % 7 === 6 ? (i >= 21 ? 9007199254740993n : 9007199254740992n) : 1n,
    }));
    const momentum = toMomentum(big, '7d');
    expect(momentum.kind === 'momentum' && momentum.rows[0]).toMatchObject({
      tokens: 9007199254740999n,
      baseline: 9007199254740998n,
      excess: 1n,
    });
  });

  it('rounds the baseline and the excess half away from zero', () => {
    // Window 1 token; baseline windows 1, 0, 0: mean 1/3, excess 2/3.
    const small = days('2026-10-24', 28, (i) => (i === 0 || i === 27 ? { 'a/x': 1, 'b/y': 5 } : { 'b/y': 5 }));
    const momentum = toMomentum(small, '7d');
    expect(momentum.kind === 'momentum' && momentum.rows.find((r) => r.permaslug === 'a/x')).toMatchObject({
      baseline: 0n,
      excess: 1n,
    });
  });

  it('needs four whole windows of complete days, and says how many it has', () => {
    expect(
      toMomentum(
        rows.filter((r) => r.date > '2026-10-24'),
        '7d',
      ),
    ).toEqual({
      kind: 'not-enough-history',
      window: '7d',
      neededDays: 28,
      availableDays: 27,
      newest: '2026-11-20',
    });
    expect(
      toMomentum(
        rows.filter((r) => r.date !== '2026-11-01'),
        '7d',
      ).kind,
    ).toBe('not-enough-history');
    expect(toMomentum(rows, '30d')).toMatchObject({ kind: 'not-enough-history', neededDays: 120, availableDays: 28 });
    expect(toMomentum([], '7d')).toMatchObject({ availableDays: 0, newest: null });
  });

  it('ends at the newest complete day once the in-progress day is dropped', () => {
    const withToday = [...rows, ...days('2026-11-21', 1, () => ({ 'c/new': 1000 }))];
    const momentum = toMomentum(toCompleteDays(withToday, '2026-11-21T12:00:00Z').rows, '7d');
    expect(momentum.kind === 'momentum' && momentum.range.end).toBe('2026-11-20');
  });
});
