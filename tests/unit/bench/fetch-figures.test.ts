import { describe, expect, it } from 'vitest';
import { DAILY_BUDGET } from '../../../src/lib/api/pacing.ts';
import { DATASETS } from '../../../src/lib/archive/format.ts';
import { ACCOUNT_DAILY_LIMIT, countByEndpoint, toFetchRunFigures } from '../../../src/lib/bench/fetch-figures.ts';
import type { PlannedRequest } from '../../../src/lib/fetch/plan.ts';

const rankings = (start: string, end: string): PlannedRequest => ({
  dataset: 'rankings-daily',
  key: `${start}..${end}`,
  query: { start_date: start, end_date: end },
});
const tasks: PlannedRequest = { dataset: 'task-classifications', key: '7d', query: { window: '7d' } };

/** A plan of `n` requests (the dataset does not matter to pacing). */
const planOf = (n: number): PlannedRequest[] => Array.from({ length: n }, () => tasks);

describe(countByEndpoint, () => {
  it('counts the requests of each endpoint in the plan', () => {
    const plan = [rankings('2025-01-01', '2026-01-01'), rankings('2026-01-02', '2026-11-25'), tasks];
    const counts = countByEndpoint(plan);
    expect(counts['rankings-daily']).toBe(2);
    expect(counts['task-classifications']).toBe(1);
  });

  it('lists every endpoint, with zero for those the plan leaves out', () => {
    const counts = countByEndpoint([tasks]);
    expect(Object.keys(counts)).toEqual([...DATASETS]);
    expect(DATASETS.filter((d) => d !== 'task-classifications').map((d) => counts[d])).toEqual(
      DATASETS.slice(1).map(() => 0),
    );
  });
});

describe(toFetchRunFigures, () => {
  it('gives the requests and the headroom under our budget and the account limit', () => {
    const figures = toFetchRunFigures(planOf(50), 50);
    expect(figures.requests).toBe(50);
    expect(figures.headroom).toEqual({ budget: DAILY_BUDGET - 50, account: ACCOUNT_DAILY_LIMIT - 50 });
  });

  it('implies no wait for up to 30 requests and a minute per further 30 (sliding window)', () => {
    expect(toFetchRunFigures(planOf(30), 30).pacedWallTimeMs).toBe(0);
    // The 31st waits for the first to leave the 60 s window.
    expect(toFetchRunFigures(planOf(31), 31).pacedWallTimeMs).toBe(60_000);
    expect(toFetchRunFigures(planOf(61), 61).pacedWallTimeMs).toBe(120_000);
  });

  it('takes the headroom from the day count, retries and earlier runs included', () => {
    expect(toFetchRunFigures(planOf(49), 120).headroom).toEqual({ budget: 330, account: 380 });
  });
});
