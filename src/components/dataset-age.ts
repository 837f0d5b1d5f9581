import { formatDate } from '../lib/transform/format.ts';

/** After this many hours without a refresh the nightly rebuild has missed at least one night. */
export const STALE_AFTER_HOURS = 48;

/** What `DatasetAge` shows: the as-of moment in words, how long ago that was, and whether it is stale. */
export type DatasetAge = { asOfLabel: string; ageLabel: string; hours: number; stale: boolean };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

/**
 * The age of a dataset from its `as_of` at build time `now`:
 * `toDatasetAge('2026-05-12T02:00:00Z', new Date('2026-05-12T08:00:00Z'))` gives
 * `{ asOfLabel: '12 May 2026, 02:00 UTC', ageLabel: '6 hours ago', hours: 6, stale: false }`.
 * A date-only `as_of` (task classifications: the window's last day) counts from the end of that UTC day, so a
 * window that ended yesterday is not called stale early. A future `as_of` (clock skew) counts as just now.
 */
export function toDatasetAge(asOf: string, now: Date, staleAfterHours = STALE_AFTER_HOURS): DatasetAge {
  const dateOnly = DATE_ONLY.test(asOf);
  const moment = dateOnly ? Date.parse(`${asOf}T00:00:00Z`) + 24 * HOUR_MS : Date.parse(asOf);
  if (Number.isNaN(moment)) throw new Error(`dataset age: cannot read as_of "${asOf}" (expected an ISO date or time)`);
  const hours = Math.max(0, Math.floor((now.getTime() - moment) / HOUR_MS));
  return {
    asOfLabel: dateOnly ? formatDate(asOf) : toUtcLabel(new Date(moment)),
    ageLabel: toAgeLabel(hours),
    hours,
    stale: hours >= staleAfterHours,
  };
}

/** `new Date('2026-05-12T02:00:00Z')` -> `12 May 2026, 02:00 UTC`. */
function toUtcLabel(date: Date): string {
  const time = date.toISOString().slice(11, 16);
  return `${formatDate(date.toISOString())}, ${time} UTC`;
}

/** Whole hours -> `less than an hour ago`, `1 hour ago`, `30 hours ago`, `3 days ago`. */
function toAgeLabel(hours: number): string {
  if (hours < 1) return 'less than an hour ago';
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
