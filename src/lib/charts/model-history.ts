import * as Plot from '@observablehq/plot';
import type { ModelDay } from '../transform/model-history.ts';
import { tokensToNumber } from '../transform/tokens.ts';
import { gappedLine } from './model-rank.ts';
import { formatTokenTick, timeScale, toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

/** `tokens`: the model's daily tokens; `share`: its share of each day's tokens. */
export type HistoryMeasure = 'tokens' | 'share';

/** A day's value for a measure, `undefined` outside the top 50 (unknown: inside that day's `other`). */
function valueOf(day: ModelDay, measure: HistoryMeasure): number | undefined {
  if (measure === 'tokens') return day.tokens === null ? undefined : tokensToNumber(day.tokens);
  return day.share === null ? undefined : day.share * 100;
}

/**
 * A model's daily tokens or share over time as a line from zero; days outside the top 50 are gaps, not zeros.
 * `id`: e.g. `model-tokens` or `model-day-share`.
 */
export function modelHistoryChart(
  id: string,
  history: readonly ModelDay[],
  options: { measure: HistoryMeasure; color: string; size: ChartSize },
): string {
  const { measure, color, size } = options;
  const points = history.map((d) => ({ date: toUtcDate(d.date), value: valueOf(d, measure) }));
  return renderSvg(id, {
    ...size,
    marginLeft: 48,
    x: timeScale(history.length),
    y: {
      label: measure === 'tokens' ? 'Tokens per day' : 'Share of the day’s tokens',
      grid: true,
      zero: true,
      tickFormat: measure === 'tokens' ? formatTokenTick : (v: number) => `${v}%`,
    },
    marks: [...gappedLine(points, color), Plot.ruleY([0])],
  });
}
