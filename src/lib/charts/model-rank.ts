import * as Plot from '@observablehq/plot';
import type { ModelPeriods } from '../transform/model-history-weekly.ts';
import { timeScale, toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

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

/** A line with gaps where the value is unknown, and a dot for each day that stands alone between gaps. */
export function gappedLine(points: readonly LinePoint[], color: string): Plot.Markish[] {
  return [
    Plot.lineY(points, { x: 'date', y: 'value', stroke: color, strokeWidth: 1.5, curve: 'linear' }),
    Plot.dot(isolatedPoints(points), { x: 'date', y: 'value', fill: color, r: 2 }),
  ];
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
 * model was inside `other` then), never drawn as rank 50. Weekly periods draw their median rank. `id`: e.g.
 * `model-rank`.
 */
export function modelRankChart(id: string, history: ModelPeriods, options: { color: string; size: ChartSize }): string {
  const { periods, dailyFrom } = history;
  const points = periods.map((p) => ({ date: toUtcDate(p.date), value: p.rank ?? undefined }));
  return renderSvg(id, {
    ...options.size,
    x: timeScale(periods.length),
    y: { label: 'Rank', domain: [1, LOWEST_RANK], reverse: true, grid: true, ticks: [1, 10, 20, 30, 40, 50] },
    marks: [...grainBoundary(dailyFrom), ...gappedLine(points, options.color)],
  });
}
