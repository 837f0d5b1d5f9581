/**
 * The synthetic world behind the local Data API, seeded and deterministic: a date's figures are the same on every
 * run. Full days are computed once and memoised, so a 366-day request stays fast; the in-progress day (today, UTC
 * of `now`) is the full day scaled by the fraction of it elapsed, so its totals grow during the day.
 */
import { DAY_LENGTH_MS, elapsedMsOfDay, todayOf } from './dates.ts';
import { appTokensOn } from './world-apps.ts';
import { type ModelTotal, modelTotalsOn } from './world-models.ts';

/** The world's traffic, memoised per full day. */
export interface World {
  /** Every model's tokens on `date` as seen at `now`: full days whole, today partial, zeros included. */
  modelTotals(date: string, now: Date): readonly ModelTotal[];
  /** Every app's tokens on `date` as seen at `now`, in `WORLD_APPS` order. */
  appTokens(date: string, now: Date): readonly bigint[];
}

/** `tokens` as seen at `now`: unchanged for a past day, scaled by the elapsed fraction for today. */
export function asSeenAt(tokens: bigint, date: string, now: Date): bigint {
  if (date !== todayOf(now)) return tokens;
  return (tokens * BigInt(elapsedMsOfDay(now))) / BigInt(DAY_LENGTH_MS);
}

function memoise<T>(compute: (date: string) => T): (date: string) => T {
  const cache = new Map<string, T>();
  return (date) => {
    let value = cache.get(date);
    if (value === undefined) {
      value = compute(date);
      cache.set(date, value);
    }
    return value;
  };
}

/** A world with its own caches; two worlds always agree (the tests check it). */
export function createWorld(): World {
  const models = memoise(modelTotalsOn);
  const apps = memoise((date) => appTokensOn(date).map(BigInt));
  return {
    modelTotals(date, now) {
      const full = models(date);
      if (date !== todayOf(now)) return full;
      return full.map(({ slug, tokens }) => ({ slug, tokens: asSeenAt(tokens, date, now) }));
    },
    appTokens(date, now) {
      const full = apps(date);
      return date === todayOf(now) ? full.map((tokens) => asSeenAt(tokens, date, now)) : full;
    },
  };
}

let shared: World | undefined;

/** The process-wide world every server uses, so its memo is shared across servers (tests start many). */
export function sharedWorld(): World {
  shared ??= createWorld();
  return shared;
}
