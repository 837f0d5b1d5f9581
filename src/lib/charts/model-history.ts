import * as Plot from '@observablehq/plot';
import type { ModelPeriod, ModelPeriods } from '../transform/model-history-weekly.ts';
import { tokensToNumber } from '../transform/tokens.ts';
import { gappedLine, grainBoundary, historyFrame } from './model-rank.ts';
import { formatTokenTick, toUtcDate } from './model-axes.ts';
import { releaseMarks, type ReleaseMarker } from './release-markers.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

/** `tokens`: the model's tokens per day; `share`: its share of each period's tokens. */
export type HistoryMeasure = 'tokens' | 'share';

/** A period's value for a measure, `undefined` outside the top 50 (unknown: inside that day's `other`). */
function valueOf(period: ModelPeriod, measure: HistoryMeasure): number | undefined {
  if (measure === 'tokens') return period.tokensPerDay === null ? undefined : tokensToNumber(period.tokensPerDay);
  return period.share === null ? undefined : period.share * 100;
}

/**
 * A model's tokens per day or share over time as a line from zero, in the mark variant of `color` (3:1 on light
 * and dark pages); periods outside the top 50 are gaps, not zeros. Weekly periods draw their average per day, so
 * both grains share the y axis. `size: SIZES.narrow` draws the narrow design (larger type, four value ticks, three
 * date ticks ending on the newest period). `markers`: releases to mark (optional, see `releaseMarks`). `id`: e.g.
 * `model-tokens` or `model-day-share`.
 */
export function modelHistoryChart(
  id: string,
  history: ModelPeriods,
  options: { measure: HistoryMeasure; color: string; size: ChartSize; markers?: readonly ReleaseMarker[] },
): string {
  const { measure, color, size } = options;
  const { periods, dailyFrom } = history;
  const points = periods.map((p) => ({ date: toUtcDate(p.date), value: valueOf(p, measure) }));
  return renderSvg(
    id,
    {
      ...historyFrame(history, size, 48),
      y: {
        label: measure === 'tokens' ? 'Tokens per day' : 'Share of the day’s tokens',
        grid: true,
        zero: true,
        tickFormat: measure === 'tokens' ? formatTokenTick : (v: number) => `${v}%`,
        ...(size.geometry === 'narrow' ? { ticks: 3 } : {}),
      },
      marks: [
        ...grainBoundary(dailyFrom),
        ...releaseMarks(options.markers ?? [], size.geometry),
        ...gappedLine(points, color),
        Plot.ruleY([0]),
      ],
    },
    size.geometry,
  );
}
