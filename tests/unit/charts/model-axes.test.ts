import { describe, expect, it } from 'vitest';
import { formatTokenTick, timeScale, toUtcDate } from '../../../src/lib/charts/model-axes.ts';

describe(toUtcDate, () => {
  it('reads a date as UTC midnight', () =>
    expect(toUtcDate('2026-11-24').toISOString()).toBe('2026-11-24T00:00:00.000Z'));
});

describe(timeScale, () => {
  it.each([
    [1, 1],
    [5, 4],
    [90, 8],
  ])('%i periods -> at most %i ticks', (count, ticks) => expect(timeScale(count).ticks).toBe(ticks));
});

describe(formatTokenTick, () => {
  it.each([
    [0, '0'],
    [200, '200'],
    [1000, '1K'],
    [1500, '1.5K'],
    [100_000, '100K'],
    [20_000_000, '20M'],
    [2_250_000_000, '2.25B'],
    [10_000_000_000_000, '10T'],
  ])('%d -> %s', (value, expected) => expect(formatTokenTick(value)).toBe(expected));
});
