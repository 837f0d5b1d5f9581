/** The date rules of rankings-daily and app-rankings, and the clock arithmetic of the in-progress day. */
import { DATASET_START, isCalendarDate, MAX_SPAN_DAYS } from '../lib/api/common.ts';
import { addDays, daysBetween, toIsoDate } from '../lib/api/dates.ts';
import { QueryError, quote, readParam } from './route.ts';

const DAY_MS = 86_400_000;

/** Days between the default `start_date` and `end_date` (spec: "30 days before end_date"). */
const DEFAULT_WINDOW_DAYS = 30;

/** A resolved window, both bounds inclusive, as echoed in `meta`. */
export interface ResolvedWindow {
  readonly start: string;
  readonly end: string;
}

/** The UTC day of `now`; its totals are partial. */
export function todayOf(now: Date): string {
  return toIsoDate(now);
}

/** The most recent completed UTC day: the day before `now`'s. */
export function yesterdayOf(now: Date): string {
  return addDays(todayOf(now), -1);
}

/** Milliseconds of `now`'s UTC day already elapsed: 0 at midnight, 43 200 000 at noon. */
export function elapsedMsOfDay(now: Date): number {
  return ((now.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
}

/** Milliseconds in one UTC day: the denominator of {@link elapsedMsOfDay}. */
export const DAY_LENGTH_MS = DAY_MS;

function readDate(query: URLSearchParams, name: string): string | undefined {
  const value = readParam(query, name);
  if (value !== undefined && !isCalendarDate(value)) {
    throw new QueryError(`${name} must be a calendar-valid YYYY-MM-DD date; got ${quote(value)}`);
  }
  return value;
}

/**
 * Resolves `start_date` / `end_date` against `now` by the spec's rules, or throws a {@link QueryError}:
 * defaults (end = yesterday, start = end - 30 days), start clamped forward to 2025-01-01, end before 2025-01-01,
 * start after end, and a span (end - start) over 366 days are refused. Two choices the spec leaves open: an
 * end_date after today (UTC) is refused as "in the future" (today itself is allowed: its rows are partial), and
 * the span is checked after clamping, so the resolved window is what must fit.
 */
export function resolveWindow(query: URLSearchParams, now: Date): ResolvedWindow {
  const today = todayOf(now);
  const askedEnd = readDate(query, 'end_date');
  const askedStart = readDate(query, 'start_date');
  const end = askedEnd ?? yesterdayOf(now);
  if (end < DATASET_START) {
    throw new QueryError(`end_date ${end} is before the dataset begins (${DATASET_START})`);
  }
  if (end > today) throw new QueryError(`end_date ${end} is in the future (today is ${today} UTC)`);
  const wanted = askedStart ?? addDays(end, -DEFAULT_WINDOW_DAYS);
  const start = wanted < DATASET_START ? DATASET_START : wanted;
  if (start > end) throw new QueryError(`start_date ${start} is after end_date ${end}`);
  const span = daysBetween(start, end);
  if (span > MAX_SPAN_DAYS) {
    throw new QueryError(`the window ${start}..${end} spans ${span} days; the maximum is ${MAX_SPAN_DAYS}`);
  }
  return { start, end };
}

/** Every date from `start` to `end`, both inclusive: `datesOf('2025-01-30', '2025-02-01')` has 3 dates. */
export function datesOf(start: string, end: string): string[] {
  const count = daysBetween(start, end) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(start, i));
}
