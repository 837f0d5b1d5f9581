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

/** What one more history column, one more day of rankings and the night-1-to-2 jump cost in the nights below. */
const COLUMN = { bytes: 1e6, files: 3 };
const DAY = 40e3;
const JUMP = { bytes: 10e6, files: 400 };

/**
 * Nights from an empty archive whose non-frozen deploy grows by `JUMP` on night 2 (figures appearing), then by
 * `COLUMN` for each column gained (`maxColumns` caps them) and `DAY` a night; frozen embeds by 0.2 MB and 2 files.
 */
function componentNights(count: number, maxColumns: number, columnFiles = 0): GrowthNight[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const columns = Math.max(Math.min(n, maxColumns) - 2, 0);
    const later = n >= 2 ? 1 : 0;
    const other = {
      bytes: 150e6 + later * (JUMP.bytes + (n - 2) * DAY) + columns * COLUMN.bytes,
      files: 5000 + later * JUMP.files + columns * columnFiles,
    };
    const frozen = { bytes: 0.5e6 + i * 0.2e6, files: 9 + i * 2 };
    const base = night(n);
    return { ...base, frozen, dist: { bytes: other.bytes + frozen.bytes, files: other.files + frozen.files } };
  });
}

/** The non-frozen deploy of a night. */
const other = (n: GrowthNight | undefined) => ({
  bytes: (n?.dist.bytes ?? 0) - (n?.frozen.bytes ?? 0),
  files: (n?.dist.files ?? 0) - (n?.frozen.files ?? 0),
});

describe(projectGrowth, () => {
  const inputs = { buildMsPerDataDay: null, outputBytesPerDataDay: DAY, maxColumns: 60 };

  it('grows frozen embeds linearly from the first night to the last', () => {
    const [oneYear, fiveYears] = projectGrowth(componentNights(8, 60), [1, 5], inputs);
    expect(oneYear?.frozenBytes).toBeCloseTo(0.5e6 + 365 * 0.2e6);
    expect(fiveYears?.frozenFiles).toBe(9 + 5 * 365 * 2);
  });

  it("adds a column's cost for each column retention keeps, up to the cap, and a day's for each day", () => {
    const nights = componentNights(8, 60);
    const [oneYear, fiveYears] = projectGrowth(nights, [1, 5], inputs);
    expect(oneYear).toMatchObject({ historyColumns: 60, rankingsFrom: 'build' });
    expect(oneYear?.historyBytes).toBeCloseTo((60 - 8) * COLUMN.bytes);
    expect(oneYear?.rankingsBytes).toBeCloseTo((366 - 8) * DAY);
    expect(fiveYears?.historyBytes).toBeCloseTo((60 - 8) * COLUMN.bytes);
    const last = other(nights.at(-1));
    expect(fiveYears?.deployBytes).toBeCloseTo(
      last.bytes + (60 - 8) * COLUMN.bytes + (1826 - 8) * DAY + 0.5e6 + 5 * 365 * 0.2e6,
    );
  });

  it('does not take a one-off jump for what every column costs (the median step)', () => {
    const nights = componentNights(8, 60);
    // Night 7 also gains 3.6 MB of figures appearing once (the session-cost history on its second window).
    const jumped = nights.map((n) =>
      n.night >= 7 ? { ...n, dist: { bytes: n.dist.bytes + 3.6e6, files: n.dist.files + 163 } } : n,
    );
    const [plain] = projectGrowth(nights, [1], inputs);
    const [withJump] = projectGrowth(jumped, [1], inputs);
    expect(withJump?.historyBytes).toBeCloseTo(plain?.historyBytes ?? NaN);
    // The jump itself stays in the deploy: it is in the last night's figures.
    expect(withJump?.deployBytes).toBeCloseTo((plain?.deployBytes ?? NaN) + 3.6e6);
  });

  it('follows retention below the cap', () => {
    const [twoYears] = projectGrowth(componentNights(8, 60), [2], { ...inputs, maxColumns: 1000 });
    expect(twoYears?.historyColumns).toBeCloseTo(35 + 695 / 7 + 1 / (365.25 / 12));
    expect(twoYears?.historyBytes).toBeCloseTo((35 + 695 / 7 + 1 / (365.25 / 12) - 8) * COLUMN.bytes);
  });

  it('holds other files at the last night, plus files per column when columns add files', () => {
    const [held] = projectGrowth(componentNights(8, 60), [1], inputs);
    expect(held?.historyFiles).toBeCloseTo(0);
    expect(held?.deployFiles).toBeCloseTo(5400 + 9 + 365 * 2);
    const nights = componentNights(8, 60, COLUMN.files);
    const [grown] = projectGrowth(nights, [1], inputs);
    expect(grown?.historyFiles).toBeCloseTo((60 - 8) * COLUMN.files);
    expect(grown?.deployFiles).toBeCloseTo(other(nights.at(-1)).files + (60 - 8) * COLUMN.files + 9 + 365 * 2);
  });

  it('measures a day of rankings on nights that added no column when the build part gave none', () => {
    const [oneYear] = projectGrowth(componentNights(8, 4), [1], {
      ...inputs,
      maxColumns: 4,
      outputBytesPerDataDay: null,
    });
    expect(oneYear).toMatchObject({ historyColumns: 4, historyBytes: 0, rankingsFrom: 'nights' });
    expect(oneYear?.rankingsBytes).toBeCloseTo((366 - 8) * DAY);
  });

  it('leaves rankings out and costs the whole step as a column when nothing tells them apart', () => {
    const [oneYear] = projectGrowth(componentNights(8, 60), [1], { ...inputs, outputBytesPerDataDay: null });
    expect(oneYear).toMatchObject({ rankingsBytes: 0, rankingsFrom: 'none' });
    expect(oneYear?.historyBytes).toBeCloseTo((60 - 8) * (COLUMN.bytes + DAY));
  });

  it('never costs a column below zero when the given day costs more than the nights grew', () => {
    const [oneYear] = projectGrowth(componentNights(8, 60), [1], {
      ...inputs,
      outputBytesPerDataDay: 10 * COLUMN.bytes,
    });
    expect(oneYear?.historyBytes).toBe(0);
  });

  it('costs a column from the one step there is when there are only two nights', () => {
    const [oneYear] = projectGrowth(componentNights(2, 60), [1], inputs);
    expect(oneYear?.historyBytes).toBeCloseTo((60 - 2) * (JUMP.bytes - DAY));
  });

  it('takes the median build and adds the cost of the added days and of freezing more files', () => {
    const nights = [night(1, { buildMs: 50_000 }), night(2, { buildMs: 90_000 }), night(3, { buildMs: 60_000 })];
    const [oneYear] = projectGrowth(nights, [1], { ...inputs, buildMsPerDataDay: 10 });
    // median 60 s + 365 days × 10 ms + freeze 1 s × (20 + 730) / 24 files
    expect(oneYear?.buildMs).toBeCloseTo(60_000 + 3_650 + (1_000 * 750) / 24);
  });

  it('grows data/ in git linearly', () => {
    const [fiveYears] = projectGrowth([night(1), night(2), night(3)], [5], inputs);
    expect(fiveYears?.gitBytesPerYear).toBeCloseTo(365 * 0.2e6);
    expect(fiveYears?.gitBytes).toBeCloseTo(5e6 + 5 * 365 * 0.2e6);
    expect(fiveYears?.largestFileBytes).toBe(150_002);
  });

  it('projects nothing from no night or a single night', () => {
    expect(projectGrowth([], [1], inputs)).toEqual([]);
    expect(projectGrowth([night(1)], [1], inputs)).toEqual([]);
  });
});

describe(checkLimits, () => {
  it('marks each limit within or over, and leaves an unknown measure unknown', () => {
    const [projection] = projectGrowth([night(1), night(2)], [5], {
      buildMsPerDataDay: null,
      outputBytesPerDataDay: null,
      maxColumns: 60,
    });
    if (projection === undefined) throw new Error('no projection');
    const checks = checkLimits({ ...projection, deployFiles: 20_001, buildMs: null });
    const byWhat = (host: string, what: string) => checks.find((c) => c.host === host && c.what === what);
    expect(byWhat('Cloudflare Pages free', 'files per site')).toMatchObject({ value: 20_001, within: false });
    expect(byWhat('target (issue 18)', 'deploy size')?.within).toBe(true);
    expect(byWhat('GitHub Pages', 'deploy time (build + freeze as proxy)')?.within).toBeNull();
    expect(checks).toHaveLength(HOST_LIMITS.length);
  });
});
