import * as Plot from '@observablehq/plot';
import type { ShareSeries } from '../transform/shares.ts';
import { tokensToNumber } from '../transform/tokens.ts';
import { formatTokenTick, timeScale, toUtcDate } from './model-axes.ts';
import { releaseMarks, type ReleaseMarker } from './release-markers.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

/** `share`: each period normalised to 100%; `absolute`: tokens. */
export type ShareVariant = 'share' | 'absolute';

/** One drawn point: the period's start as a UTC date, the series key, and its height. */
type AreaPoint = { date: Date; key: string; value: number };

/** The points of one variant, series in stack order (Plot draws and stacks them in input order). */
function toAreaPoints(series: ShareSeries, variant: ShareVariant): AreaPoint[] {
  return series.points.map((p) => ({
    date: toUtcDate(p.period),
    key: p.key,
    value: variant === 'share' ? p.share * 100 : tokensToNumber(p.tokens),
  }));
}

/** Tick labels: `40%` for shares, human token units (`1.5B`) for absolute values. */
function tickFormatFor(variant: ShareVariant): (value: number) => string {
  return variant === 'share' ? (v) => `${v}%` : formatTokenTick;
}

/** The stacked mark: areas, or one stacked day-wide bar when there is a single period (an area needs two). */
function stackMark(series: ShareSeries, variant: ShareVariant): Plot.Markish {
  const points = toAreaPoints(series, variant);
  const channels = { x: 'date', y: 'value', z: 'key', fill: 'key', order: series.keys } as const;
  if (series.periods.length === 1) return Plot.rectY(points, { ...channels, interval: 'day', inset: 0 });
  return Plot.areaY(points, { ...channels, curve: 'linear' });
}

/**
 * Stacked area of tokens per period by series (model or author), the trailing `Other` stacked on top and drawn
 * last. `colors` are in `series.keys` order (see `toChartColors`). No legend (the page renders an HTML one) and
 * no per-point titles, so a 90-day chart of 16 series stays a few kilobytes. `markers`: releases to mark (optional,
 * see `releaseMarks`). `id`: e.g. `model-share-30d-share`.
 */
export function modelShareChart(
  id: string,
  series: ShareSeries,
  options: { variant: ShareVariant; colors: readonly string[]; size: ChartSize; markers?: readonly ReleaseMarker[] },
): string {
  const { variant, colors, size } = options;
  return renderSvg(id, {
    ...size,
    marginLeft: 48,
    x: timeScale(series.periods.length),
    y: {
      label: variant === 'share' ? 'Share of tokens' : 'Tokens',
      grid: true,
      tickFormat: tickFormatFor(variant),
      ...(variant === 'share' ? { domain: [0, 100] } : {}),
    },
    color: { type: 'ordinal', domain: series.keys, range: [...colors] },
    marks: [stackMark(series, variant), Plot.ruleY([0]), ...releaseMarks(options.markers ?? [])],
  });
}
