import { describe, expect, it } from 'vitest';
import type { DamagedFile } from '../../../src/lib/archive/damage.ts';
import { planFetch } from '../../../src/lib/fetch/plan.ts';
import { damageLine, toRepairPlan, toRepairState } from '../../../src/lib/fetch/repair.ts';

const missing = (dataset: DamagedFile['dataset'], file: string): DamagedFile => ({
  dataset,
  file,
  problem: 'is listed in manifest.json but missing',
});

describe(toRepairState, () => {
  const state = {
    newestRankingsDate: '2026-05-11',
    newestViewWeeks: { 'rankings-category': { 'marketing/seo': '2026-05-11', programming: '2026-05-11' } },
    viewsCheckedThrough: { 'rankings-category': { 'marketing/seo': '2026-05-11', programming: '2026-05-11' } },
  };

  it('ends the rankings history the day before the earliest damaged month', () => {
    const damaged = [
      missing('rankings-daily', 'rankings-daily/2025-09.json'),
      missing('rankings-daily', 'rankings-daily/2025-06.json'),
    ];
    expect(toRepairState(state, damaged).newestRankingsDate).toBe('2025-05-31');
  });

  it('ends a damaged view the week before its month, leaving the other views and the input as they were', () => {
    const damaged = [missing('rankings-category', 'rankings-category/marketing-seo/2025-06.json')];
    const repaired = toRepairState(state, damaged);
    expect(repaired.newestViewWeeks?.['rankings-category']).toEqual({
      'marketing/seo': '2025-05-26',
      programming: '2026-05-11',
    });
    expect(repaired.viewsCheckedThrough?.['rankings-category']?.['marketing/seo']).toBe('2025-05-26');
    expect(state.newestViewWeeks['rankings-category']['marketing/seo']).toBe('2026-05-11');
  });

  it('leaves the plan alone for damaged snapshots: they cannot be fetched again', () => {
    expect(toRepairState(state, [missing('benchmarks', 'benchmarks/2026-05-10.json')])).toEqual(state);
  });
});

describe(toRepairPlan, () => {
  const today = '2026-05-12';
  const plan = planFetch(
    { newestRankingsDate: '2026-05-11', newestViewWeeks: {}, viewsCheckedThrough: {} },
    { today, datasets: ['rankings-daily', 'benchmarks', 'task-classifications', 'rankings-modality'] },
  );

  it('keeps only the requests that repair: damaged views, and snapshot datasets whose newest file is damaged', () => {
    const damaged = [
      missing('rankings-modality', 'rankings-modality/audio/2025-06.json'),
      missing('benchmarks', 'benchmarks/2026-05-10.json'),
      missing('task-classifications', 'task-classifications/2026-05-11.json'),
    ];
    const repair = toRepairPlan(
      plan,
      damaged,
      new Set(['benchmarks/2026-05-11.json', 'task-classifications/2026-05-11.json']),
    );
    expect(repair.map((r) => ('view' in r ? `${r.dataset} ${r.view}` : r.dataset))).toEqual([
      'task-classifications',
      'rankings-modality audio',
      'rankings-modality audio',
    ]);
  });

  it('is empty when nothing is damaged', () => {
    expect(toRepairPlan(plan, [], new Set())).toEqual([]);
  });
});

describe(damageLine, () => {
  it('says what happens to each damaged file', () => {
    expect(damageLine(missing('rankings-daily', 'rankings-daily/2025-06.json'))).toBe(
      'Repair: rankings-daily/2025-06.json is listed in manifest.json but missing; fetching its month again.',
    );
    expect(damageLine(missing('benchmarks', 'benchmarks/2026-05-10.json'))).toMatch(/cannot be fetched again/);
  });
});
