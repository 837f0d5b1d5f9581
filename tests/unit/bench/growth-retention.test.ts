import { describe, expect, it } from 'vitest';
import { historyColumnsAfter, keptSnapshots } from '../../../src/lib/bench/growth-retention.ts';

describe(keptSnapshots, () => {
  it.each([
    { days: 0, kept: 0 },
    { days: 20, kept: 20 },
    { days: 35, kept: 35 },
    { days: 365, kept: 35 + 330 / 7 },
    { days: 730, kept: 35 + 695 / 7 },
    { days: 1825, kept: 35 + 695 / 7 + 1095 / (365.25 / 12) },
  ])('keeps about $kept snapshots after $days days: daily, then weekly, then monthly', ({ days, kept }) => {
    expect(keptSnapshots(days)).toBeCloseTo(kept, 9);
  });
});

describe(historyColumnsAfter, () => {
  it('draws the kept snapshots up to the cap', () => {
    expect(historyColumnsAfter(8, 60)).toBe(8);
    expect(historyColumnsAfter(365, 60)).toBe(60);
    expect(historyColumnsAfter(365, 100)).toBeCloseTo(35 + 330 / 7, 9);
  });
});
