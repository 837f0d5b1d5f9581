import { describe, expect, it } from 'vitest';
import type { NarrowWeight } from '../../../src/lib/bench/narrow-weight.ts';
import { toPageWeight } from '../../../src/lib/bench/page-weight.ts';
import type { WeightBaseline } from '../../../src/lib/bench/weight-baseline.ts';
import {
  type PageWithNarrow,
  toWeightBeforeAfter,
  weightBeforeAfterLegend,
  weightBeforeAfterTable,
} from '../../../src/lib/bench/weight-compare.ts';

/** A weighed page of `nowGzip` bytes gzip, `withoutGzip` without its `pairs` narrow renderings. */
function page(type: string, path: string, nowGzip: number, withoutGzip: number, pairs: number): PageWithNarrow {
  const weight = { ...toPageWeight([], 1), total: { raw: nowGzip * 5, gzip: nowGzip } };
  const withoutNarrow: NarrowWeight = {
    renderings: pairs,
    html: { raw: withoutGzip * 5, gzip: withoutGzip },
    total: { raw: withoutGzip * 5, gzip: withoutGzip },
  };
  return { type, path, weight, withoutNarrow };
}

const BASELINE: WeightBaseline = {
  commit: '3fc3aa6fd42e58e6a3e7f4e0a9ad5d4f35b5e250',
  date: '2026-12-05',
  source: 'results at 62bea65',
  measured: 'first visit',
  pages: [
    { type: 'models', path: '/models/', totalGzip: 12_000, htmlGzip: 10_000 },
    { type: 'tasks', path: '/tasks/', totalGzip: 90_000, htmlGzip: 88_000 },
  ],
};

describe(toWeightBeforeAfter, () => {
  it('divides now by the recorded figure of the same page type and by itself without narrow renderings', () => {
    const [row] = toWeightBeforeAfter([page('models', '/models/', 13_000, 10_000, 2)], BASELINE);
    expect(row).toEqual({
      type: 'models',
      path: '/models/',
      beforeGzip: 12_000,
      nowGzip: 13_000,
      vsBefore: 13 / 12,
      withoutNarrowGzip: 10_000,
      narrowRenderings: 2,
      narrowCost: 1.3,
      flags: [],
    });
  });

  it('has no before figure for a page type the baseline lacks, or without a baseline', () => {
    const pages = [page('session cost', '/session-cost/', 9_000, 8_000, 1)];
    expect(toWeightBeforeAfter(pages, BASELINE)[0]).toMatchObject({ beforeGzip: null, vsBefore: null });
    expect(toWeightBeforeAfter([page('models', '/models/', 9_000, 8_000, 1)], null)[0]?.vsBefore).toBeNull();
  });

  it('flags a first visit over 100 KB gzip and a narrow cost over ×1.30, whatever the page weighed before', () => {
    const [row] = toWeightBeforeAfter([page('tasks', '/tasks/', 130_500, 100_000, 26)], BASELINE);
    expect(row?.flags).toEqual([
      '/tasks/: first visit 130.5 KB gzip, over the 100 KB budget',
      '/tasks/: narrow renderings cost ×1.305, over ×1.30',
    ]);
  });
});

describe(weightBeforeAfterTable, () => {
  it('prints KB gzip and ratios per page, – where nothing was recorded, the baseline commit in the header', () => {
    const rows = toWeightBeforeAfter(
      [page('models', '/models/', 13_000, 10_000, 2), page('about', '/about/', 8_000, 8_000, 0)],
      BASELINE,
    );
    const [header, , models, about] = weightBeforeAfterTable(rows, BASELINE).split('\n');
    expect(header).toContain('before 14 (3fc3aa6) KB gz');
    expect(models?.split(/\s{2,}/)).toEqual(['models', '/models/', '12.0', '13.0', '×1.08', '10.0', '2', '×1.30']);
    expect(about?.split(/\s{2,}/)).toEqual(['about', '/about/', '–', '8.0', '–', '8.0', '0', '×1.00']);
  });
});

describe(weightBeforeAfterLegend, () => {
  it('says what before means and that it does not isolate the narrow renderings, and that no page is flagged', () => {
    const rows = toWeightBeforeAfter([page('models', '/models/', 13_000, 10_000, 2)], BASELINE);
    const legend = weightBeforeAfterLegend(rows, BASELINE);
    expect(legend).toContain('the bench at 3fc3aa6 on 2026-12-05');
    expect(legend).toContain('does not isolate the narrow renderings');
    expect(legend.split('\n').at(-1)).toBe('Every page under 100 KB gzip with a narrow cost of ×1.30 or less.');
  });

  it('lists each flag, and says when there is no baseline', () => {
    const rows = toWeightBeforeAfter([page('tasks', '/tasks/', 50_000, 25_000, 26)], null);
    const lines = weightBeforeAfterLegend(rows, null).split('\n');
    expect(lines[0]).toMatch(/^before 14: no recorded figures .* is missing/);
    expect(lines.slice(-2)).toEqual(['Flagged:', '  /tasks/: narrow renderings cost ×2.000, over ×1.30']);
  });
});
