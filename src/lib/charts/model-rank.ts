import * as Plot from '@observablehq/plot';
import type { ModelDay } from '../transform/model-history.ts';
import { timeScale, toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

/** The API ranks the top 50 models per day; below that a model is inside `other`. */
const LOWEST_RANK = 50;

/** A day drawn on a line: its date and value, `undefined` on days outside the top 50 (a gap in the line). */
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
 * A model's daily rank within the top 50 over time, rank 1 at the top; days outside the top 50 are gaps (the model
 * was inside `other` then), never drawn as rank 50. `id`: e.g. `model-rank`.
 */
export function modelRankChart(
  id: string,
  history: readonly ModelDay[],
  options: { color: string; size: ChartSize },
): string {
  const points = history.map((d) => ({ date: toUtcDate(d.date), value: d.rank ?? undefined }));
  return renderSvg(id, {
    ...options.size,
    x: timeScale(history.length),
    y: { label: 'Rank', domain: [1, LOWEST_RANK], reverse: true, grid: true, ticks: [1, 10, 20, 30, 40, 50] },
    marks: gappedLine(points, options.color),
  });
}
