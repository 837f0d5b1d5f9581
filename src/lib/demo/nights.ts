/**
 * The nights `npm start` runs before today, so the demo archive has a history like a real one: three weekly runs
 * old enough for retention's weekly tier, a missing stretch, one run two weeks ago, another missing stretch, then
 * three nightly runs up to today. History charts, bump charts and the feed then show real spacing and both kinds of
 * gap; retention (`datesToKeep`) keeps every one of these dates.
 */
import { addDays } from '../api/dates.ts';

/** Days before today of the earlier nights, oldest first. */
export const DEMO_NIGHT_OFFSETS = [56, 49, 42, 14, 3, 2, 1] as const;

/** The earlier nights' dates, oldest first: `demoNights('2026-11-20')[0] === '2026-09-25'`. */
export function demoNights(today: string): string[] {
  return DEMO_NIGHT_OFFSETS.map((days) => addDays(today, -days));
}
