import { describe, expect, it } from 'vitest';
import { toFrontier, toFrontierSteps } from '../../../src/lib/transform/frontier.ts';

const p = (x: number, y: number, id = `${x}:${y}`) => ({ id, x, y });

describe(toFrontier, () => {
  it.each([
    ['empty', [], []],
    ['one point', [p(1, 1)], ['1:1']],
    ['drops a point a cheaper one beats', [p(1, 5), p(2, 4), p(3, 9)], ['1:5', '3:9']],
    ['ignores input order', [p(3, 9), p(1, 5), p(2, 4)], ['1:5', '3:9']],
    ['keeps only the best of equal prices', [p(1, 5), p(1, 7), p(2, 6)], ['1:7']],
    ['drops a dearer point that only ties', [p(1, 5), p(2, 5)], ['1:5']],
    ['keeps every point of a rising chain', [p(1, 1), p(2, 2), p(4, 3)], ['1:1', '2:2', '4:3']],
    ['ignores non-finite coordinates', [p(Number.NaN, 99), p(1, 1), p(2, Infinity)], ['1:1']],
  ])('%s', (_, points, expected) => expect(toFrontier(points).map((q) => q.id)).toEqual(expected));

  it('means no cheaper point scores higher than any frontier point', () => {
    const points = Array.from({ length: 30 }, (_, i) => p(((i * 37) % 29) + 1, (i * 53) % 31));
    for (const f of toFrontier(points)) expect(points.some((q) => q.x < f.x && q.y >= f.y)).toBe(false);
  });
});

describe(toFrontierSteps, () => {
  it('extends the last step flat to the right edge', () =>
    expect(toFrontierSteps([p(1, 5), p(3, 9)], 10)).toEqual([
      { x: 1, y: 5 },
      { x: 3, y: 9 },
      { x: 10, y: 9 },
    ]));
  it('adds nothing when the edge is not beyond the last point', () =>
    expect(toFrontierSteps([p(1, 5)], 1)).toEqual([{ x: 1, y: 5 }]));
  it('is empty for an empty frontier', () => expect(toFrontierSteps([], 10)).toEqual([]));
});
