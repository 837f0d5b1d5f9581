import * as Plot from '@observablehq/plot';
import { toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import { SIZES, type ChartSize } from './theme.ts';

/** One value of a sparkline: a `YYYY-MM-DD` date and a number (tokens as a float, or a share). */
export type SparkPoint = { date: string; value: number };

/**
 * A small line without axes for headline figures, from zero so a flat series looks flat; the last value gets a
 * dot. The figure's text states the numbers. `id`: e.g. `spark-total-tokens`.
 */
export function sparkline(
  id: string,
  points: readonly SparkPoint[],
  options: { color: string; size?: ChartSize },
): string {
  const data = points.map((p) => ({ date: toUtcDate(p.date), value: p.value }));
  const last = data.at(-1);
  return renderSvg(id, {
    ...(options.size ?? SIZES.spark),
    margin: 4,
    x: { type: 'utc', axis: null },
    y: { axis: null, zero: true },
    marks: [
      Plot.lineY(data, { x: 'date', y: 'value', stroke: options.color, strokeWidth: 1.5 }),
      Plot.dot(last ? [last] : [], { x: 'date', y: 'value', fill: options.color, r: 2.5 }),
    ],
  });
}
