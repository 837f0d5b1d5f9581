/**
 * Models released lately, with their first days in the rankings: for each release (the catalogue's `created` day),
 * its tokens and rank on every complete day since, and what those add up to. Pure; names are left to the caller.
 */
import { daysBetween } from '../api/dates.ts';
import { toCsv } from './csv.ts';
import type { ModelDay } from './model-history.ts';

/** A model's day since its release: `day` 0 is the release day; tokens and rank are null outside the top 50. */
export type NewModelDay = { day: number; date: string; tokens: bigint | null; rank: number | null };

/** A released model and its days so far. */
export type NewModel = {
  permaslug: string;
  created: string;
  days: NewModelDay[];
  /** Tokens on the days it was in the top 50 since its release. */
  tokens: bigint;
  daysRanked: number;
  bestRank: number | null;
  /** Its last day (the newest complete day), null when no complete day follows the release. */
  latest: NewModelDay | null;
};

/**
 * The models released (`created`) from `from` on, newest release first (ties by permaslug), each with every complete
 * day from its release on (`dates`, ascending) and its top-50 values from `histories` (`toModelHistories`).
 */
export function toNewModels(
  releases: readonly { permaslug: string; created: string }[],
  histories: ReadonlyMap<string, readonly ModelDay[]>,
  dates: readonly string[],
  from: string,
): NewModel[] {
  return releases
    .filter((release) => release.created >= from)
    .toSorted((a, b) =>
      a.created === b.created ? (a.permaslug < b.permaslug ? -1 : 1) : a.created < b.created ? 1 : -1,
    )
    .map(({ permaslug, created }) => {
      const byDate = new Map((histories.get(permaslug) ?? []).map((d) => [d.date, d]));
      const days = dates
        .filter((date) => date >= created)
        .map((date) => {
          const known = byDate.get(date);
          return { day: daysBetween(created, date), date, tokens: known?.tokens ?? null, rank: known?.rank ?? null };
        });
      const ranked = days.filter((d) => d.rank !== null);
      return {
        permaslug,
        created,
        days,
        tokens: ranked.reduce((sum, d) => sum + (d.tokens ?? 0n), 0n),
        daysRanked: ranked.length,
        bestRank: ranked.length === 0 ? null : Math.min(...ranked.map((d) => d.rank ?? Infinity)),
        latest: days.at(-1) ?? null,
      };
    });
}

/** Every day of every new model, as drawn: `model,name,released,date,days_since_release,tokens,rank`. */
export function newModelsCsv(models: readonly NewModel[], nameOf: (permaslug: string) => string): string {
  const rows = models.flatMap((model) => model.days.map((day) => ({ model, day })));
  return toCsv(
    [
      { header: 'model', value: (r) => r.model.permaslug },
      { header: 'name', value: (r) => nameOf(r.model.permaslug) },
      { header: 'released', value: (r) => r.model.created },
      { header: 'date', value: (r) => r.day.date },
      { header: 'days_since_release', value: (r) => r.day.day },
      { header: 'tokens', value: (r) => r.day.tokens },
      { header: 'rank', value: (r) => r.day.rank },
    ],
    rows,
  );
}
