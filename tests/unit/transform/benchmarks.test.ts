import { describe, expect, it } from 'vitest';
import type { ArtificialAnalysisItem, DesignArenaItem } from '../../../src/lib/api/benchmarks.ts';
import {
  blendedPrice,
  describeScatter,
  omittedNote,
  priceWords,
  scatterCsvColumns,
  scatterTakeaway,
  scoreProse,
  timeWords,
  toAaSet,
  toDaCategory,
  toDaEloSet,
  toDaSpeedSet,
} from '../../../src/lib/transform/benchmarks.ts';
import { toCsv } from '../../../src/lib/transform/csv.ts';
import type { RecentUsage } from '../../../src/lib/transform/recent-usage.ts';
import { toScatterLayout } from '../../../src/lib/transform/scatter-layout.ts';

function aa(slug: string, index: number | null, prompt: string | null, completion = prompt): ArtificialAnalysisItem {
  return {
    source: 'artificial-analysis',
    model_permaslug: slug,
    display_name: slug.split('/')[1] ?? slug,
    intelligence_index: index,
    coding_index: index === null ? null : index - 10,
    agentic_index: null,
    pricing: prompt === null || completion === null ? null : { prompt, completion },
  };
}

function da(slug: string, elo: number, winRate: number, ms: number | null, prompt: string | null): DesignArenaItem {
  return {
    source: 'design-arena',
    model_permaslug: slug,
    display_name: slug,
    arena: 'models',
    category: 'codecategories',
    elo,
    win_rate: winRate,
    avg_generation_time_ms: ms,
    tournament_stats: { first_place: 1, second_place: 0, third_place: 0, fourth_place: 0, total: 1 },
    pricing: prompt === null ? null : { prompt, completion: prompt },
  };
}

const USAGE: RecentUsage = {
  start: '2026-04-12',
  end: '2026-05-11',
  tokens: new Map([['openai/gpt-4o', 500n]]),
  models: new Map(),
};

describe(blendedPrice, () => {
  it.each([
    [{ prompt: '0.0000025', completion: '0.00001' }, 4.375],
    [{ prompt: '0.000003', completion: '0.000015' }, 6],
    [{ prompt: '0', completion: '0' }, 0],
    [null, null],
  ])('%j -> %s $/1M', (pricing, expected) => {
    const price = blendedPrice(pricing);
    if (expected === null) expect(price).toBeNull();
    else expect(price).toBeCloseTo(expected, 9);
  });
});

describe(toAaSet, () => {
  const items = [
    aa('openai/gpt-4o', 71.2, '0.0000025', '0.00001'),
    aa('openai/gpt-4o-mini', 55, '0.00000015', '0.0000006'),
    aa('meta/free-model', 40, '0'),
    aa('x/unpriced', 60, null),
    aa('x/unscored', null, '0.000001'),
  ];

  it('plots priced, scored models and counts the rest by reason', () => {
    const set = toAaSet(items, 'intelligence', USAGE);
    expect(set.points.map((p) => p.slug)).toEqual(['openai/gpt-4o', 'openai/gpt-4o-mini']);
    expect(set.omitted).toEqual({ free: 1, 'no price': 1, 'no score': 1 });
  });

  it('reads the chosen index', () => expect(toAaSet(items, 'coding', null).points.map((p) => p.y)).toEqual([61.2, 45]));

  it('joins recent usage on the base slug, null for models not in the rankings', () => {
    const dated = [aa('openai/gpt-4o-2024-05-13', 70, '0.000001'), aa('openai/o3', 80, '0.000001')];
    expect(toAaSet(dated, 'intelligence', USAGE).points.map((p) => p.usage)).toEqual([500n, null]);
  });
});

describe(toDaCategory, () => {
  const withCategory = (slug: string, category: string) => ({ ...da(slug, 1, 1, 1, null), category });
  it('keeps the category with the most models, ties alphabetical', () => {
    const picked = toDaCategory([
      withCategory('a/1', 'web'),
      withCategory('a/2', 'code'),
      withCategory('a/3', 'code'),
      withCategory('a/4', 'web'),
    ]);
    expect([picked.category, picked.categories, picked.items.map((i) => i.model_permaslug)]).toEqual([
      'code',
      ['code', 'web'],
      ['a/2', 'a/3'],
    ]);
  });
  it('is empty for no items', () => expect(toDaCategory([])).toEqual({ category: null, categories: [], items: [] }));
});

describe(toDaEloSet, () => {
  it('plots ELO against blended price', () => {
    const set = toDaEloSet([da('a/b', 1400, 70, 3000, '0.000002'), da('a/c', 1300, 60, 1000, null)], null);
    expect(set.points.map((p) => [p.slug, p.x, p.y])).toEqual([['a/b', 2, 1400]]);
    expect(set.omitted).toEqual({ 'no price': 1 });
  });
});

describe(toDaSpeedSet, () => {
  it('plots win rate against seconds and leaves out models without a time', () => {
    const set = toDaSpeedSet(
      [da('a/b', 1400, 72, 3200, null), da('a/c', 1300, 60, null, '0.1'), da('a/d', 1, 1, 0, null)],
      null,
    );
    expect(set.points.map((p) => [p.slug, p.x, p.y])).toEqual([['a/b', 3.2, 72]]);
    expect(set.omitted).toEqual({ 'no time': 2 });
  });
});

describe(omittedNote, () => {
  it('lists reasons in a fixed order', () =>
    expect(omittedNote({ points: [], omitted: { 'no score': 4, 'no price': 2 } })).toBe(
      'Left out: 2 without a price, 4 without a score.',
    ));
  it('is null when nothing was left out', () => expect(omittedNote({ points: [], omitted: {} })).toBeNull());
});

/** A right-to-left name, and the same name wrapped in FSI…PDI as sentences must carry it. */
const RTL = 'مساعد';
const ISOLATED = '\u2068مساعد\u2069';
const ISOLATES = /[\u2068\u2069]/;

describe(describeScatter, () => {
  const set = toAaSet(
    [aa('a/cheap', 50, '0.0000001'), aa('a/mid', 40, '0.000001'), aa('a/best', 70, '0.00001'), aa('a/none', null, '1')],
    'intelligence',
    null,
  );
  it('names the top scorer, the frontier and what was left out', () =>
    expect(describeScatter(set, priceWords('Intelligence index'))).toBe(
      '3 models plotted. Highest intelligence index: best (70) at $10.00 per 1M tokens. ' +
        'The frontier (no cheaper model scores higher) runs through cheap (50, $0.10 per 1M tokens), ' +
        'best (70, $10.00 per 1M tokens). Left out: 1 without a score.',
    ));
  it('isolates a right-to-left name and leaves a Latin one as it is', () => {
    const named = toAaSet(
      [aa('a/cheap', 50, '0.0000001'), { ...aa('a/best', 70, '0.00001'), display_name: RTL }],
      'intelligence',
      null,
    );
    const text = describeScatter(named, priceWords('Intelligence index'));
    expect(text).toContain(`Highest intelligence index: ${ISOLATED} (70) at $10.00 per 1M tokens.`);
    expect(text).toContain(`runs through cheap (50, $0.10 per 1M tokens), ${ISOLATED} (70, $10.00 per 1M tokens).`);
    expect(text.replaceAll(ISOLATED, '')).not.toMatch(ISOLATES);
  });
  it('says when nothing can be plotted', () =>
    expect(describeScatter({ points: [], omitted: {} }, timeWords('Win rate'))).toMatch(/^No models/));
});

describe(scoreProse, () => {
  it.each([
    ['Intelligence index', 'intelligence index'],
    ['ELO rating', 'ELO rating'],
    ['Win rate, %', 'win rate'],
  ])('%s -> %s', (label, prose) => expect(scoreProse(label)).toBe(prose));
});

describe(scatterTakeaway, () => {
  const set = toAaSet([aa('a/cheap', 50, '0.0000001'), aa('a/best', 70, '0.00001')], 'intelligence', null);
  it('names the top scorer and the cheapest frontier model', () =>
    expect(scatterTakeaway(set, priceWords('Intelligence index'))).toBe(
      'Highest intelligence index: best (70) at $10.00 per 1M tokens; cheapest on the frontier: cheap (50) at $0.10 per 1M tokens.',
    ));
  it('isolates a right-to-left name and leaves a Latin one as it is', () => {
    const named = toAaSet(
      [{ ...aa('a/cheap', 50, '0.0000001'), display_name: RTL }, aa('a/best', 70, '0.00001')],
      'intelligence',
      null,
    );
    expect(scatterTakeaway(named, priceWords('Intelligence index'))).toBe(
      `Highest intelligence index: best (70) at $10.00 per 1M tokens; cheapest on the frontier: ${ISOLATED} (50) at $0.10 per 1M tokens.`,
    );
  });
  it('says so when the top scorer is also the cheapest', () =>
    expect(scatterTakeaway({ ...set, points: set.points.slice(1) }, priceWords('Score'))).toMatch(
      /no model costs less\.$/,
    ));
  it('handles an empty set', () =>
    expect(scatterTakeaway({ points: [], omitted: {} }, priceWords('Score'))).toMatch(/^No models/));
});

describe(scatterCsvColumns, () => {
  it('writes each laid-out point with its frontier flag and usage', () => {
    const set = toAaSet(
      [aa('openai/gpt-4o', 71.2, '0.0000025', '0.00001'), aa('a/b', 10, '0.00001')],
      'intelligence',
      USAGE,
    );
    const { points } = toScatterLayout(set, { width: 880, height: 480 });
    expect(toCsv(scatterCsvColumns('blended_usd_per_1m', 'intelligence_index'), points)).toBe(
      'model_permaslug,display_name,blended_usd_per_1m,intelligence_index,on_frontier,recent_openrouter_tokens\r\n' +
        'openai/gpt-4o,gpt-4o,4.375,71.2,yes,500\r\n' +
        'a/b,b,10,10,no,\r\n',
    );
  });
});
