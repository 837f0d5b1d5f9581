import { describe, expect, it } from 'vitest';
import { datesOf, elapsedMsOfDay, resolveWindow, todayOf, yesterdayOf } from '../../../src/mock/dates.ts';
import { isQueryError } from '../../../src/mock/route.ts';
import { NOW, TODAY, YESTERDAY } from '../../fakes/mock-harness.ts';

/** The QueryError message `resolveWindow` refuses `query` with. */
function refused(query: Record<string, string>): string {
  try {
    resolveWindow(new URLSearchParams(query), NOW);
  } catch (error) {
    if (isQueryError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(resolveWindow, () => {
  it('defaults to the 30 days before yesterday, yesterday included', () => {
    expect(resolveWindow(new URLSearchParams(), NOW)).toEqual({ start: '2026-04-10', end: YESTERDAY });
  });

  it('counts the default start back 30 days from a given end_date', () => {
    expect(resolveWindow(new URLSearchParams({ end_date: '2026-03-01' }), NOW)).toEqual({
      start: '2026-01-30',
      end: '2026-03-01',
    });
  });

  it.each([
    [
      { start_date: '2024-12-01', end_date: '2025-01-31' },
      { start: '2025-01-01', end: '2025-01-31' },
    ],
    [
      { start_date: '2024-06-01', end_date: '2025-06-01' },
      { start: '2025-01-01', end: '2025-06-01' },
    ],
    [{ end_date: '2025-01-10' }, { start: '2025-01-01', end: '2025-01-10' }],
  ])('clamps a start before 2025-01-01 forward: %o', (query, expected) => {
    expect(resolveWindow(new URLSearchParams(query), NOW)).toEqual(expected);
  });

  it.each([
    [{ start_date: '2025-05-11', end_date: '2026-05-11' }, 'today as end, 365 days'],
    [{ start_date: '2025-01-01', end_date: '2026-01-02' }, 'exactly 366 days apart'],
    [{ start_date: TODAY, end_date: TODAY }, 'one in-progress day'],
  ])('accepts %o (%s)', (query) => {
    expect(resolveWindow(new URLSearchParams(query), NOW).start).toBe(query.start_date);
  });

  it.each([
    [
      { start_date: '2026-02-30', end_date: '2026-03-05' },
      /start_date must be a calendar-valid YYYY-MM-DD date; got "2026-02-30"/,
    ],
    [{ end_date: '2026-13-01' }, /end_date must be a calendar-valid/],
    [{ end_date: '2026-5-1' }, /end_date must be a calendar-valid/],
    [{ start_date: '' }, /start_date must be a calendar-valid/],
    [{ start_date: '2026-05-02', end_date: '2026-05-01' }, /start_date 2026-05-02 is after end_date 2026-05-01/],
    [{ start_date: '2025-01-01', end_date: '2026-01-03' }, /spans 367 days; the maximum is 366/],
    [{ end_date: '2024-12-31' }, /end_date 2024-12-31 is before the dataset begins \(2025-01-01\)/],
    [{ start_date: '2024-01-01', end_date: '2024-12-31' }, /before the dataset begins/],
    [{ end_date: '2026-05-12' }, /end_date 2026-05-12 is in the future \(today is 2026-05-11 UTC\)/],
  ])('refuses %o', (query, message) => {
    expect(refused(query)).toMatch(message);
  });

  it('refuses a parameter given twice instead of picking one', () => {
    const query = new URLSearchParams([
      ['end_date', '2026-05-01'],
      ['end_date', '2026-05-02'],
    ]);
    expect(() => resolveWindow(query, NOW)).toThrow(/end_date is given 2 times/);
  });
});

describe(todayOf, () => {
  it('is the UTC date of now, and yesterday the day before', () => {
    expect(todayOf(new Date('2026-05-11T23:59:59.999Z'))).toBe('2026-05-11');
    expect(yesterdayOf(new Date('2026-03-01T00:00:00Z'))).toBe('2026-02-28');
  });
});

describe(elapsedMsOfDay, () => {
  it.each([
    ['2026-05-11T00:00:00Z', 0],
    ['2026-05-11T12:00:00Z', 43_200_000],
    ['2026-05-11T23:59:59.999Z', 86_399_999],
  ])('%s -> %d', (iso, ms) => {
    expect(elapsedMsOfDay(new Date(iso))).toBe(ms);
  });
});

describe(datesOf, () => {
  it('lists every date, both ends included, across month ends', () => {
    expect(datesOf('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(datesOf('2026-01-02', '2026-01-01')).toEqual([]);
  });
});
