import { describe, expect, it } from 'vitest';
import type { GrowthNight } from '../../../src/lib/bench/growth-nights.ts';
import { checkLimits, HOST_LIMITS, projectGrowth } from '../../../src/lib/bench/growth-projection.ts';

const cost = (wallMs: number) => ({ wallMs, cpuMs: null, peakRssBytes: null, peakRssMethod: 'unavailable' as const });

/** A night whose figures grow by `step` per night from night 1's. */
function night(n: number, options: { buildMs?: number; freezeMs?: number } = {}): GrowthNight {
  const step = n - 1;
  return {
    night: n,
    day: `2026-11-${String(24 + n).padStart(2, '0')}`,
    failedSteps: [],
    data: { files: 600 + step * 5, bytes: 20e6 + step * 1e6 },
    embedsStore: { files: 10 + step, bytes: 1e6 + step * 0.1e6 },
    gitPackedBytes: 5e6 + step * 0.2e6,
    dist: { files: 5000 + step * 2, bytes: 200e6 + step * 0.1e6 },
    frozen: { files: 20 + step * 2, bytes: 1e6 + step * 0.1e6 },
    largestFile: { path: 'models/index.html', bytes: 150_000 + step },
    build: cost(options.buildMs ?? 60_000),
    freeze: cost(options.freezeMs ?? 1_000),
    loadAverage: 2,
  };
}

describe(projectGrowth, () => {
  it('grows each measure by its average night-to-night step from the first night', () => {
    const [oneYear, fiveYears] = projectGrowth([night(1), night(2), night(3)], [1, 5], null);
    expect(oneYear?.deployFiles).toBe(5000 + 365 * 2);
    expect(oneYear?.deployBytes).toBeCloseTo(200e6 + 365 * 0.1e6);
    expect(oneYear?.gitBytesPerYear).toBeCloseTo(365 * 0.2e6);
    expect(fiveYears?.gitBytes).toBeCloseTo(5e6 + 5 * 365 * 0.2e6);
    expect(fiveYears?.frozenFiles).toBe(20 + 5 * 365 * 2);
    expect(fiveYears?.largestFileBytes).toBe(150_002);
  });

  it('takes the median build and adds the cost of the added days and of freezing more files', () => {
    const nights = [night(1, { buildMs: 50_000 }), night(2, { buildMs: 90_000 }), night(3, { buildMs: 60_000 })];
    const [oneYear] = projectGrowth(nights, [1], 10);
    // median 60 s + 365 days × 10 ms + freeze 1 s × (20 + 730) / 24 files
    expect(oneYear?.buildMs).toBeCloseTo(60_000 + 3_650 + (1_000 * 750) / 24);
  });

  it('projects nothing from a single night', () => {
    expect(projectGrowth([night(1)], [1], null)).toEqual([]);
  });
});

describe(checkLimits, () => {
  it('marks each limit within or over, and leaves an unknown measure unknown', () => {
    const [projection] = projectGrowth([night(1), night(2)], [5], null);
    if (projection === undefined) throw new Error('no projection');
    const checks = checkLimits({ ...projection, deployFiles: 20_001, buildMs: null });
    const byWhat = (host: string, what: string) => checks.find((c) => c.host === host && c.what === what);
    expect(byWhat('Cloudflare Pages free', 'files per site')).toMatchObject({ value: 20_001, within: false });
    expect(byWhat('target (issue 18)', 'deploy size')?.within).toBe(true);
    expect(byWhat('GitHub Pages', 'deploy time (build + freeze as proxy)')?.within).toBeNull();
    expect(checks).toHaveLength(HOST_LIMITS.length);
  });
});
