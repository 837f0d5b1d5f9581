import { describe, expect, it } from 'vitest';
import { toDayTotals } from '../../../src/lib/transform/day-totals.ts';
import { day } from '../../fakes/model-rows.ts';

describe(toDayTotals, () => {
  it('groups rows by day, models apart from the total, other in the total only, exactly', () => {
    const rows = [...day('2026-11-19', { 'a/x': 9007199254740993n, 'b/y': 1 }, 2), ...day('2026-11-20', { 'b/y': 5 })];
    expect(toDayTotals(rows)).toEqual(
      new Map([
        [
          '2026-11-19',
          {
            byModel: new Map([
              ['a/x', 9007199254740993n],
              ['b/y', 1n],
            ]),
            total: 9007199254740996n,
          },
        ],
        ['2026-11-20', { byModel: new Map([['b/y', 5n]]), total: 5n }],
      ]),
    );
  });

  it('is empty without rows', () => {
    expect(toDayTotals([]).size).toBe(0);
  });
});
