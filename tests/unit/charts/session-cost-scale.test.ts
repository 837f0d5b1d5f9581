import { describe, expect, it } from 'vitest';
import { clip, logFraction, usdDomain, usdTick, usdTicks } from '../../../src/lib/charts/session-cost-scale.ts';

describe(usdTicks, () => {
  it('steps 1-2-5 per decade within the domain, or powers of ten when those would crowd', () => {
    expect(usdTicks([0.03, 4], 7)).toEqual([0.05, 0.1, 0.2, 0.5, 1, 2]);
    expect(usdTicks([0.0004, 20], 4)).toEqual([0.001, 0.01, 0.1, 1, 10].slice(0, 5).filter((_, i) => i % 2 === 0));
    expect(usdTicks([0.001, 10], 5)).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });
});

describe(usdTick, () => {
  it('writes round dollars without trailing zeros', () => {
    expect([0.05, 0.1, 1, 20].map(usdTick)).toEqual(['$0.05', '$0.1', '$1', '$20']);
  });
});

describe(usdDomain, () => {
  it('pads the costs so the outermost dots clear the frame, and copes with one cost', () => {
    expect(usdDomain([0.1, 1])).toEqual([0.1 / 1.4, 1.4]);
    expect(usdDomain([2])).toEqual([1, 4]);
    expect(usdDomain([])).toEqual([0.01, 1]);
  });
});

describe(logFraction, () => {
  it('places a cost on a log axis', () => {
    expect(logFraction([0.01, 1], 0.1)).toBeCloseTo(0.5);
  });
});

describe(clip, () => {
  it('cuts long names with an ellipsis, by characters, not UTF-16 units', () => {
    expect(clip('Claude Sonnet 4.5', 10)).toBe('Claude So…');
    expect(clip('short', 10)).toBe('short');
    expect(clip('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
