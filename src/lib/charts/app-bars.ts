import { measureLabel, measureOf, type LeaderboardMeasure, type LeaderboardRow } from '../transform/app-leaderboard.ts';
import { formatExact, formatTokens } from '../transform/format.ts';
import { tokensToNumber } from '../transform/tokens.ts';
import { horizontalBars } from './hbars.ts';
import { BAR_COLOR, type Geometry } from './theme.ts';
import { isolate } from '../transform/safe-text.ts';

/** How many apps the leaderboard chart draws; the table below it lists the whole page. */
export const APP_BARS_LIMIT = 15;

/**
 * The leading apps of a leaderboard as horizontal bars of the board's measure (tokens, or excess growth for
 * trending), in rank order; `geometry: 'narrow'` puts each name on its own line above its bar. `id` names the chart
 * and variant: `apps-popular-all`, `apps-trending-coding`.
 */
export function appBarsChart(
  id: string,
  rows: readonly LeaderboardRow[],
  measure: LeaderboardMeasure,
  geometry: Geometry = 'wide',
): string {
  const bars = rows.slice(0, APP_BARS_LIMIT).map((row) => {
    const value = measureOf(row, measure);
    return {
      key: String(row.rank),
      label: row.name,
      value: tokensToNumber(value),
      valueLabel: formatTokens(value),
      title: `#${row.rank} ${isolate(row.name)}: ${formatExact(value)} ${measureLabel(measure)}`,
    };
  });
  return horizontalBars(id, bars, { width: 880, labelWidth: 240, color: BAR_COLOR }, geometry);
}
