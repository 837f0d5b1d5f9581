import { describe, expect, it } from 'vitest';
import { growthRatios, linearFit } from '../../../src/lib/bench/growth.ts';

describe(growthRatios, () => {
  it('divides each case by the first', () => {
    expect(
      growthRatios([
        { days: 366, ms: 20_000 },
        { days: 731, ms: 38_000 },
        { days: 1827, ms: 100_000 },
      ]),
    ).toEqual([
      { days: 1, ms: 1 },
      { days: 731 / 366, ms: 1.9 },
      { days: 1827 / 366, ms: 5 },
    ]);
  });

  it('gives null where a figure is missing or the first one is zero', () => {
    expect(
      growthRatios([
        { rss: null, files: 0 },
        { rss: 5, files: 3 },
      ]),
    ).toEqual([
      { rss: null, files: null },
      { rss: null, files: null },
    ]);
  });

  it('gives nothing for no cases', () => {
    expect(growthRatios([])).toEqual([]);
  });
});

describe(linearFit, () => {
  it('fits points on a line exactly', () => {
    expect(
      linearFit([
        { x: 1, y: 3 },
        { x: 2, y: 5 },
        { x: 5, y: 11 },
      ]),
    ).toEqual({ intercept: 1, slope: 2, r2: 1 });
  });

  it('reports a weaker fit for points off the line', () => {
    const fit = linearFit([
      { x: 1, y: 1 },
      { x: 2, y: 4 },
      { x: 3, y: 9 },
    ]);
    expect(fit?.slope).toBeCloseTo(4);
    expect(fit?.r2).toBeLessThan(1);
    expect(fit?.r2).toBeGreaterThan(0.9);
  });

  it('gives null for fewer than two distinct x', () => {
    expect(linearFit([{ x: 1, y: 2 }])).toBeNull();
    expect(
      linearFit([
        { x: 1, y: 2 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull();
    expect(linearFit([])).toBeNull();
  });
});
