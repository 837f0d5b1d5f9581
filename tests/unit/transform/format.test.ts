import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatExact,
  formatMonth,
  formatShare,
  formatTokens,
  lowerFirst,
} from '../../../src/lib/transform/format.ts';
import { attributionFor } from '../../../src/lib/transform/citation.ts';

describe(formatTokens, () => {
  it.each([
    [999n, '999'],
    [1234n, '1.23K'],
    [1234567890123n, '1.23T'],
    [45600000000n, '45.6B'],
    [-2500000n, '-2.50M'],
  ])('%s -> %s', (input, expected) => expect(formatTokens(input)).toBe(expected));
});

describe(formatExact, () => {
  it('groups digits of values beyond 2^53', () => expect(formatExact(9007199254740993n)).toBe('9,007,199,254,740,993'));
});

describe(formatShare, () => {
  it.each([
    [0.2345, '23.5%'],
    [0.0012, '0.12%'],
    [0, '0.0%'],
  ])('%s -> %s', (input, expected) => expect(formatShare(input)).toBe(expected));
});

describe(formatChange, () => {
  it.each([
    [0.25, '+25%'],
    [-0.4, '−40%'],
    [null, 'new'],
  ])('%s -> %s', (input, expected) => expect(formatChange(input)).toBe(expected));
});

describe(attributionFor, () => {
  it('cites OpenRouter with the snapshot as_of', () =>
    expect(attributionFor({ asOf: '2026-05-12T02:00:00.000Z', synthetic: false })).toBe(
      'Source: OpenRouter (openrouter.ai/rankings), as of 2026-05-12T02:00:00.000Z.',
    ));
  it('never cites OpenRouter for synthetic data, even with an API citation', () =>
    expect(attributionFor({ asOf: 'x', synthetic: true, apiCitation: 'Source: Design Arena' })).toMatch(/^Synthetic/));
  it('prefers the API citation for benchmarks', () =>
    expect(attributionFor({ asOf: 'x', synthetic: false, apiCitation: 'Source: AA.' })).toBe('Source: AA.'));
});

describe(lowerFirst, () => {
  it('lower-cases the first letter only', () => {
    expect(lowerFirst('Tokens per day')).toBe('tokens per day');
    expect(lowerFirst('ELO rating')).toBe('eLO rating');
    expect(lowerFirst('')).toBe('');
  });
});

describe('formatTokens at any size', () => {
  it('formats a 400-digit total exactly, never as Infinity', () => {
    const huge = BigInt(`9${'0'.repeat(399)}`);
    const text = formatTokens(huge);
    expect(text).not.toContain('Infinity');
    expect(text).toBe(`${formatExact(BigInt(`9${'0'.repeat(384)}`))}P`);
    expect(formatTokens(-huge)).toBe(`-${text}`);
  });

  it.each([
    [999_999n, '1.00M'],
    [1_005_000n, '1.01M'],
    [12_345_000n, '12.3M'],
    [99_950n, '100K'],
    [9_995n, '10.0K'],
    [123_456_789n, '123M'],
    [1_234_567_890_123_456_789n, '1,235P'],
    [9007199254740993n, '9.01P'],
  ])('%s -> %s', (input, expected) => expect(formatTokens(input)).toBe(expected));
});

describe(formatMonth, () => {
  it('names the month and year in UTC, whatever the day', () => {
    expect(formatMonth('2026-11-01')).toBe('Nov 2026');
    expect(formatMonth('2025-01-31')).toBe('Jan 2025');
  });
});
