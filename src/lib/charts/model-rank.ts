import * as Plot from '@observablehq/plot';
import type { ModelPeriods } from '../transform/model-history-weekly.ts';
import { NARROW_TIME_MARGINS, timeScaleFor, toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import { markColor, type ChartSize } from './theme.ts';

/** The API ranks the top 50 models per day; below that a model is inside `other`. */
const LOWEST_RANK = 50;

/** A period drawn on a line: its date and value, `undefined` when outside the top 50 (a gap in the line). */
type LinePoint = { date: Date; value: number | undefined };

/**
 * Days whose neighbours are both gaps: a line cannot show a single point, so these get a dot.
 * Precondition: points in date order.
 */
export function isolatedPoints(points: readonly LinePoint[]): LinePoint[] {
  return points.filter(
    (p, i) => p.value !== undefined && points[i - 1]?.value === undefined && points[i + 1]?.value === undefined,
  );
}

/**
 * A line with gaps where the value is unknown, and a dot for each day that stands alone between gaps, in the
 * series colour's mark variant (`markColor`), so a pale palette colour still reaches 3:1 on light and dark pages.
 */
export function gappedLine(points: readonly LinePoint[], color: string): Plot.Markish[] {
  const stroke = markColor(color);
  return [
    Plot.lineY(points, { x: 'date', y: 'value', stroke, strokeWidth: 1.5, curve: 'linear' }),
    Plot.dot(isolatedPoints(points), { x: 'date', y: 'value', fill: stroke, r: 2 }),
  ];
}

/** Plot options shared by the model history charts: size, margins and the x scale of a geometry. */
export function historyFrame(history: ModelPeriods, size: ChartSize, marginLeft?: number): Plot.PlotOptions {
  const geometry = size.geometry ?? 'wide';
  const margins = geometry === 'narrow' ? NARROW_TIME_MARGINS : marginLeft === undefined ? {} : { marginLeft };
  return {
    width: size.width,
    height: size.height,
    ...margins,
    x: timeScaleFor(
      history.periods.map((p) => p.date),
      geometry,
    ),
  };
}

/**
 * A dashed vertical line where weekly points give way to daily ones (the figure's note names the date); nothing
 * when the history is daily throughout, so a short history draws exactly as before weeks existed.
 */
export function grainBoundary(dailyFrom: string | null): Plot.Markish[] {
  if (dailyFrom === null) return [];
  const x = [toUtcDate(dailyFrom)];
  return [Plot.ruleX(x, { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '4 3' })];
}

/**
 * A model's rank within the daily top 50 over time, rank 1 at the top; periods outside the top 50 are gaps (the
 * model was inside `other` then), never drawn as rank 50. Weekly periods draw their median rank. `size:
 * SIZES.narrow` draws the narrow design (larger type, fewer ticks, the newest date labelled). `id`: e.g.
 * `model-rank`.
 */
export function modelRankChart(id: string, history: ModelPeriods, options: { color: string; size: ChartSize }): string {
  const { periods, dailyFrom } = history;
  const points = periods.map((p) => ({ date: toUtcDate(p.date), value: p.rank ?? undefined }));
  const narrow = options.size.geometry === 'narrow';
  const ticks = narrow ? [1, 25, 50] : [1, 10, 20, 30, 40, 50];
  return renderSvg(
    id,
    {
      ...historyFrame(history, options.size),
      y: { label: 'Rank', domain: [1, LOWEST_RANK], reverse: true, grid: true, ticks },
      marks: [...grainBoundary(dailyFrom), ...gappedLine(points, options.color)],
    },
    options.size.geometry,
  );
}
