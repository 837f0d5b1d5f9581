/** Fixture rankings for the history sections' tests: complete days ending the day before the fixture's `as_of`. */
import { addDays } from '../../../../src/lib/api/dates.ts';
import type { Figure, FigureInput } from '../../../../src/lib/figures/schema.ts';
import { FigureSchema } from '../../../../src/lib/figures/schema.ts';
import type { HistoryBuilt } from '../../../../src/lib/figures/sections/history-data.ts';

/** The last complete day of the fixture archive (its `as_of` is 10 Nov 2026, in progress). */
export const LAST_DAY = '2026-11-09';

/** `count` days of rankings ending on {@link LAST_DAY}: `tokens(i)` for day i (0 = oldest), digits as strings. */
export function rankingDays(
  count: number,
  tokens: (i: number) => Record<string, number>,
): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      addDays(LAST_DAY, i - count + 1),
      Object.fromEntries(Object.entries(tokens(i)).map(([slug, n]) => [slug, String(n)])),
    ]),
  );
}

/** The figure of a built history figure, parsed as the catalogue parses it; throws on the empty state. */
export function figureOf(built: HistoryBuilt | null | undefined): Figure {
  if (built?.kind !== 'figure') throw new Error(`expected a figure, got ${built?.kind ?? 'nothing'}`);
  return FigureSchema.parse(built.figure satisfies FigureInput);
}

/** The cells of a table as plain text. */
export function cellTexts(figure: Figure): string[][] {
  return figure.table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell : cell.text)));
}
