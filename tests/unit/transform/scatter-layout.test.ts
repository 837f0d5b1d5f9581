import { describe, expect, it } from 'vitest';
import type { ScatterSet } from '../../../src/lib/transform/benchmarks.ts';
import { boxesIntersect } from '../../../src/lib/transform/label-placement.ts';
import {
  logTicks,
  notablePoints,
  pxToX,
  pxToY,
  radiusOf,
  stepBoxes,
  toScatterFrame,
  toScatterLayout,
  truncateLabel,
  xToPx,
  yToPx,
} from '../../../src/lib/transform/scatter-layout.ts';

function set(n: number): ScatterSet {
  return {
    omitted: {},
    points: Array.from({ length: n }, (_, i) => ({
      slug: `lab/model-${i}`,
      name: `Model ${i} with a fairly long name`,
      x: 0.05 * 1.35 ** i,
      y: 30 + ((i * 17) % 45),
      usage: i % 3 === 0 ? BigInt(1000 * (i + 1)) : null,
    })),
  };
}

describe(logTicks, () => {
  it.each([
    [[0.3, 30], 7, [0.5, 1, 2, 5, 10, 20]],
    [[0.01, 1000], 7, [0.01, 0.1, 1, 10, 100, 1000]],
    [[2.1, 8.4], 7, [3, 5, 7]],
  ] as const)('%j (max %i) -> %j', (domain, max, ticks) => expect(logTicks(domain, max)).toEqual(ticks));
});

describe(radiusOf, () => {
  it.each([
    [null, 100n, 3.5],
    [100n, 100n, 12],
    [25n, 100n, 3.5 + 8.5 * 0.5],
    [5n, 0n, 3.5],
  ])('usage %s of max %s -> r %s', (usage, max, r) => expect(radiusOf(usage, max)).toBeCloseTo(r, 9));
});

describe(toScatterFrame, () => {
  const frame = toScatterFrame(
    [
      { x: 0.1, y: 10 },
      { x: 10, y: 60 },
    ],
    640,
    400,
  );

  it('pads the domains past the outermost points', () => {
    expect(frame.xDomain[0]).toBeLessThan(0.1);
    expect(frame.xDomain[1]).toBeGreaterThan(10);
    expect(frame.yDomain).toEqual([6, 64]);
  });

  it('maps data to pixels and back', () => {
    for (const x of [0.1, 1, 10]) expect(pxToX(frame, xToPx(frame, x))).toBeCloseTo(x, 9);
    for (const y of [10, 33, 60]) expect(pxToY(frame, yToPx(frame, y))).toBeCloseTo(y, 9);
  });

  it('puts higher scores higher up and dearer models further right', () => {
    expect(yToPx(frame, 60)).toBeLessThan(yToPx(frame, 10));
    expect(xToPx(frame, 10)).toBeGreaterThan(xToPx(frame, 1));
  });
});

describe(truncateLabel, () => {
  it.each([
    ['short', 10, 'short'],
    ['Claude Sonnet 4.5 Thinking', 12, 'Claude Sonn…'],
    ['ab cd', 4, 'ab…'],
  ])('%s (%i) -> %s', (text, max, out) => expect(truncateLabel(text, max)).toBe(out));
});

describe(notablePoints, () => {
  it('ranks the top scorers first, then the frontier, then the most used, each once', () => {
    const layout = toScatterLayout(set(12), { width: 640, height: 400 });
    const notable = notablePoints(layout.points, 2);
    const ids = notable.map((p) => p.slug);
    const byScore = layout.points.toSorted((a, b) => b.y - a.y);
    expect(ids.slice(0, 2)).toEqual(byScore.slice(0, 2).map((p) => p.slug));
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of layout.points.filter((q) => q.onFrontier)) expect(ids).toContain(p.slug);
  });
});

describe(stepBoxes, () => {
  it('covers each flat run and each rise', () =>
    expect(
      stepBoxes([
        { x: 10, y: 100 },
        { x: 50, y: 60 },
      ]),
    ).toEqual([
      { x: 10, y: 99, width: 40, height: 2 },
      { x: 49, y: 60, width: 2, height: 40 },
    ]));
});

describe(toScatterLayout, () => {
  it('labels without overlap and keeps labels inside the plot', () => {
    const layout = toScatterLayout(set(30), { width: 640, height: 400 });
    expect(layout.labels.length).toBeGreaterThan(3);
    for (const [i, a] of layout.labels.entries()) {
      expect(a.box.x).toBeGreaterThanOrEqual(layout.frame.margin.left);
      expect(a.box.x + a.box.width).toBeLessThanOrEqual(640 - layout.frame.margin.right);
      for (const b of layout.labels.slice(i + 1)) expect(boxesIntersect(a.box, b.box)).toBe(false);
    }
  });

  it('gives label anchors in data coordinates that map back to their pixels', () => {
    const layout = toScatterLayout(set(10), { width: 640, height: 400 });
    for (const l of layout.labels) {
      expect(xToPx(layout.frame, l.dataX)).toBeCloseTo(l.x, 6);
      expect(yToPx(layout.frame, l.dataY)).toBeCloseTo(l.y, 6);
    }
  });

  it('sizes models in the rankings by usage and the rest at the minimum', () => {
    const layout = toScatterLayout(set(10), { width: 640, height: 400 });
    const biggest = layout.points.reduce((a, b) => (b.r > a.r ? b : a));
    expect(biggest.usage).toBe(10000n);
    expect(layout.points.filter((p) => p.usage === null).every((p) => p.r === 3.5)).toBe(true);
  });

  it('keeps labels off the frontier line', () => {
    const layout = toScatterLayout(set(30), { width: 640, height: 400 });
    const line = stepBoxes(layout.steps.map((p) => ({ x: xToPx(layout.frame, p.x), y: yToPx(layout.frame, p.y) })));
    for (const l of layout.labels) for (const b of line) expect(boxesIntersect(l.box, b)).toBe(false);
  });

  it('draws the frontier to the right edge', () => {
    const layout = toScatterLayout(set(10), { width: 640, height: 400 });
    expect(layout.steps.at(-1)?.x).toBe(layout.frame.xDomain[1]);
  });

  it('lays out an empty set', () => {
    const layout = toScatterLayout({ points: [], omitted: {} }, { width: 640, height: 400 });
    expect([layout.points, layout.labels, layout.steps, layout.bars]).toEqual([[], [], [], []]);
  });

  it('draws an error bar for each point with a spread, none for the others', () => {
    const layout = toScatterLayout(set(4), {
      width: 640,
      height: 400,
      spreadOf: (p) => (p.slug === 'lab/model-1' ? 5 : null),
    });
    expect(layout.bars).toEqual([{ slug: 'lab/model-1', x: 0.05 * 1.35, y1: 42, y2: 52 }]);
  });

  it('widens the score axis to hold every error bar', () => {
    const layout = toScatterLayout(set(10), { width: 640, height: 400, spreadOf: () => 20 });
    const [lo, hi] = layout.frame.yDomain;
    for (const bar of layout.bars) expect([bar.y1 >= lo, bar.y2 <= hi]).toEqual([true, true]);
  });

  it('keeps labels off the error bars', () => {
    // Q's tall bar stands just right of P, where P's label would otherwise go.
    const points = [
      { slug: 'p', name: 'Model P with a long name', x: 1, y: 50, usage: null },
      { slug: 'q', name: 'Q', x: 1.15, y: 80, usage: null },
      { slug: 'r', name: 'R', x: 100, y: 10, usage: null },
    ];
    const spreadOf = (p: { slug: string }) => (p.slug === 'q' ? 40 : null);
    const layout = toScatterLayout({ points, omitted: {} }, { width: 640, height: 400, spreadOf });
    expect(layout.labels.length).toBeGreaterThan(0);
    const barBoxes = layout.bars.map((b) => {
      const [top, bottom] = [yToPx(layout.frame, b.y2), yToPx(layout.frame, b.y1)];
      return { x: xToPx(layout.frame, b.x) - 1, y: top, width: 2, height: bottom - top };
    });
    for (const l of layout.labels) for (const b of barBoxes) expect(boxesIntersect(l.box, b)).toBe(false);
  });
});
