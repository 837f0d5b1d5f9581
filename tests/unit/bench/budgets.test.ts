import { describe, expect, it } from 'vitest';
import {
  firstVisitOverLine,
  narrowCostOverLine,
  overBudgetLines,
  PAGE_BUDGETS,
} from '../../../src/lib/bench/budgets.ts';
import { toPageWeight } from '../../../src/lib/bench/page-weight.ts';

/** A page weight with the given totals; the rest does not matter to the budgets. */
function weightOf(totalGzip: number, jsGzip: number) {
  const base = toPageWeight([], 1);
  return { ...base, total: { raw: totalGzip * 4, gzip: totalGzip }, js: { raw: jsGzip * 3, gzip: jsGzip } };
}

describe(overBudgetLines, () => {
  it('says nothing for a page at or within both budgets', () => {
    expect(overBudgetLines('/', weightOf(PAGE_BUDGETS.firstVisitGzip, PAGE_BUDGETS.jsGzip))).toEqual([]);
  });

  it('names the page and its first-visit size when it is over 100 KB gzip', () => {
    expect(overBudgetLines('/models/', weightOf(123_400, 2_000))).toEqual([
      '/models/: first visit 123.4 KB gzip, over the 100 KB budget',
    ]);
  });

  it('names the JS size when it is over 15 KB gzip, and both when both are over', () => {
    expect(overBudgetLines('/tasks/', weightOf(150_000, 15_001))).toEqual([
      '/tasks/: first visit 150.0 KB gzip, over the 100 KB budget',
      '/tasks/: JS 15.0 KB gzip, over the 15 KB budget',
    ]);
  });
});

describe(firstVisitOverLine, () => {
  it('flags a first visit over 100 KB gzip only', () => {
    expect(firstVisitOverLine('/', PAGE_BUDGETS.firstVisitGzip)).toBeUndefined();
    expect(firstVisitOverLine('/', 100_001)).toBe('/: first visit 100.0 KB gzip, over the 100 KB budget');
  });
});

describe(narrowCostOverLine, () => {
  it('flags narrow renderings that cost more than ×1.30, not those at or under it, nor a missing ratio', () => {
    expect(narrowCostOverLine('/models/', 1.42)).toBe('/models/: narrow renderings cost ×1.420, over ×1.30');
    expect(narrowCostOverLine('/models/', PAGE_BUDGETS.narrowCost)).toBeUndefined();
    expect(narrowCostOverLine('/models/', 1)).toBeUndefined();
    expect(narrowCostOverLine('/models/', null)).toBeUndefined();
  });
});
