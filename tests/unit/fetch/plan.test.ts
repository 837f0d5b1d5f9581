import { describe, expect, it } from 'vitest';
import { APP_SUBCATEGORIES } from '../../../src/lib/api/taxonomy.ts';
import { DATASETS, RANKINGS_VIEWS, type RankingsViewDataset } from '../../../src/lib/archive/format.ts';
import { type ArchiveState, describeRequest, planFetch } from '../../../src/lib/fetch/plan.ts';

const ALL = [...DATASETS];

describe(planFetch, () => {
  it('plans the full history plus every snapshot request for an empty archive', () => {
    const plan = planFetch({ newestRankingsDate: null }, { today: '2026-11-25', datasets: ALL });
    expect(plan.filter((r) => r.dataset === 'rankings-daily').map(describeRequest)).toEqual([
      'rankings-daily start_date=2025-01-01&end_date=2026-01-01',
      'rankings-daily start_date=2026-01-02&end_date=2026-11-25',
    ]);
    expect(plan).toHaveLength(2 + 40 + 7 + 1 + 2 * (12 + 2 + 5 + 5) + 2 + 1 + 1);
  });

  it('plans only the trailing re-fetch window for a nightly update', () => {
    const plan = planFetch({ newestRankingsDate: '2026-11-24' }, { today: '2026-11-25', datasets: ['rankings-daily'] });
    expect(plan.map(describeRequest)).toEqual(['rankings-daily start_date=2026-11-21&end_date=2026-11-25']);
  });

  it('asks app-rankings for both sorts over all apps, each category, and each subcategory without its category', () => {
    const plan = planFetch({ newestRankingsDate: null }, { today: '2026-11-25', datasets: ['app-rankings'] });
    const lines = plan.map(describeRequest);
    expect(lines.slice(0, 2)).toEqual([
      'app-rankings sort=popular&limit=100',
      'app-rankings sort=popular&category=coding&limit=100',
    ]);
    expect(lines).toContain('app-rankings sort=trending&subcategory=cli-agent&limit=100');
    expect(lines.filter((l) => l.includes('subcategory=') && /[ &]category=/.test(l))).toEqual([]);
    expect(lines.filter((l) => l.includes('subcategory='))).toHaveLength(2 * APP_SUBCATEGORIES.length);
    expect(new Set(plan.map((r) => r.key)).size).toBe(plan.length);
    expect(plan.map((r) => r.key)).toContain('trending/subcategory/cli-agent');
  });

  it('asks benchmarks for artificial-analysis overall and per task type, and design-arena per arena', () => {
    const plan = planFetch({ newestRankingsDate: null }, { today: '2026-11-25', datasets: ['benchmarks'] });
    expect(plan.map((r) => `${r.key} | ${describeRequest(r)}`)).toEqual([
      'artificial-analysis | benchmarks source=artificial-analysis&max_results=100',
      'artificial-analysis/coding | benchmarks source=artificial-analysis&task_type=coding&max_results=100',
      'artificial-analysis/intelligence | benchmarks source=artificial-analysis&task_type=intelligence&max_results=100',
      'artificial-analysis/agentic | benchmarks source=artificial-analysis&task_type=agentic&max_results=100',
      'design-arena/models | benchmarks source=design-arena&arena=models&max_results=100',
      'design-arena/builders | benchmarks source=design-arena&arena=builders&max_results=100',
      'design-arena/agents | benchmarks source=design-arena&arena=agents&max_results=100',
    ]);
  });

  it('asks task classifications for the 7-day window', () => {
    const plan = planFetch({ newestRankingsDate: null }, { today: '2026-11-25', datasets: ['task-classifications'] });
    expect(plan.map((r) => `${r.key} | ${describeRequest(r)}`)).toEqual(['7d | task-classifications window=7d']);
  });

  it('keeps run order whatever order the datasets are given in', () => {
    const plan = planFetch(
      { newestRankingsDate: '2026-11-24' },
      { today: '2026-11-25', datasets: ['task-classifications', 'rankings-daily'] },
    );
    expect(plan.map((r) => r.dataset)).toEqual(['rankings-daily', 'task-classifications']);
  });
});

/** An archive state whose every view was last fetched up to the week of `week`. */
function upToDate(newestRankingsDate: string, week: string): ArchiveState {
  const weeks = (dataset: RankingsViewDataset) =>
    Object.fromEntries(RANKINGS_VIEWS[dataset].views.map((view): [string, string] => [view, week]));
  return {
    newestRankingsDate,
    newestViewWeeks: {
      'rankings-category': weeks('rankings-category'),
      'rankings-language': weeks('rankings-language'),
      'rankings-modality': weeks('rankings-modality'),
      'rankings-context': weeks('rankings-context'),
    },
  };
}

describe('planFetch for the newer datasets', () => {
  it('backfills each view weekly since 2025 in 52-week windows that start on Mondays and never split a week', () => {
    const plan = planFetch({ newestRankingsDate: null }, { today: '2026-05-11', datasets: ['rankings-category'] });
    expect(plan).toHaveLength(2 * 12);
    expect(plan.slice(0, 2).map((r) => `${r.key} | ${describeRequest(r)}`)).toEqual([
      'programming/2025-01-01..2025-12-28 | rankings-category start_date=2025-01-01&end_date=2025-12-28&period=week&category=programming',
      'programming/2025-12-29..2026-05-11 | rankings-category start_date=2025-12-29&end_date=2026-05-11&period=week&category=programming',
    ]);
    expect(plan.map(describeRequest)).toContain(
      'rankings-category start_date=2025-12-29&end_date=2026-05-11&period=week&category=marketing%2Fseo',
    );
  });

  it('re-fetches only the trailing weeks of each view on a nightly update: from the week before the newest', () => {
    const plan = planFetch(upToDate('2026-05-10', '2026-05-04'), {
      today: '2026-05-11',
      datasets: ['rankings-language', 'rankings-modality', 'rankings-context'],
    });
    expect(plan).toHaveLength(2 + 5 + 5);
    const trailing = 'start_date=2026-04-27&end_date=2026-05-11&period=week&';
    expect(plan.filter((r) => !describeRequest(r).includes(trailing))).toEqual([]);
    expect(plan.map(describeRequest)).toContain(
      'rankings-context start_date=2026-04-27&end_date=2026-05-11&period=week&context_bucket=100K',
    );
  });

  it('backfills a view without history even when the other views are up to date', () => {
    const state = upToDate('2026-05-10', '2026-05-04');
    const modality = { ...state.newestViewWeeks?.['rankings-modality'] };
    delete modality['audio'];
    const plan = planFetch(
      { ...state, newestViewWeeks: { ...state.newestViewWeeks, 'rankings-modality': modality } },
      { today: '2026-05-11', datasets: ['rankings-modality'] },
    );
    expect(plan.filter((r) => r.key.startsWith('audio/')).map((r) => r.key)).toEqual([
      'audio/2025-01-01..2025-12-28',
      'audio/2025-12-29..2026-05-11',
    ]);
    expect(plan).toHaveLength(4 + 2);
  });

  it('plans only the trailing weeks for a view that had no rows but was fetched through yesterday', () => {
    const state = upToDate('2026-05-10', '2026-05-04');
    const modality = { ...state.newestViewWeeks?.['rankings-modality'] };
    delete modality['audio'];
    const plan = planFetch(
      {
        ...state,
        newestViewWeeks: { ...state.newestViewWeeks, 'rankings-modality': modality },
        viewsCheckedThrough: { 'rankings-modality': { audio: '2026-05-10' } },
      },
      { today: '2026-05-11', datasets: ['rankings-modality'] },
    );
    expect(plan.filter((r) => r.key.startsWith('audio/')).map(describeRequest)).toEqual([
      'rankings-modality start_date=2026-04-27&end_date=2026-05-11&period=week&modality=audio',
    ]);
    expect(plan).toHaveLength(5);
  });

  it('counts from the later of the newest archived week and the week of the day last fetched through', () => {
    const state: ArchiveState = {
      newestRankingsDate: '2026-05-10',
      newestViewWeeks: { 'rankings-language': { natural: '2026-02-02' } },
      viewsCheckedThrough: { 'rankings-language': { natural: '2026-05-10', programming: '2026-01-15' } },
    };
    const plan = planFetch(state, { today: '2026-05-11', datasets: ['rankings-language'] });
    expect(plan.map((r) => r.key)).toEqual(['natural/2026-04-27..2026-05-11', 'programming/2026-01-05..2026-05-11']);
  });

  it('asks benchmarks-openrouter for each of OpenRouter’s classic benchmarks', () => {
    const plan = planFetch({ newestRankingsDate: null }, { today: '2026-05-11', datasets: ['benchmarks-openrouter'] });
    expect(plan.map((r) => `${r.key} | ${describeRequest(r)}`)).toEqual([
      'openrouter/gpqa_diamond | benchmarks-openrouter source=openrouter&benchmark_type=gpqa_diamond&max_results=100',
      'openrouter/tau_bench_verified_airline | benchmarks-openrouter source=openrouter&benchmark_type=tau_bench_verified_airline&max_results=100',
    ]);
  });

  it('costs 102 requests for a fresh archive and 78 for a nightly update, far inside 30/min and 450/day', () => {
    const fresh = planFetch({ newestRankingsDate: null }, { today: '2026-05-11', datasets: ALL });
    const nightly = planFetch(
      { ...upToDate('2026-05-10', '2026-05-04'), modelsTotalCount: 223, sessionCostCells: 509 },
      { today: '2026-05-11', datasets: ALL },
    );
    expect([fresh.length, nightly.length]).toEqual([102, 78]);
  });
});

describe('planFetch for the model catalogue and session cost', () => {
  const plan = (state: Partial<ArchiveState>, dataset: 'models' | 'session-cost') =>
    planFetch({ newestRankingsDate: null, ...state }, { today: '2026-05-11', datasets: [dataset] }).map(
      (r) => `${r.key} | ${describeRequest(r)}`,
    );

  it('asks an empty archive for one catalogue page of 500 with every output modality', () => {
    expect(plan({}, 'models')).toEqual(['offset/0 | models offset=0&limit=500&output_modalities=all']);
  });

  it('plans as many catalogue pages as the newest archived total_count needs', () => {
    expect(plan({ modelsTotalCount: 1001 }, 'models').map((line) => line.split(' | ')[0])).toEqual([
      'offset/0',
      'offset/500',
      'offset/1000',
    ]);
    expect(plan({ modelsTotalCount: 500 }, 'models')).toHaveLength(1);
  });

  it('asks session cost for full pages of 500 until a short one, as many as the newest window needs', () => {
    expect(plan({}, 'session-cost')).toEqual(['offset/0 | session-cost limit=500&offset=0']);
    expect(plan({ sessionCostCells: 499 }, 'session-cost')).toHaveLength(1);
    // 1000 cells fill two pages; the third, empty, is the short page that ends them.
    expect(plan({ sessionCostCells: 1000 }, 'session-cost').map((line) => line.split(' | ')[0])).toEqual([
      'offset/0',
      'offset/500',
      'offset/1000',
    ]);
  });
});
