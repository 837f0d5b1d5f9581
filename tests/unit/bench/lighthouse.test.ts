import { describe, expect, it } from 'vitest';
import { medianRun, toLighthouseFigures } from '../../../src/lib/bench/lighthouse.ts';

/** The parts of a Lighthouse report the bench reads, plus a field it ignores. */
function report(overrides: { performance?: number | null; lcp?: number } = {}) {
  return {
    lighthouseVersion: '13.5.0',
    configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate', extra: true },
    categories: {
      performance: { score: overrides.performance === undefined ? 0.987 : overrides.performance },
      accessibility: { score: 1 },
      'best-practices': { score: 0.96 },
      seo: { score: 0.9 },
    },
    audits: {
      'largest-contentful-paint': overrides.lcp === undefined ? {} : { numericValue: overrides.lcp },
      'total-blocking-time': { numericValue: 12.4 },
      'cumulative-layout-shift': { numericValue: 0 },
      'speed-index': { numericValue: 1820.7 },
    },
    runWarnings: [],
    timing: { total: 8000 },
  };
}

describe(toLighthouseFigures, () => {
  it('gives scores out of 100 and metrics as reported', () => {
    expect(toLighthouseFigures(report({ lcp: 1234.5 }))).toEqual({
      lighthouseVersion: '13.5.0',
      formFactor: 'mobile',
      throttling: 'simulate',
      performance: 99,
      accessibility: 100,
      bestPractices: 96,
      seo: 90,
      lcpMs: 1234.5,
      tbtMs: 12.4,
      cls: 0,
      speedIndexMs: 1820.7,
      warnings: [],
    });
  });

  it('keeps a score Lighthouse could not compute, and a missing metric, as null', () => {
    const figures = toLighthouseFigures(report({ performance: null }));
    expect(figures.performance).toBeNull();
    expect(figures.lcpMs).toBeNull();
  });

  it('throws one line naming the field when the report lacks a category', () => {
    const broken = { ...report(), categories: { performance: { score: 1 } } };
    expect(() => toLighthouseFigures(broken)).toThrow(/^Lighthouse report: categories\.accessibility: /);
  });
});

describe(medianRun, () => {
  const run = (performance: number | null, lcpMs: number | null) => ({
    ...toLighthouseFigures(report()),
    performance,
    lcpMs,
  });

  it('takes the middle run by performance score', () => {
    expect(medianRun([run(99, 900), run(91, 1500), run(100, 800)])).toEqual(run(99, 900));
  });

  it('orders equal scores by LCP and puts unscored runs last', () => {
    expect(medianRun([run(100, 950), run(null, null), run(100, 800)])).toEqual(run(100, 950));
  });

  it('takes the lower middle of an even count, and nothing of no runs', () => {
    expect(medianRun([run(90, 1), run(100, 1)])).toEqual(run(100, 1));
    expect(medianRun([])).toBeUndefined();
  });
});
