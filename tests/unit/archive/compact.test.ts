import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/lib/api/dates.ts';
import { datesToKeep } from '../../../src/lib/archive/compact.ts';

const TODAY = '2026-11-25'; // a Wednesday

/** Every date from `from` through `to`. */
function everyDay(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

describe(datesToKeep, () => {
  it('keeps every date of the last 35 days, today included', () => {
    const recent = everyDay(addDays(TODAY, -34), TODAY);
    expect(datesToKeep(recent, TODAY)).toEqual(recent);
  });

  it('keeps the newest date of each ISO week between 35 days and two years', () => {
    // 2026-09-14 (Mon) … 2026-09-27 (Sun): two whole ISO weeks, 59–72 days old.
    expect(datesToKeep(everyDay('2026-09-14', '2026-09-27'), TODAY)).toEqual(['2026-09-20', '2026-09-27']);
  });

  it('keeps one date per week even when that week is not complete', () => {
    expect(datesToKeep(['2026-09-14', '2026-09-16'], TODAY)).toEqual(['2026-09-16']);
  });

  it('keeps the newest date of each month beyond two years', () => {
    expect(datesToKeep(everyDay('2024-09-01', '2024-10-31'), TODAY)).toEqual(['2024-09-30', '2024-10-31']);
  });

  it('thins the older part of a week straddling the 35-day line, keeping the recent days whole', () => {
    // 2026-10-21 (Wed) is 35 days old, the first weekly-tier date; 2026-10-19 … 21 share its ISO week.
    const kept = datesToKeep(everyDay('2026-10-19', '2026-10-23'), TODAY);
    expect(kept).toEqual(['2026-10-21', '2026-10-22', '2026-10-23']);
  });

  it('is stable: compacting again keeps the same dates', () => {
    const all = everyDay('2024-01-01', TODAY);
    const once = datesToKeep(all, TODAY);
    expect(datesToKeep(once, TODAY)).toEqual(once);
    expect(once.length).toBeLessThan(all.length);
  });

  it('never drops a date after today', () => {
    expect(datesToKeep(['2026-12-01'], TODAY)).toEqual(['2026-12-01']);
  });
});
