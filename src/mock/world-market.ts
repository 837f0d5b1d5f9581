/** Market-wide shape of the synthetic world: growth of daily token volume and the weekly rhythm. */
import { DATASET_START } from '../lib/api/common.ts';
import { daysBetween } from '../lib/api/dates.ts';
import { unitOf } from './prng.ts';

/** Days over which a growth factor is reached (2025-01-01 to early December 2026). */
const GROWTH_DAYS = 700;
/** Weekend traffic relative to a weekday. */
const WEEKEND_FACTOR = 0.82;

/** Days since the dataset start: `dayIndexOf('2025-01-03') === 2`; negative before it. */
export function dayIndexOf(date: string): number {
  return daysBetween(DATASET_START, date);
}

/** True on Saturdays and Sundays (UTC). */
export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * Exponential growth from `start` on 2025-01-01 to `start * factor` 700 days later, continuing at that rate either
 * side: `grownVolume('2025-01-01', 1, 4) === 1`.
 */
export function grownVolume(date: string, start: number, factor: number): number {
  return start * Math.exp((Math.log(factor) * dayIndexOf(date)) / GROWTH_DAYS);
}

/** All public model traffic of a full day: ~0.3 trillion tokens in January 2025, ~5 trillion by December 2026. */
export function marketVolumeOn(date: string): number {
  const noise = 0.97 + 0.06 * unitOf('market', date);
  return grownVolume(date, 0.3e12, 5 / 0.3) * (isWeekend(date) ? WEEKEND_FACTOR : 1) * noise;
}
