import { DATASET_START, MAX_SPAN_DAYS } from './common.ts';

/** Days re-fetched before the newest archived date: totals of recent days keep changing as late traffic lands. */
export const REFETCH_DAYS = 3;

/** Weeks re-fetched before the newest archived week of a weekly view: late traffic and re-estimates land there. */
export const REFETCH_WEEKS = 1;

/**
 * Weeks per request of a weekly view: 52 weeks are 364 days, inside the 366-day limit, and a window that starts
 * on a Monday then ends on a Sunday, so no week is split between two requests.
 */
export const WEEKS_PER_WINDOW = 52;

const DAY_MS = 86_400_000;

/** A date window, both bounds inclusive, as rankings-daily takes it. */
export interface DateWindow {
  readonly start: string;
  readonly end: string;
}

/** The UTC calendar date of an instant: `toIsoDate(new Date('2026-05-11T23:59:00Z')) === '2026-05-11'`. */
export function toIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Epoch milliseconds of a date's UTC midnight. */
function toMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Shifts a date by whole days: `addDays('2025-01-01', -1) === '2024-12-31'`. */
export function addDays(date: string, days: number): string {
  return toIsoDate(new Date(toMs(date) + days * DAY_MS));
}

/** Whole days from `from` to `to` (negative when `to` is earlier): `daysBetween('2025-01-01', '2025-01-03') === 2`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** The month a date falls in: `monthOf('2026-05-11') === '2026-05'`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The ISO 8601 week a date falls in, Monday first: `isoWeekOf('2027-01-01') === '2026-W53'`. */
export function isoWeekOf(date: string): string {
  const day = new Date(toMs(date));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The week belongs to the year of its Thursday.
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday starting the ISO week of a date: `weekStartOf('2025-01-01') === '2024-12-30'`. */
export function weekStartOf(date: string): string {
  const weekday = (new Date(toMs(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The first day of a date's month: `monthStartOf('2026-05-11') === '2026-05-01'`. */
export function monthStartOf(date: string): string {
  return `${monthOf(date)}-01`;
}

/** The start of the day, ISO week or month holding a date: `periodStartOf('2026-05-13', 'week') === '2026-05-11'`. */
export function periodStartOf(date: string, period: 'day' | 'week' | 'month'): string {
  if (period === 'week') return weekStartOf(date);
  return period === 'month' ? monthStartOf(date) : date;
}

/** True when a date starts its period: every day does; Mondays start weeks; the 1st starts months. */
export function isStartOfPeriod(date: string, period: 'day' | 'week' | 'month'): boolean {
  return periodStartOf(date, period) === date;
}

/**
 * Splits `[start, end]` into consecutive windows of at most `maxDays` days counted inclusively (the spec's limit
 * is 366; counting inclusively stays on the safe side of "span between"):
 * `splitIntoWindows('2025-01-01', '2026-01-05')` -> `[2025-01-01..2026-01-01], [2026-01-02..2026-01-05]`.
 * Empty when `end` is before `start`.
 */
export function splitIntoWindows(start: string, end: string, maxDays = MAX_SPAN_DAYS): DateWindow[] {
  const windows: DateWindow[] = [];
  for (let from = start; daysBetween(from, end) >= 0; from = addDays(from, maxDays)) {
    const last = addDays(from, maxDays - 1);
    windows.push({ start: from, end: daysBetween(last, end) < 0 ? end : last });
  }
  return windows;
}

/**
 * The rankings-daily windows a run requests: the full history since 2025-01-01 for an empty archive, else from
 * {@link REFETCH_DAYS} days before the newest archived date through `today` (the in-progress day included).
 */
export function rankingsWindows(newestArchived: string | null, today: string): DateWindow[] {
  const from = newestArchived === null ? DATASET_START : addDays(newestArchived, -REFETCH_DAYS);
  return splitIntoWindows(daysBetween(DATASET_START, from) < 0 ? DATASET_START : from, today);
}

/**
 * The windows of a weekly view a run requests: from the week of 2025-01-01 for an empty archive, else from
 * {@link REFETCH_WEEKS} week before the newest archived week start, through `today`, in windows of
 * {@link WEEKS_PER_WINDOW} weeks that start on Mondays (the first is clamped to 2025-01-01, as the API would):
 * `weeklyWindows('2026-05-04', '2026-05-11')` -> `[2026-04-27..2026-05-11]`.
 */
export function weeklyWindows(newestWeek: string | null, today: string): DateWindow[] {
  const from = newestWeek === null ? DATASET_START : addDays(weekStartOf(newestWeek), -7 * REFETCH_WEEKS);
  const monday = weekStartOf(daysBetween(DATASET_START, from) < 0 ? DATASET_START : from);
  return splitIntoWindows(monday, today, 7 * WEEKS_PER_WINDOW).map(({ start, end }) => ({
    start: daysBetween(DATASET_START, start) < 0 ? DATASET_START : start,
    end,
  }));
}
