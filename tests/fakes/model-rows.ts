import type { RankingsDailyRow } from '../../src/lib/api/rankings-daily.ts';

/** One day of rankings rows in API order: models as given (callers list them by tokens descending), `other` last. */
export function day(
  date: string,
  models: Record<string, number | bigint>,
  other?: number | bigint,
): RankingsDailyRow[] {
  const rows = Object.entries(models).map(([model_permaslug, tokens]) => ({
    date,
    model_permaslug,
    total_tokens: String(tokens),
  }));
  if (other !== undefined) rows.push({ date, model_permaslug: 'other', total_tokens: String(other) });
  return rows;
}

/** `count` consecutive days from `start`, each built by `models(index)`. */
export function days(
  start: string,
  count: number,
  models: (index: number) => Record<string, number | bigint>,
  other?: (index: number) => number,
): RankingsDailyRow[] {
  const base = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(base + i * 86_400_000).toISOString().slice(0, 10);
    return day(date, models(i), other?.(i));
  }).flat();
}
