import { describe, expect, it } from 'vitest';
import { inRange, periodOf, previousRange, toDateRange, weekStartOf } from '../../../src/lib/transform/windows.ts';

describe(weekStartOf, () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // Monday
    ['2026-11-26', '2026-11-23'], // Thursday
    ['2026-11-29', '2026-11-23'], // Sunday belongs to the week before the next Monday
    ['2025-01-01', '2024-12-30'], // ISO week crossing a year end
  ])('%s -> %s', (date, expected) => expect(weekStartOf(date)).toBe(expected));
});

describe(periodOf, () => {
  it.each([
    ['2026-11-26', 'day', '2026-11-26'],
    ['2026-11-26', 'week', '2026-11-23'],
  ] as const)('%s at %s grain -> %s', (date, grain, expected) => expect(periodOf(date, grain)).toBe(expected));
});

describe(toDateRange, () => {
  it.each([
    ['30d', '2025-01-01', '2026-11-24', { start: '2026-10-26', end: '2026-11-24', days: 30, grain: 'day' }],
    ['90d', '2025-01-01', '2026-11-24', { start: '2026-08-27', end: '2026-11-24', days: 90, grain: 'day' }],
    ['7d', '2025-01-01', '2026-11-24', { start: '2026-11-18', end: '2026-11-24', days: 7, grain: 'day' }],
    ['1d', '2025-01-01', '2026-11-24', { start: '2026-11-24', end: '2026-11-24', days: 1, grain: 'day' }],
    // clipped to the archive's first day
    ['30d', '2026-11-20', '2026-11-24', { start: '2026-11-20', end: '2026-11-24', days: 5, grain: 'day' }],
    // a short archive stays daily even for `all` and `1y`
    ['all', '2026-10-01', '2026-11-24', { start: '2026-10-01', end: '2026-11-24', days: 55, grain: 'day' }],
    ['1y', '2026-10-01', '2026-11-24', { start: '2026-10-01', end: '2026-11-24', days: 55, grain: 'day' }],
    // long views: whole ISO weeks, Monday 2025-01-06 through Sunday 2026-11-22 (24 Nov is a Tuesday)
    ['all', '2025-01-01', '2026-11-24', { start: '2025-01-06', end: '2026-11-22', days: 686, grain: 'week' }],
    ['1y', '2025-01-01', '2026-11-24', { start: '2025-11-24', end: '2026-11-22', days: 364, grain: 'week' }],
    // a Sunday end keeps its own week
    ['1y', '2025-01-01', '2026-11-22', { start: '2025-11-24', end: '2026-11-22', days: 364, grain: 'week' }],
  ] as const)('%s over %s..%s', (window, first, last, expected) =>
    expect(toDateRange(window, first, last)).toEqual(expected),
  );

  it('is null for an empty span', () => expect(toDateRange('30d', '2026-11-24', '2026-11-23')).toBeNull());
});

describe(previousRange, () => {
  it('is the equal window just before', () =>
    expect(previousRange({ start: '2026-11-18', end: '2026-11-24', days: 7, grain: 'day' }, '2025-01-01')).toEqual({
      start: '2026-11-11',
      end: '2026-11-17',
      days: 7,
      grain: 'day',
    }));

  it('is null when the archive does not reach back that far', () =>
    expect(previousRange({ start: '2026-11-18', end: '2026-11-24', days: 7, grain: 'day' }, '2026-11-12')).toBeNull());
});

describe(inRange, () => {
  const range = { start: '2026-11-18', end: '2026-11-24', days: 7, grain: 'day' } as const;
  it.each([
    ['2026-11-17', false],
    ['2026-11-18', true],
    ['2026-11-24', true],
    ['2026-11-25', false],
  ])('%s -> %s', (date, expected) => expect(inRange(date, range)).toBe(expected));
});
