import { describe, expect, it } from 'vitest';
import { shareOf, sumTokens, toTokens } from '../../../src/lib/transform/tokens.ts';

describe(sumTokens, () => {
  it('stays exact above 2^53', () => {
    expect(sumTokens([toTokens('9007199254740993'), 2n]).toString()).toBe('9007199254740995');
  });
});

describe(shareOf, () => {
  it.each([
    [1n, 4n, 0.25],
    [0n, 0n, 0],
    [2n ** 80n, 2n ** 82n, 0.25],
  ])('%s / %s = %s', (part, whole, expected) => {
    expect(shareOf(part, whole)).toBeCloseTo(expected, 12);
  });
});
