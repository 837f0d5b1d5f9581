import { describe, expect, it } from 'vitest';
import { dryRunLines, estimateEta, progressLine, retryLine, toClock } from '../../../src/lib/fetch/progress.ts';
import { planFetch } from '../../../src/lib/fetch/plan.ts';

const plan = planFetch(
  { newestRankingsDate: '2026-05-10' },
  { today: '2026-05-11', datasets: ['rankings-daily', 'task-classifications'] },
);
const [rankingsRequest] = plan;

describe(toClock, () => {
  it.each([
    [0, '00:00'],
    [1, '00:01'],
    [83_000, '01:23'],
    [6_000_000, '100:00'],
  ])('%i ms -> %s', (ms, text) => {
    expect(toClock(ms)).toBe(text);
  });
});

describe(progressLine, () => {
  it('shows the count, endpoint, query and ETA', () => {
    if (!rankingsRequest) throw new Error('expected a rankings request');
    expect(progressLine(1, 2, rankingsRequest, 65_000)).toBe(
      '[1/2] rankings-daily start_date=2026-05-07&end_date=2026-05-11 … ETA 01:05',
    );
  });
});

describe(retryLine, () => {
  it('says why and how long it waits', () => {
    expect(retryLine({ endpoint: 'benchmarks', attempt: 1, delayMs: 1000, reason: 'HTTP 503' }, 4)).toBe(
      '  benchmarks: HTTP 503, retrying in 1.0 s (try 2 of 4)',
    );
  });
});

describe(estimateEta, () => {
  it('takes the larger of the pacing floor and the average so far', () => {
    expect(estimateEta(1, 10, 0, 60_000)).toBe(60_000);
    expect(estimateEta(3, 10, 4_000, 0)).toBe(16_000);
  });
});

describe(dryRunLines, () => {
  const budget = {
    today: '2026-05-11',
    usedToday: 449,
    remainingToday: 1,
    dailyBudget: 450,
    relaxed: true,
    pacedMs: 0,
  };
  it('lists each request and says when the plan is over budget', () => {
    const lines = dryRunLines(plan, budget);
    expect(lines).toContain('  [2/2] task-classifications window=7d');
    expect(lines).toContain('Requests planned: 2 (rankings-daily 1, task-classifications 1).');
    expect(lines).toContain(
      'Budget for 2026-05-11: 449 used, 1 of 450 remaining; over by 1: the run would be refused.',
    );
    expect(lines.at(-1)).toBe('Wall time: no per-minute pacing (--relaxed-pacing).');
  });

  it('says that the pages of the paged datasets are an estimate when the plan has them', () => {
    const paged = planFetch({ newestRankingsDate: null }, { today: '2026-05-11', datasets: ['models'] });
    expect(dryRunLines(paged, budget).at(-1)).toBe(
      'Pages of models and session-cost are planned from the newest archive; a run follows the live counts.',
    );
  });
});
