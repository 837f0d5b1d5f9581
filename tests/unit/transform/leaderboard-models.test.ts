import { describe, expect, it } from 'vitest';
import { toLeaderboard, toMovers } from '../../../src/lib/transform/leaderboard-models.ts';
import { OTHER_KEY } from '../../../src/lib/transform/shares.ts';
import { authorOf } from '../../../src/lib/transform/model-slugs.ts';
import { days } from '../../fakes/model-rows.ts';

// 14 days: 11–17 Nov (before) and 18–24 Nov (now). a/x doubles, b/y halves, c/new appears, d/gone drops out.
const rows = days(
  '2026-11-11',
  14,
  (i) => (i < 7 ? { 'b/y': 40, 'a/x': 10, 'd/gone': 5 } : { 'a/x': 20, 'b/y': 20, 'c/new': 10 }),
  () => 45,
);

describe(toLeaderboard, () => {
  it('ranks the window and compares each key with the week before', () => {
    const board = toLeaderboard(rows, { window: '7d', topN: 2 })!;
    expect(board.range).toEqual({ start: '2026-11-18', end: '2026-11-24', days: 7, grain: 'day' });
    expect(board.previous).toEqual({ start: '2026-11-11', end: '2026-11-17', days: 7, grain: 'day' });
    expect(board.total).toBe(665n);
    expect(board.rows.map((r) => [r.rank, r.key, r.tokens, r.previousTokens, r.tokenChange])).toEqual([
      [1, 'a/x', 140n, 70n, 1],
      [2, 'b/y', 140n, 280n, -0.5],
      [null, OTHER_KEY, 385n, 350n, 0.1],
    ]);
    expect(board.rows[0]!.shareChange).toBeCloseTo(140 / 665 - 70 / 700, 12);
  });

  it('puts Other last and accounts for every token', () => {
    const board = toLeaderboard(rows, { window: '7d', topN: 1 })!;
    expect(board.rows.at(-1)?.key).toBe(OTHER_KEY);
    expect(board.rows.reduce((sum, r) => sum + r.tokens, 0n)).toBe(board.total);
  });

  it('gives a key absent from the baseline no change (its earlier total is unknown)', () => {
    const board = toLeaderboard(rows, { window: '7d', topN: 3 })!;
    expect(board.rows[2]).toMatchObject({ key: 'c/new', previousTokens: null, tokenChange: null, shareChange: null });
  });

  it('has no baseline when the archive does not reach back a whole window', () => {
    const board = toLeaderboard(rows, { window: '30d' })!;
    expect(board.previous).toBeNull();
    expect(board.rows.every((r) => r.tokenChange === null && r.shareChange === null)).toBe(true);
  });

  it('ranks authors with authorOf', () =>
    expect(toLeaderboard(rows, { window: '7d', keyOf: authorOf })!.rows.map((r) => r.key)).toEqual([
      'a',
      'b',
      'c',
      OTHER_KEY,
    ]));

  it('is null for an empty archive', () => expect(toLeaderboard([], { window: '7d' })).toBeNull());
});

describe(toMovers, () => {
  it('finds the biggest riser and faller among keys seen in both windows', () => {
    const { riser, faller } = toMovers(rows, { window: '7d' });
    expect(riser?.key).toBe('a/x');
    expect(riser?.tokenChange).toBe(1);
    expect(faller?.key).toBe('b/y');
    expect(faller?.shareChange).toBeCloseTo(140 / 665 - 280 / 700, 12);
  });

  it('is empty without a baseline', () =>
    expect(toMovers(rows, { window: '30d' })).toEqual({ riser: null, faller: null }));
});
