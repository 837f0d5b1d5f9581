import { daysBetween, isoWeekOf, monthOf } from '../api/dates.ts';

/** Snapshots younger than this many days are all kept. */
export const DAILY_RETENTION_DAYS = 35;
/** Up to this age (two years) one snapshot per ISO week is kept; older ones thin to one per month. */
export const WEEKLY_RETENTION_DAYS = 730;

/**
 * Which snapshot dates the retention rule keeps, ascending: every date of the last 35 days (today included), then
 * the newest date of each ISO week up to two years old, then the newest date of each month. Each bucket only
 * competes with dates of the same tier, so a week straddling the 35-day line keeps its older dates' newest too.
 * Dates after `today` are kept. Pure: `datesToKeep(dates, today)` never reads the clock.
 */
export function datesToKeep(dates: readonly string[], today: string): string[] {
  const newestPerBucket = new Map<string, string>();
  const kept: string[] = [];
  for (const date of dates) {
    const age = daysBetween(date, today);
    if (age < DAILY_RETENTION_DAYS) {
      kept.push(date);
      continue;
    }
    const bucket = age <= WEEKLY_RETENTION_DAYS ? `week ${isoWeekOf(date)}` : `month ${monthOf(date)}`;
    const held = newestPerBucket.get(bucket);
    if (held === undefined || date > held) newestPerBucket.set(bucket, date);
  }
  return [...new Set([...kept, ...newestPerBucket.values()])].sort();
}
