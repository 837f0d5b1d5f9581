import { describe, expect, it } from 'vitest';
import type { BuildCase } from '../../../src/lib/bench/build-bench.ts';
import { toBuildGrowth } from '../../../src/lib/bench/build-bench.ts';
import type { FetchBenchRun } from '../../../src/lib/bench/fetch-bench.ts';
import { toDirSize } from '../../../src/lib/bench/dir-size.ts';
import { toFetchRunFigures } from '../../../src/lib/bench/fetch-figures.ts';
import {
  buildTable,
  endpointTable,
  fetchTable,
  fitLine,
  largestPagesLine,
  pageHtmlTable,
} from '../../../src/lib/bench/report.ts';
import { DATASETS } from '../../../src/lib/archive/format.ts';
import type { PlannedRequest } from '../../../src/lib/fetch/plan.ts';

function buildCase(years: number, rankingsDays: number, wallMs: number, htmlBytes: number): BuildCase {
  const output = toDirSize([
    { path: 'index.html', bytes: 1_000 },
    { path: 'models/top/index.html', bytes: htmlBytes },
  ]);
  return {
    years,
    day: `${2025 + years}-01-01`,
    rankingsDays,
    wallMs,
    cpuMs: wallMs * 1.1,
    peakRssBytes: 900_000_000,
    peakRssMethod: 'GNU time -v',
    archive: toDirSize([{ path: 'rankings-daily/2025-01.json', bytes: 3_000_000 * years }]),
    output,
    pages: 2,
    pageHtml: [
      { type: 'overview', path: '/', raw: 30_000, gzip: 8_000 },
      { type: 'model page', path: '/models/top/', raw: htmlBytes, gzip: htmlBytes / 10 },
    ],
    loadAverage: 1.5,
    outDir: '/tmp/x',
  };
}

/** A fetch run with the given requests per endpoint. */
function fetchRun(run: FetchBenchRun['run'], day: string, plan: readonly PlannedRequest[]): FetchBenchRun {
  return { run, day, ...toFetchRunFigures(plan, plan.length), filesWritten: 27, localWallTimeMs: 900 };
}

const tasks: PlannedRequest = { dataset: 'task-classifications', key: '7d', query: { window: '7d' } };
const rankings: PlannedRequest = {
  dataset: 'rankings-daily',
  key: '2026-11-22..2026-11-26',
  query: { start_date: '2026-11-22', end_date: '2026-11-26' },
};

describe(fetchTable, () => {
  it('prints one row per run with requests, paced wall time, files and headroom', () => {
    const run = fetchRun(
      'empty archive',
      '2026-11-25',
      Array.from({ length: 50 }, () => tasks),
    );
    const [, , row] = fetchTable([run]).split('\n');
    expect(row?.split(/\s{2,}/)).toEqual([
      'empty archive',
      '2026-11-25',
      '50',
      '1 min 00 s',
      '0.9 s',
      '27',
      '50',
      '400',
      '450',
    ]);
  });
});

describe(endpointTable, () => {
  it('prints one row per endpoint with each run in a column', () => {
    const runs = [
      fetchRun('empty archive', '2026-11-25', [rankings, rankings, tasks]),
      fetchRun('nightly re-run', '2026-11-26', [rankings]),
    ];
    const rows = endpointTable(runs)
      .split('\n')
      .slice(2)
      .map((line) => line.split(/\s{2,}/));
    expect(rows.find((row) => row[0] === 'rankings-daily')).toEqual(['rankings-daily', '2', '1']);
    expect(rows.find((row) => row[0] === 'task-classifications')).toEqual(['task-classifications', '1', '0']);
    expect(rows.map((row) => row[0])).toEqual([...DATASETS]);
  });
});

describe(buildTable, () => {
  it('prints each build with its growth against the smallest', () => {
    const cases = [buildCase(1, 366, 20_000, 100_000), buildCase(2, 731, 40_000, 200_000)];
    const lines = buildTable(cases, toBuildGrowth(cases)).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('1 year (to 2026-01-01)');
    expect(lines[3]).toContain('2 years (to 2027-01-01)');
    expect(lines[3]).toMatch(/×2\.00\s+×2\.00\s+×2\.00\s+×1\.00/); // days, time, CPU, RSS
  });
});

describe(largestPagesLine, () => {
  it('names the largest HTML page of each build', () => {
    expect(largestPagesLine([buildCase(1, 366, 1, 350_000)])).toBe(
      'Largest HTML page: 1y models/top/index.html 350.0 KB',
    );
  });
});

describe(pageHtmlTable, () => {
  it('prints each page type with its HTML in each build, KB gzip (raw)', () => {
    const cases = [buildCase(1, 366, 1, 100_000), buildCase(5, 1827, 1, 500_000)];
    expect(pageHtmlTable(cases).split('\n')).toEqual([
      'page             HTML 1y       HTML 5y',
      '----------  ------------  ------------',
      'overview      8.0 (30.0)    8.0 (30.0)',
      'model page  10.0 (100.0)  50.0 (500.0)',
    ]);
  });
});

describe(fitLine, () => {
  it('gives the fixed cost and the cost per year of data', () => {
    const fit = { intercept: 10_000, slope: 100, r2: 0.9987 };
    expect(fitLine('Build time', fit, (ms) => `${ms / 1000} s`)).toBe(
      'Build time ≈ 10 s + 36.5 s per year of data (r² 0.999)',
    );
  });

  it('says so when there were too few sizes to fit', () => {
    expect(fitLine('Build time', null, String)).toBe('Build time: too few archive sizes to fit a line.');
  });
});
