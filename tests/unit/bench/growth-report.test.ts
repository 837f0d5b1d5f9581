import { describe, expect, it } from 'vitest';
import type { GrowthNight } from '../../../src/lib/bench/growth-nights.ts';
import { projectGrowth } from '../../../src/lib/bench/growth-projection.ts';
import {
  frozenGrowthLine,
  growthComponentsLine,
  growthNightsTable,
  projectionTable,
} from '../../../src/lib/bench/growth-report.ts';

const INPUTS = { buildMsPerDataDay: null, outputBytesPerDataDay: 40_000, maxColumns: 60 };
const cost = (wallMs: number) => ({ wallMs, cpuMs: null, peakRssBytes: null, peakRssMethod: 'unavailable' as const });

function night(n: number, frozenFilesPerNight: number): GrowthNight {
  const step = n - 1;
  return {
    night: n,
    day: `2026-11-2${4 + n}`,
    failedSteps: n === 2 ? ['apps'] : [],
    data: { files: 600, bytes: 20_000_000 },
    embedsStore: { files: 10, bytes: 1_000_000 },
    gitPackedBytes: 5_000_000 + step * 100_000,
    dist: { files: 5_000 + step * frozenFilesPerNight, bytes: 200_000_000 + step * 1_000_000 },
    frozen: { files: 20 + step * frozenFilesPerNight, bytes: 1_000_000 + step * 1_000_000 },
    largestFile: { path: 'x', bytes: 300_000 },
    build: cost(65_000),
    freeze: cost(500),
    loadAverage: 2.25,
  };
}

describe(growthNightsTable, () => {
  it('prints a row per night with its footprints, costs and failed steps', () => {
    const lines = growthNightsTable([night(1, 1), night(2, 1)]).split('\n');
    expect(lines[0]).toMatch(/^night\s+day\s+data\/ bytes \/ files/);
    expect(lines[2]).toMatch(/^1\s+2026-11-25\s+20\.0 MB \/ 600\s+1\.0 MB \/ 10\s+5\.0 MB\s+200\.0 MB \/ 5000/);
    expect(lines[3]).toMatch(/^2 \(failed: apps\)\s+2026-11-26/);
    expect(lines[3]).toMatch(/1 min 05 s\s+0\.5 s\s+2\.3$/);
  });
});

describe(projectionTable, () => {
  it('prints each limit with the projected value and ok or OVER per horizon', () => {
    const table = projectionTable(projectGrowth([night(1, 10), night(2, 10)], [1, 5], INPUTS));
    const files = table.split('\n').find((line) => line.startsWith('Cloudflare Pages free'));
    expect(files).toMatch(/files per site\s+20000\s+8650 ok\s+23250 OVER$/);
    expect(table.split('\n')[0]).toMatch(/after 1 year\s+after 5 years$/);
  });
});

describe(frozenGrowthLine, () => {
  it('says what frozen embeds add to the deploy and data/ to git in a year', () => {
    const nights = [night(1, 2), night(2, 2)];
    expect(frozenGrowthLine(projectGrowth(nights, [1], INPUTS), nights)).toBe(
      'Frozen embeds add 365.0 MB and 730 files a year to the deploy; data/ adds 36.5 MB a year in git.',
    );
  });

  it('says so when there is nothing to project', () => {
    expect(frozenGrowthLine([], [night(1, 1)])).toBe('Frozen embeds: too few nights to project.');
  });
});

describe(growthComponentsLine, () => {
  it('says what frozen embeds, history columns and rankings history come to at the furthest horizon', () => {
    const nights = [night(1, 2), night(2, 2)];
    expect(growthComponentsLine(projectGrowth(nights, [1, 5], INPUTS))).toBe(
      'After 5 years: frozen embeds 1.8 GB / 3670 files (linear); history charts at 60 columns add 0 B and ' +
        "0 files; rankings history adds 73.0 MB (the build part's output per day of data).",
    );
  });

  it('says when rankings history is left out', () => {
    const nights = [night(1, 2), night(2, 2)];
    const line = growthComponentsLine(projectGrowth(nights, [1], { ...INPUTS, outputBytesPerDataDay: null }));
    expect(line).toMatch(/^After 1 year: .* rankings history adds 0 B \(left out: no build part fit/);
  });

  it('says so when there is nothing to project', () => {
    expect(growthComponentsLine([])).toBe('Components: too few nights to project.');
  });
});
