/**
 * Time windows over the archive's complete days: which dates a view covers, at which grain, and the equal
 * window before it (the baseline of a change). Dates are `YYYY-MM-DD` in UTC; all arithmetic is on UTC days.
 */
import { addDays, daysBetween } from '../api/dates.ts';

/** The windows of the model share chart. */
export const SHARE_WINDOWS = ['30d', '90d', '1y', 'all'] as const;
export type ShareWindow = (typeof SHARE_WINDOWS)[number];

/** Every window a leaderboard can compare over: the chart's, the week of week-over-week change, and one day. */
export type Window = ShareWindow | '7d' | '1d';

/** Days each window spans, counted inclusively; `all` is the whole archive. */
const WINDOW_DAYS: Readonly<Record<Window, number | null>> = {
  '1d': 1,
  '7d': 7,
  '30d': 30,
  '90d': 90,
  '1y': 365,
  all: null,
};

/** Views longer than this are drawn as ISO-week sums: a 700-day daily area is too heavy and too noisy. */
const MAX_DAILY_SPAN = 90;

/** `day`: one point per date; `week`: one point per ISO week (Monday start), keyed by its Monday. */
export type Grain = 'day' | 'week';

/** The dates a view covers (inclusive) and its grain; `days` counts the dates from `start` to `end`. */
export type DateRange = { start: string; end: string; days: number; grain: Grain };

/** The Monday of a date's ISO week: `weekStartOf('2026-11-26') === '2026-11-23'` (a Thursday to its Monday). */
export function weekStartOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The period a date falls in at a grain: the date itself, or its week's Monday. */
export function periodOf(date: string, grain: Grain): string {
  return grain === 'day' ? date : weekStartOf(date);
}

/**
 * The dates a window covers, given the archive's first and newest complete dates: the last N days ending at
 * `last`, clipped to `first`. Views longer than 90 days use whole ISO weeks only, so no week is drawn short as if
 * traffic had dropped: they end on the last Sunday on or before `last` (`1y` is the 52 weeks to it) and start no
 * earlier than the first Monday on or after `first`.
 * `null` when the archive holds no day (or, for weeks, no whole week) of the window.
 */
export function toDateRange(window: Window, first: string, last: string): DateRange | null {
  if (daysBetween(first, last) < 0) return null;
  const span = WINDOW_DAYS[window];
  const wanted = span === null ? first : addDays(last, -(span - 1));
  const start = wanted < first ? first : wanted;
  const days = daysBetween(start, last) + 1;
  if (days <= MAX_DAILY_SPAN) return { start, end: last, days, grain: 'day' };
  return toWeeklyRange(span, first, last);
}

/** Whole ISO weeks: `span` days' worth (all when `null`) up to the last Sunday on or before `last`. */
function toWeeklyRange(span: number | null, first: string, last: string): DateRange | null {
  const sunday = addDays(weekStartOf(addDays(last, 1)), -1);
  const firstMonday = weekStartOf(first) === first ? first : addDays(weekStartOf(first), 7);
  const wanted = span === null ? firstMonday : addDays(sunday, -(Math.floor(span / 7) * 7 - 1));
  const monday = wanted < firstMonday ? firstMonday : wanted;
  if (daysBetween(monday, sunday) < 6) return null;
  return { start: monday, end: sunday, days: daysBetween(monday, sunday) + 1, grain: 'week' };
}

/**
 * The equal window just before `range` (the baseline of a change), or `null` when the archive does not reach
 * back that far: `previousRange({ start: '2026-11-18', end: '2026-11-24', days: 7, … }, '2025-01-01')` covers
 * 11–17 Nov.
 */
export function previousRange(range: DateRange, first: string): DateRange | null {
  const start = addDays(range.start, -range.days);
  if (start < first) return null;
  return { start, end: addDays(range.start, -1), days: range.days, grain: range.grain };
}

/** True when `date` lies inside `range` (both bounds inclusive). */
export function inRange(date: string, range: DateRange): boolean {
  return date >= range.start && date <= range.end;
}
