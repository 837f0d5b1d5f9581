import { DAILY_RETENTION_DAYS, WEEKLY_RETENTION_DAYS } from '../archive/compact.ts';

/** An average month, for the monthly tier of retention. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * About how many snapshots the archive keeps after `days` nightlies from an empty archive, by the retention rule
 * of src/lib/archive/compact.ts: every day of the last 35, then one per ISO week up to 730 days, then one per
 * month. An average, not a count of dates (a real archive is off by the partial week or month at each tier's
 * edge): `keptSnapshots(365) === 35 + (365 - 35) / 7`.
 */
export function keptSnapshots(days: number): number {
  const daily = Math.min(Math.max(days, 0), DAILY_RETENTION_DAYS);
  const weekly = Math.max(Math.min(days, WEEKLY_RETENTION_DAYS) - DAILY_RETENTION_DAYS, 0) / 7;
  const monthly = Math.max(days - WEEKLY_RETENTION_DAYS, 0) / DAYS_PER_MONTH;
  return daily + weekly + monthly;
}

/** The columns a history chart draws after `days` nightlies: the kept snapshots, at most `maxColumns`. */
export function historyColumnsAfter(days: number, maxColumns: number): number {
  return Math.min(keptSnapshots(days), maxColumns);
}
