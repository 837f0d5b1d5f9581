import * as Plot from '@observablehq/plot';
import { formatDate, formatMonth, formatShare, formatTokens } from '../transform/format.ts';
import type { ShareSeries } from '../transform/shares.ts';
import { tokensToNumber } from '../transform/tokens.ts';
import { formatTokenTick, NARROW_TIME_MARGINS, timeScaleFor, toUtcDate } from './model-axes.ts';
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

/**
 * The stacked mark. Each series is drawn as one area from zero up to the top of its band (the running total of the
 * series below it and its own), the topmost first, so every later one covers the one before it up to its own
 * top: the same picture as stacked bands, with half the path points (only the top edges) and no seams between
 * bands. A single period is one stacked day-wide bar (an area needs two).
 */
function stackMark(series: ShareSeries, variant: ShareVariant): Plot.Markish {
  const points = toAreaPoints(series, variant);
  if (series.periods.length === 1) {
    const channels = { x: 'date', y: 'value', z: 'key', fill: 'key', order: series.keys } as const;
    return Plot.rectY(points, { ...channels, interval: 'day', inset: 0 });
  }
  const count = series.periods.length;
  const running = new Array<number>(count).fill(0);
  const outlines = series.keys.map((key, k) => {
    const band = points.slice(k * count, (k + 1) * count).map((p, i) => {
      running[i] = (running[i] ?? 0) + p.value;
      return { date: p.date, key, top: running[i] ?? 0 };
    });
    const [first, last] = [band[0], band.at(-1)];
    return first && last ? [{ ...first, top: 0 }, ...band, { ...last, top: 0 }] : [];
  });
  const topFirst = outlines.toReversed().flat();
  return Plot.line(topFirst, { x: 'date', y: 'top', z: 'key', fill: 'key', stroke: 'none', curve: 'linear' });
}

/** One period's hover and focus target: its date range on x and its tooltip. */
type Column = { x1: Date; x2: Date; tip: string };

/**
 * The tooltip of each period, `19 Nov 2026 · 1.2B tokens\nLeading: a/model 18.8%`, where the leader is the series
 * (not Other) with the most tokens that period; `Week of …` for weekly periods, `Weeks starting in Nov 2026` for a
 * series by month (`toMonthlySeries`). Precondition: `series.points`
 * key-major in `keys` order, periods ascending (as `toShareSeries` returns them).
 */
export function toShareTips(series: ShareSeries, labelOf: (key: string) => string = (key) => key): string[] {
  const weekly = series.range.grain === 'week';
  const count = series.periods.length;
  return series.periods.map((period, i) => {
    const points = series.keys.map((_, k) => series.points[k * count + i]).filter((p) => p !== undefined);
    const total = points.reduce((sum, p) => sum + p.tokens, 0n);
    const lead = points
      .slice(0, -1)
      .reduce<(typeof points)[number] | undefined>(
        (best, p) => (best === undefined || p.tokens > best.tokens ? p : best),
        undefined,
      );
    const when = series.byMonth
      ? `Weeks starting in ${formatMonth(period)}`
      : `${weekly ? 'Week of ' : ''}${formatDate(period)}`;
    const leader = lead && lead.tokens > 0n ? `\nLeading: ${labelOf(lead.key)} ${formatShare(lead.share)}` : '';
    return `${when} · ${formatTokens(total)} tokens${leader}`;
  });
}

/**
 * Transparent full-height columns, one per period, each with its tooltip as a <title>: what a pointer, a tap or
 * the keyboard (src/scripts/chart-tips.ts) lands on. Column edges sit halfway between periods.
 */
function columnsMark(series: ShareSeries, tips: readonly string[]): Plot.Markish {
  const times = series.periods.map((p) => toUtcDate(p).getTime());
  const last = times.length - 1;
  const half = last > 0 ? ((times[last] ?? 0) - (times[0] ?? 0)) / last / 2 : 0;
  const columns: Column[] = times.map((t, i) =>
    last === 0
      ? { x1: new Date(t), x2: new Date(t + DAY_MS), tip: tips[i] ?? '' } // the single day-wide bar
      : { x1: new Date(i === 0 ? t : t - half), x2: new Date(i === last ? t : t + half), tip: tips[i] ?? '' },
  );
  return Plot.rect(columns, { x1: 'x1', x2: 'x2', fill: 'transparent', title: 'tip' });
}

const DAY_MS = 864e5;

/**
 * Stacked area of tokens per period by series (model or author), the trailing `Other` stacked on top and drawn
 * last, with a transparent column per period carrying its tooltip (date, total, leading series). `colors` are in
 * `series.keys` order (see `toChartColors`); `labelOf` names a key in tooltips as the legend does. No legend (the
 * page renders an HTML one). `size: SIZES.narrow` draws the narrow design: larger type, three date ticks ending on
 * the newest period, four value ticks. `markers`: releases to mark (optional, see
 * `releaseMarks`). `id`: e.g. `model-share-30d-share`.
 */
export function modelShareChart(
  id: string,
  series: ShareSeries,
  options: {
    variant: ShareVariant;
    colors: readonly string[];
    size: ChartSize;
    labelOf?: (key: string) => string;
    markers?: readonly ReleaseMarker[];
  },
): string {
  const { variant, colors, size } = options;
  const geometry = size.geometry ?? 'wide';
  const narrow = geometry === 'narrow';
  return renderSvg(
    id,
    {
      width: size.width,
      height: size.height,
      ...(narrow ? NARROW_TIME_MARGINS : { marginLeft: 48 }),
      x: timeScaleFor(series.periods, geometry),
      y: {
        label: variant === 'share' ? 'Share of tokens' : 'Tokens',
        grid: true,
        tickFormat: tickFormatFor(variant),
        ...(variant === 'share' ? { domain: [0, 100] } : {}),
        ...(narrow ? { ticks: variant === 'share' ? [0, 25, 50, 75, 100] : 3 } : {}),
      },
      color: { type: 'ordinal', domain: series.keys, range: [...colors] },
      marks: [
        stackMark(series, variant),
        Plot.ruleY([0]),
        ...releaseMarks(options.markers ?? [], geometry),
        columnsMark(series, toShareTips(series, options.labelOf)),
      ],
    },
    geometry,
  );
}
