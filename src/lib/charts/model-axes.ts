/** Axes shared by the model charts: dates on a UTC time scale and token counts in human units. */
import type * as Plot from '@observablehq/plot';
import { formatDate, formatTokens } from '../transform/format.ts';
import type { Geometry } from './theme.ts';

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

/** Ticks on a narrow time axis: the newest period, the oldest, and one between (fewer for fewer periods). */
const NARROW_TICKS = 3;

/** Spans longer than this many days put the year under each narrow tick. */
const YEAR_SPAN_DAYS = 300;

/**
 * The x scale of a narrow chart over `periods` (`YYYY-MM-DD`, ascending): three ticks evenly spread in time, the
 * first on the oldest period and the last on the newest so the reader always sees how recent the data is, labelled
 * `19 Nov` (with the year below on spans over about ten months): over 1–19 Nov it ticks 1, 10 and 19 Nov.
 */
export function narrowTimeScale(periods: readonly string[]): Plot.ScaleOptions {
  const times = periods.map((p) => toUtcDate(p).getTime());
  const [first = 0, last = 0] = [times[0], times.at(-1)];
  const count = Math.min(NARROW_TICKS, times.length);
  // Evenly spaced in time from the oldest to the newest, each snapped to the nearest period drawn.
  const picked = new Set<number>();
  for (let i = 0; i < count; i += 1) {
    const target = count === 1 ? last : first + ((last - first) * i) / (count - 1);
    const nearest = times.reduce((best, t) => (Math.abs(t - target) < Math.abs(best - target) ? t : best), last);
    picked.add(nearest);
  }
  const withYear = (last - first) / DAY_MS > YEAR_SPAN_DAYS;
  return {
    type: 'utc',
    label: null,
    ticks: [...picked].map((t) => new Date(t)),
    tickFormat: (date: Date) => {
      const [day, month, year] = formatDate(date.toISOString()).split(' ');
      return withYear ? `${day} ${month}\n${year}` : `${day} ${month}`;
    },
  };
}

const DAY_MS = 864e5;

/**
 * Margins of a narrow time chart: room above for the y axis label clear of the top tick, on the right for half the
 * newest tick's label, below for two-line ticks, on the left for y ticks such as `100%` or `1.5B` at the narrow size.
 */
export const NARROW_TIME_MARGINS = { marginTop: 32, marginRight: 24, marginBottom: 40, marginLeft: 44 } as const;

/** The x scale of a time chart of `periods` in a geometry: `timeScale` when wide, `narrowTimeScale` when narrow. */
export function timeScaleFor(periods: readonly string[], geometry: Geometry): Plot.ScaleOptions {
  return geometry === 'narrow' ? narrowTimeScale(periods) : timeScale(periods.length);
}

/** A round tick value in human token units without trailing zeros: `formatTokenTick(1500000000) === '1.5B'`. */
export function formatTokenTick(value: number): string {
  const text = formatTokens(BigInt(Math.round(value)));
  return text.replace(/\.(\d*?)0+(?=[KMBTP]$)/, (_, kept: string) => (kept ? `.${kept}` : ''));
}
