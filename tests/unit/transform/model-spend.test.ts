import { describe, expect, it } from 'vitest';
import { toLeaderboard } from '../../../src/lib/transform/leaderboard-models.ts';
import {
  blendedPerMillion,
  formatUsd,
  spendCsv,
  toSpendEstimate,
  type ListPrice,
} from '../../../src/lib/transform/model-spend.ts';
import { day } from '../../fakes/model-rows.ts';

// One day: a/pricey has fewer tokens than b/cheap but costs more; c/unpriced has no list price.
const rows = day('2026-11-24', { 'a/pricey': 2_000_000, 'b/cheap': 6_000_000, 'c/unpriced': 1_000_000 }, 1_000_000);
const board = toLeaderboard(rows, { window: '30d', topN: 100 })!;
const PRICES: Record<string, ListPrice> = {
  'a/pricey': { promptPerMillion: 3, completionPerMillion: 15 },
  'b/cheap': { promptPerMillion: 0.1, completionPerMillion: 0.5 },
};
const priceOf = (slug: string) => PRICES[slug] ?? null;

describe(blendedPerMillion, () => {
  it.each([
    [{ promptPerMillion: 3, completionPerMillion: 15 }, 6],
    [{ promptPerMillion: 0, completionPerMillion: 0 }, 0],
    [{ promptPerMillion: 1, completionPerMillion: 1 }, 1],
  ])('blends %o at 3 prompt tokens to 1 completion token: %d', (price, blended) =>
    expect(blendedPerMillion(price)).toBe(blended),
  );
});

describe(toSpendEstimate, () => {
  const estimate = toSpendEstimate(board, priceOf)!;

  it('ranks priced models by tokens × blended price, not by tokens', () => {
    expect(estimate.rows.map((r) => [r.rank, r.key, r.spend])).toEqual([
      [1, 'a/pricey', 12],
      [2, 'b/cheap', 1.2],
    ]);
    expect(estimate.totalSpend).toBeCloseTo(13.2);
    expect(estimate.rows[0]?.spendShare).toBeCloseTo(12 / 13.2);
    expect(estimate.rows[1]?.tokenShare).toBeCloseTo(0.6);
  });

  it('leaves out Other and models without a list price, and says how many tokens that is', () => {
    expect(estimate.unpriced).toEqual([{ key: 'c/unpriced', tokens: 1_000_000n }]);
    expect([estimate.unpricedTokens, estimate.otherTokens, estimate.totalTokens]).toEqual([
      1_000_000n,
      1_000_000n,
      10_000_000n,
    ]);
  });

  it('is null when no model has a list price', () => expect(toSpendEstimate(board, () => null)).toBeNull());
});

describe(formatUsd, () => {
  it.each([
    [1_234_567, '$1.23M'],
    [45_600, '$45.6K'],
    [999.4, '$999'],
    [999_600, '$1.00M'],
    [2_500_000_000, '$2.50B'],
    [0.42, '$0.42'],
  ])('writes %d as %s', (usd, text) => expect(formatUsd(usd)).toBe(text));
});

describe(spendCsv, () => {
  it('writes every priced model with names and estimate-labelled money columns', () =>
    expect(spendCsv(toSpendEstimate(board, priceOf)!, (slug) => slug.toUpperCase())).toBe(
      'rank,model,name,tokens,prompt_usd_per_1m,completion_usd_per_1m,blended_3_to_1_usd_per_1m,estimated_spend_usd,' +
        'estimated_spend_share,token_share\r\n' +
        '1,a/pricey,A/PRICEY,2000000,3,15,6,12.00,0.909091,0.200000\r\n' +
        '2,b/cheap,B/CHEAP,6000000,0.1,0.5,0.2,1.20,0.090909,0.600000\r\n',
    ));
});
