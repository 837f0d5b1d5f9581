import { describe, expect, it } from 'vitest';
import type { LighthouseFigures } from '../../../src/lib/bench/lighthouse.ts';
import { median } from '../../../src/lib/bench/median.ts';
import { type PeerSide, toPeerMeasures } from '../../../src/lib/bench/peer-bench.ts';

function side(figures: {
  requests: number;
  jsGzip: number;
  totalGzip: number;
  lh: Partial<LighthouseFigures>;
  drawn?: number | null;
}): PeerSide {
  return {
    path: '/x/',
    requests: figures.requests,
    jsGzip: figures.jsGzip,
    totalGzip: figures.totalGzip,
    runPerformance: [],
    chartDrawnMs: figures.drawn === undefined ? 800 : figures.drawn,
    chartDrawnRuns: [],
    lighthouse: {
      lighthouseVersion: '13',
      formFactor: 'mobile',
      throttling: 'simulate',
      performance: 100,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs: 1000,
      tbtMs: 0,
      cls: 0,
      speedIndexMs: 900,
      warnings: [],
      ...figures.lh,
    },
  };
}

describe(toPeerMeasures, () => {
  it('divides the peer by ours for each measure', () => {
    const ours = side({ requests: 3, jsGzip: 1_000, totalGzip: 10_000, lh: {} });
    const peer = side({
      requests: 6,
      jsGzip: 90_000,
      totalGzip: 100_000,
      lh: { lcpMs: 1500, performance: 80 },
      drawn: 2400,
    });
    const measures = toPeerMeasures(ours, peer);
    expect(measures.map((m) => [m.measure, m.ratio])).toEqual([
      ['requests', 2],
      ['JS, gzip', 90],
      ['total, gzip', 10],
      ['chart drawn (throttled)', 3],
      ['LCP', 1.5],
      ['Speed Index', 1],
      ['TBT', null],
      ['performance', 0.8],
    ]);
  });

  it('has no ratio when ours is zero or a figure is missing', () => {
    const ours = side({ requests: 3, jsGzip: 0, totalGzip: 10_000, lh: { lcpMs: null }, drawn: null });
    const peer = side({ requests: 3, jsGzip: 5, totalGzip: 10_000, lh: {} });
    const byName = Object.fromEntries(toPeerMeasures(ours, peer).map((m) => [m.measure, m]));
    expect(byName['JS, gzip']).toMatchObject({ ours: 0, peer: 5, ratio: null });
    expect(byName['LCP']).toMatchObject({ ours: null, ratio: null });
    expect(byName['chart drawn (throttled)']).toMatchObject({ ours: null, peer: 800, ratio: null });
  });
});

describe(median, () => {
  it('takes the middle run (the lower middle of an even count), none for no runs', () => {
    expect(median([900, 300, 600])).toBe(600);
    expect(median([400, 100])).toBe(100);
    expect(median([])).toBeNull();
  });
});
