import { describe, expect, it } from 'vitest';
import { APP_SUBCATEGORIES } from '../../../src/lib/api/taxonomy.ts';
import { DATASETS } from '../../../src/lib/archive/format.ts';
import { describeRequest, planFetch } from '../../../src/lib/fetch/plan.ts';

const ALL = [...DATASETS];

describe(planFetch, () => {
  it('plans the full history plus every snapshot request for an empty archive', () => {
    const plan = planFetch({ newestRankingsDate: null }, { today: '2026-11-25', datasets: ALL });
    expect(plan.filter((r) => r.dataset === 'rankings-daily').map(describeRequest)).toEqual([
      'rankings-daily start_date=2025-01-01&end_date=2026-01-01',
      'rankings-daily start_date=2026-01-02&end_date=2026-11-25',
    ]);
    expect(plan).toHaveLength(2 + 40 + 7 + 1);
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
