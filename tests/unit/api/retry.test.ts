import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter } from '../../../src/lib/api/retry.ts';

const NOW = Date.parse('2026-05-11T12:00:00Z');

describe(parseRetryAfter, () => {
  it.each([
    ['1', 1000],
    ['0', 0],
    [' 30 ', 30_000],
    ['Mon, 11 May 2026 12:00:05 GMT', 5000],
    ['Mon, 11 May 2026 11:00:00 GMT', 0],
  ])('reads %j as %i ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['-1'],
    ['1.5'],
    ['soon'],
    ['Mon, 31 Feb 2026 12:00:00 GMT'],
    ['2026-05-11T12:00:05Z'],
  ])('gives undefined for unreadable %j, never a guess', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe(backoffDelay, () => {
  it('doubles from 1 s and stops at the cap', () => {
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, DEFAULT_RETRY_POLICY))).toEqual([1000, 2000, 4000]);
    expect(backoffDelay(10, DEFAULT_RETRY_POLICY)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});

describe(isRetryableStatus, () => {
  it.each([
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
  ])('HTTP %i -> %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});
