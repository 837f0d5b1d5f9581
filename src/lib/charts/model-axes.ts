/** Axes shared by the model charts: dates on a UTC time scale and token counts in human units. */
import type * as Plot from '@observablehq/plot';
import { formatTokens } from '../transform/format.ts';

/** A `YYYY-MM-DD` period as a UTC midnight, Plot's time scale input. */
export function toUtcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/**
 * The x scale of a chart over `count` periods: at most one tick per period, so a few days never get hourly ticks,
 * and about eight at most, so a long range stays readable at 375 px.
 */
export function timeScale(count: number): Plot.ScaleOptions {
  return { type: 'utc', label: null, ticks: Math.max(1, Math.min(8, count - 1)) };
}

/** A round tick value in human token units without trailing zeros: `formatTokenTick(1500000000) === '1.5B'`. */
export function formatTokenTick(value: number): string {
  const text = formatTokens(BigInt(Math.round(value)));
  return text.replace(/\.(\d*?)0+(?=[KMBTP]$)/, (_, kept: string) => (kept ? `.${kept}` : ''));
}
