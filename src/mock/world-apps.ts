/**
 * App traffic of the synthetic world: each app gets an id, its subcategories, a tokens-per-request ratio and a
 * seeded volume curve by trend (steady, a late rise, a fade after an early peak, a viral spike), so `popular` and
 * `trending` disagree. Daily values are whole numbers below 2^53.
 */
import { categoryOf, type AppCategory, type AppSubcategory } from '../lib/api/taxonomy.ts';
import { appRows, type AppRow, type AppTrend } from './app-catalogue.ts';
import { between, rngOf, unitOf } from './prng.ts';
import { dayIndexOf, grownVolume, isWeekend } from './world-market.ts';

/**
 * Tokens a day through listed apps: 0.15 trillion in January 2025, four times that 700 days later. Slower than the
 * model market, so an app that merely keeps its share is not "trending" and fading apps really shrink.
 */
const APP_VOLUME_START = 0.15e12;
const APP_VOLUME_GROWTH = 4;

/** An app of the synthetic world. `name` is untrusted text on purpose. */
export interface WorldApp {
  readonly id: number;
  readonly name: string;
  readonly subcategories: readonly AppSubcategory[];
  readonly categories: readonly AppCategory[];
  /** Average tokens per request, 3 000 to 20 000: turns token totals into request counts. */
  readonly tokensPerRequest: number;
}

interface AppCurve {
  readonly launchDay: number;
  readonly trend: AppTrend;
  readonly weight: number;
  readonly rampDays: number;
  /** Yearly drift of a steady app (may be negative). */
  readonly drift: number;
  /** Middle day of a rise, peak day of a fade, centre of a spike. */
  readonly pivotDay: number;
  readonly spread: number;
  readonly weekend: number;
}

const TOKENS_PER_REQUEST: Record<AppCategory, readonly [number, number]> = {
  coding: [9000, 20000],
  creative: [3000, 8000],
  entertainment: [3000, 6000],
  productivity: [3000, 9000],
};

function toApp(row: AppRow, index: number): { app: WorldApp; curve: AppCurve } {
  const rng = rngOf('app', row.name);
  const categories = [...new Set(row.subcategories.map(categoryOf))];
  const main = categories[0] ?? 'productivity';
  const [low, high] = TOKENS_PER_REQUEST[main];
  const launchDay = dayIndexOf(row.launch);
  const pivotDay =
    row.trend === 'rise'
      ? launchDay + between(rng, 60, 420)
      : row.trend === 'fade'
        ? Math.max(launchDay + 60, between(rng, -200, 250))
        : between(rng, Math.max(launchDay, 0) + 30, 700);
  return {
    // Ids look like database keys: increasing with the catalogue, never consecutive.
    app: {
      id: 1000 + index * 37 + Math.floor(rng() * 30),
      name: row.name,
      subcategories: row.subcategories,
      categories,
      tokensPerRequest: Math.round(between(rng, low, high)),
    },
    curve: {
      launchDay,
      trend: row.trend,
      weight: row.weight,
      rampDays: between(rng, 15, 90),
      drift: between(rng, -0.9, 0.3),
      pivotDay,
      spread: between(rng, 15, 60),
      weekend: main === 'entertainment' ? 1.2 : main === 'coding' ? 0.75 : 0.9,
    },
  };
}

const BUILT = appRows().map(toApp);
const TOTAL_WEIGHT = BUILT.reduce((sum, { curve }) => sum + curve.weight, 0);

/** Every app of the world, in catalogue order (ids increasing). */
export const WORLD_APPS: readonly WorldApp[] = BUILT.map(({ app }) => app);

/** The trend-shaped factor of an app's volume on a day (0 before launch). */
function shapeOn(curve: AppCurve, day: number): number {
  const age = day - curve.launchDay;
  if (age < 0) return 0;
  const ramp = 1 - Math.exp(-(age + 1) / curve.rampDays);
  switch (curve.trend) {
    case 'steady':
      return ramp * Math.exp((curve.drift * age) / 365);
    case 'rise':
      return ramp * (0.08 + 1.6 / (1 + Math.exp(-(day - curve.pivotDay) / curve.spread)));
    case 'fade':
      return (
        ramp * (day <= curve.pivotDay ? 1 : Math.max(0.005, Math.exp(-(day - curve.pivotDay) / (curve.spread * 5))))
      );
    case 'spike':
      return ramp * (0.5 + 2.5 * Math.exp(-(((day - curve.pivotDay) / curve.spread) ** 2)));
  }
}

/** Every app's full-day token total on `date`, in {@link WORLD_APPS} order (whole numbers). */
export function appTokensOn(date: string): number[] {
  const day = dayIndexOf(date);
  const perWeight = grownVolume(date, APP_VOLUME_START, APP_VOLUME_GROWTH) / TOTAL_WEIGHT;
  const weekend = isWeekend(date);
  return BUILT.map(({ app, curve }) => {
    const noise = 0.85 + 0.3 * unitOf('app-noise', app.id, date);
    const weekly = weekend ? curve.weekend : 1;
    return Math.round(perWeight * curve.weight * shapeOn(curve, day) * weekly * noise);
  });
}
