import { describe, expect, it } from 'vitest';
import { MAX_SPAN_DAYS } from '../../../src/lib/api/common.ts';
import {
  addDays,
  daysBetween,
  isoWeekOf,
  isStartOfPeriod,
  monthStartOf,
  periodStartOf,
  rankingsWindows,
  splitIntoWindows,
  toIsoDate,
  weeklyWindows,
  weekStartOf,
} from '../../../src/lib/api/dates.ts';

/** Days in a window, both bounds counted. */
const span = (w: { start: string; end: string }) => daysBetween(w.start, w.end) + 1;

describe(addDays, () => {
  it.each([
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-05-11', -29, '2026-04-12'],
  ])('%s %+d -> %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe(toIsoDate, () => {
  it('takes the UTC date, not the local one', () => {
    expect(toIsoDate(new Date('2026-05-11T23:59:59.999Z'))).toBe('2026-05-11');
  });
});

describe(isoWeekOf, () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-05-11', '2026-W20'],
    ['2026-05-17', '2026-W20'],
    ['2026-05-18', '2026-W21'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });
});

describe(splitIntoWindows, () => {
  it('covers every day from start to end exactly once, in windows of at most 366 days counted inclusively', () => {
    const windows = splitIntoWindows('2025-01-01', '2027-03-15');
    expect(windows[0]?.start).toBe('2025-01-01');
    expect(windows.at(-1)?.end).toBe('2027-03-15');
    for (const window of windows) expect(span(window)).toBeLessThanOrEqual(MAX_SPAN_DAYS);
    for (let i = 1; i < windows.length; i += 1) {
      expect(windows[i]?.start).toBe(addDays(windows[i - 1]?.end ?? '', 1));
    }
    expect(windows.reduce((days, w) => days + span(w), 0)).toBe(daysBetween('2025-01-01', '2027-03-15') + 1);
  });

  it('ends the first window on its 366th day', () => {
    expect(splitIntoWindows('2025-01-01', '2026-01-05')).toEqual([
      { start: '2025-01-01', end: '2026-01-01' },
      { start: '2026-01-02', end: '2026-01-05' },
    ]);
  });

  it('keeps a window of exactly 366 days whole and splits one of 367', () => {
    expect(splitIntoWindows('2025-01-01', '2026-01-01')).toHaveLength(1);
    expect(splitIntoWindows('2025-01-01', '2026-01-02')).toHaveLength(2);
  });

  it('gives one single-day window when start is end, and none when end is before start', () => {
    expect(splitIntoWindows('2026-05-11', '2026-05-11')).toEqual([{ start: '2026-05-11', end: '2026-05-11' }]);
    expect(splitIntoWindows('2026-05-11', '2026-05-10')).toEqual([]);
  });
});

describe(rankingsWindows, () => {
  it('asks for the full history since 2025-01-01 when the archive is empty', () => {
    const windows = rankingsWindows(null, '2026-11-25');
    expect(windows).toEqual([
      { start: '2025-01-01', end: '2026-01-01' },
      { start: '2026-01-02', end: '2026-11-25' },
    ]);
  });

  it('re-fetches from 3 days before the newest archived date through today, the in-progress day included', () => {
    expect(rankingsWindows('2026-11-24', '2026-11-25')).toEqual([{ start: '2026-11-21', end: '2026-11-25' }]);
  });

  it('never starts before the dataset does', () => {
    expect(rankingsWindows('2025-01-02', '2025-01-10')).toEqual([{ start: '2025-01-01', end: '2025-01-10' }]);
  });

  it('splits a long-stale archive into windows of at most 366 days', () => {
    const windows = rankingsWindows('2025-01-10', '2026-11-25');
    expect(windows[0]?.start).toBe('2025-01-07');
    expect(windows.at(-1)?.end).toBe('2026-11-25');
    for (const window of windows) expect(span(window)).toBeLessThanOrEqual(MAX_SPAN_DAYS);
  });
});

describe(weekStartOf, () => {
  it.each([
    ['2025-01-01', '2024-12-30'],
    ['2026-05-11', '2026-05-11'],
    ['2026-05-17', '2026-05-11'],
    ['2026-03-01', '2026-02-23'],
  ])('%s -> the Monday %s', (date, monday) => {
    expect(weekStartOf(date)).toBe(monday);
  });
});

describe(periodStartOf, () => {
  it.each([
    ['2026-05-13', 'day', '2026-05-13'],
    ['2026-05-13', 'week', '2026-05-11'],
    ['2026-05-13', 'month', '2026-05-01'],
  ] as const)('%s by %s -> %s', (date, period, start) => {
    expect(periodStartOf(date, period)).toBe(start);
    expect(isStartOfPeriod(start, period)).toBe(true);
  });

  it('knows which dates start no week or month', () => {
    expect(isStartOfPeriod('2026-05-12', 'week')).toBe(false);
    expect(isStartOfPeriod('2026-05-11', 'month')).toBe(false);
    expect(monthStartOf('2026-12-31')).toBe('2026-12-01');
  });
});

describe(weeklyWindows, () => {
  it('backfills from the week of 2025-01-01 in 52-week windows, Monday to Sunday, the first clamped', () => {
    const windows = weeklyWindows(null, '2027-02-03');
    expect(windows).toEqual([
      { start: '2025-01-01', end: '2025-12-28' },
      { start: '2025-12-29', end: '2026-12-27' },
      { start: '2026-12-28', end: '2027-02-03' },
    ]);
    for (const w of windows) expect(span(w)).toBeLessThanOrEqual(MAX_SPAN_DAYS);
    for (const w of windows.slice(1)) expect(weekStartOf(w.start)).toBe(w.start);
  });

  it.each([
    ['2026-05-04', '2026-05-11', '2026-04-27'],
    ['2026-05-11', '2026-05-11', '2026-05-04'],
    ['2026-05-11', '2026-05-17', '2026-05-04'],
    ['2025-01-06', '2025-01-08', '2025-01-01'],
  ])('after week %s, on %s, re-fetches from %s', (newest, today, start) => {
    expect(weeklyWindows(newest, today)).toEqual([{ start, end: today }]);
  });
});
