import { describe, expect, it } from 'vitest';
import {
  formatTokenTick,
  narrowTimeScale,
  timeScale,
  timeScaleFor,
  toUtcDate,
} from '../../../src/lib/charts/model-axes.ts';

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

describe(narrowTimeScale, () => {
  const dates = (start: string, count: number, step = 1) =>
    Array.from({ length: count }, (_, i) =>
      new Date(toUtcDate(start).getTime() + i * step * 864e5).toISOString().slice(0, 10),
    );
  const labels = (periods: string[]) => {
    const scale = narrowTimeScale(periods);
    const format = scale.tickFormat as (d: Date) => string;
    return (scale.ticks as Date[]).map(format);
  };

  it('ticks the oldest, the middle and the newest period of a month', () =>
    expect(labels(dates('2026-11-01', 19))).toEqual(['1 Nov', '10 Nov', '19 Nov']));

  it('puts the year under each tick of a span over ten months, on the periods drawn', () =>
    expect(labels(dates('2025-11-17', 52, 7))).toEqual(['17 Nov\n2025', '11 May\n2026', '9 Nov\n2026']));

  it('ticks each period of a shorter history once', () => {
    expect(labels(dates('2026-11-23', 2))).toEqual(['23 Nov', '24 Nov']);
    expect(labels(['2026-11-24'])).toEqual(['24 Nov']);
  });
});

describe(timeScaleFor, () => {
  it('is the wide scale when wide and the narrow one when narrow', () => {
    const periods = ['2026-11-01', '2026-11-02', '2026-11-03'];
    expect(timeScaleFor(periods, 'wide')).toEqual(timeScale(3));
    expect(timeScaleFor(periods, 'narrow').ticks).toHaveLength(3);
  });
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
