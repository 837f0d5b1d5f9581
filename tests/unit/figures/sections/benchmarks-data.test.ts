import { beforeAll, describe, expect, it } from 'vitest';
import {
  aaItemsOf,
  daItemsOf,
  recentUsageOf,
  usageCell,
} from '../../../../src/lib/figures/sections/benchmarks-data.ts';
import type { SiteData } from '../../../../src/lib/figures/site-data.ts';
import { aaItem, daItem, fixtureSiteData } from '../../../fakes/fixture-archive.ts';

let data: SiteData;
let empty: SiteData;
beforeAll(async () => {
  data = await fixtureSiteData({
    rankings: {
      '2026-11-08': { 'openai/gpt-4o': '10', 'openai/gpt-4o-2024-08-06': '5', other: '99' },
      '2026-11-09': { 'openai/gpt-4o': '20' },
      '2026-11-10': { 'openai/gpt-4o': '1000' },
    },
    benchmarks: {
      'artificial-analysis/coding': [aaItem('a/typed', 50, '0.000001')],
      'artificial-analysis': [aaItem('a/typed', 50, '0.000001'), aaItem('b/untyped', null, '0.000002')],
      'design-arena/models': [
        daItem('w/one', 'models', 'website', 1200, '0.000002'),
        daItem('w/two', 'models', 'website', 1100, '0.000001'),
        daItem('i/one', 'models', 'image', 1300, '0.000003'),
      ],
    },
  });
  empty = await fixtureSiteData({});
});

describe(aaItemsOf, () => {
  it("merges the index's response with the unfiltered one, each model once", () =>
    expect(aaItemsOf(data, 'coding')?.items.map((i) => i.model_permaslug)).toEqual(['a/typed', 'b/untyped']));

  it("falls back to the unfiltered response's meta without the index's own", () => {
    const loaded = aaItemsOf(data, 'agentic');
    expect(loaded?.items).toHaveLength(2);
    expect(loaded?.attribution).toContain('Source: artificial-analysis');
  });

  it('is null without a snapshot', () => expect(aaItemsOf(empty, 'intelligence')).toBeNull());
});

describe(daItemsOf, () => {
  it('keeps the category with the most models and lists every category', () => {
    const loaded = daItemsOf(data, 'models');
    expect(loaded?.category).toBe('website');
    expect(loaded?.categories).toEqual(['image', 'website']);
    expect(loaded?.items.map((i) => i.model_permaslug)).toEqual(['w/one', 'w/two']);
  });

  it('is null for an arena the snapshot lacks', () => expect(daItemsOf(data, 'agents')).toBeNull());
});

describe(recentUsageOf, () => {
  it('sums complete days per base model, leaving out other and the day in progress', () => {
    const usage = recentUsageOf(data);
    expect(usage?.end).toBe('2026-11-09');
    expect(usage?.tokens).toEqual(new Map([['openai/gpt-4o', 35n]]));
  });

  it('is null without rankings', () => expect(recentUsageOf(empty)).toBeNull());
});

describe(usageCell, () => {
  it('shows the short count with the exact one on hover, or a dash', () => {
    expect(usageCell(12_345_678_901n)).toEqual({ text: '12.3B tokens', title: '12,345,678,901 tokens' });
    expect(usageCell(null)).toBe('—');
  });
});
