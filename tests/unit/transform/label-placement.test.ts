import { describe, expect, it } from 'vitest';
import {
  boxesIntersect,
  dotBox,
  estimateTextWidth,
  placeLabels,
  type Box,
  type LabelRequest,
} from '../../../src/lib/transform/label-placement.ts';

const BOUNDS: Box = { x: 0, y: 0, width: 400, height: 300 };

function inside(box: Box, bounds: Box): boolean {
  return (
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height
  );
}

/** A dense, deterministic cloud of points: a spiral, so many labels compete for the same space. */
function spiral(n: number): LabelRequest[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    text: `Model number ${i}`,
    x: 200 + Math.cos(i * 0.9) * (10 + i * 4),
    y: 150 + Math.sin(i * 0.9) * (8 + i * 3),
    r: 3 + (i % 4),
  }));
}

describe(boxesIntersect, () => {
  it.each([
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 }, true],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 }, false],
    [{ x: 0, y: 0, width: 10, height: 10 }, { x: 0, y: 11, width: 10, height: 10 }, false],
    [{ x: 0, y: 0, width: 30, height: 30 }, { x: 10, y: 10, width: 2, height: 2 }, true],
  ])('%j and %j -> %s', (a, b, expected) => {
    expect(boxesIntersect(a, b)).toBe(expected);
    expect(boxesIntersect(b, a)).toBe(expected);
  });
});

describe(estimateTextWidth, () => {
  it('counts characters, not UTF-16 units', () => expect(estimateTextWidth('😀ab', 10)).toBe(18));
});

describe(placeLabels, () => {
  it('places a lone label to the right of its point', () => {
    const { placed, dropped } = placeLabels([{ id: 'a', text: 'abc', x: 100, y: 100, r: 4 }], {
      bounds: BOUNDS,
      fontSize: 10,
    });
    expect(dropped).toEqual([]);
    expect(placed).toMatchObject([{ id: 'a', x: 107, y: 100, textAnchor: 'start' }]);
  });

  it('flips to the left when the right side leaves the plot', () => {
    const { placed } = placeLabels([{ id: 'a', text: 'long label', x: 390, y: 100, r: 4 }], {
      bounds: BOUNDS,
      fontSize: 10,
    });
    expect(placed[0]?.textAnchor).toBe('end');
  });

  it('never lets two label boxes intersect, even in a crowded cloud', () => {
    const { placed, dropped } = placeLabels(spiral(40), { bounds: BOUNDS, fontSize: 12 });
    expect(placed.length + dropped.length).toBe(40);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(boxesIntersect(a.box, b.box), `${a.id} vs ${b.id}`).toBe(false);
  });

  it('keeps every label inside the bounds and off every dot', () => {
    const requests = spiral(40);
    const { placed } = placeLabels(requests, { bounds: BOUNDS, fontSize: 12 });
    for (const label of placed) {
      expect(inside(label.box, BOUNDS)).toBe(true);
      for (const r of requests) expect(boxesIntersect(label.box, dotBox(r.x, r.y, r.r))).toBe(false);
    }
  });

  it('avoids obstacles such as unlabelled dots', () => {
    const obstacle = { x: 106, y: 90, width: 20, height: 20 };
    const { placed } = placeLabels([{ id: 'a', text: 'abc', x: 100, y: 100, r: 4 }], {
      bounds: BOUNDS,
      fontSize: 10,
      obstacles: [obstacle],
    });
    expect(placed[0]?.textAnchor).toBe('end');
  });

  it('gives earlier requests the first choice and drops what fits nowhere', () => {
    const tight: Box = { x: 0, y: 0, width: 60, height: 14 };
    const { placed, dropped } = placeLabels(
      [
        { id: 'first', text: 'abcd', x: 10, y: 7, r: 1 },
        { id: 'second', text: 'abcd', x: 12, y: 7, r: 1 },
      ],
      { bounds: tight, fontSize: 10 },
    );
    expect(placed.map((p) => p.id)).toEqual(['first']);
    expect(dropped).toEqual(['second']);
  });

  it('does not mutate its input', () => {
    const requests = spiral(5);
    const copy = structuredClone(requests);
    placeLabels(requests, { bounds: BOUNDS, fontSize: 12 });
    expect(requests).toEqual(copy);
  });
});
