import * as Plot from '@observablehq/plot';
import type { SnapshotHistory } from '../transform/snapshot-history.ts';
import { columnScale, gapBands, styleOf, toHistoryLayout, toSegments } from './history-layout.ts';
import { formatTokenTick, toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

/**
 * What the values are: `share` (a fraction, drawn as %, from zero), `rank` (1 on top), `tokens` (from zero, human
 * units) or `index` (a benchmark score, scaled to its range).
 */
export type HistoryMeasure = 'share' | 'rank' | 'tokens' | 'index';

/** One drawn point: a snapshot's date, the value in axis units, and the line segment it belongs to. */
type LinePoint = { date: Date; value: number; key: string; segment: string };

/** Every known value, with segment ids that break the line at unknown values and at gaps. */
function toLinePoints(history: SnapshotHistory, measure: HistoryMeasure): LinePoint[] {
  const scale = measure === 'share' ? 100 : 1;
  return history.series.flatMap((series) => {
    const segments = toSegments(
      history.columns,
      series.points.map((p) => p.value !== null),
    );
    return series.points.flatMap((p, i) => {
      const segment = segments[i];
      if (p.value === null || segment === null || segment === undefined) return [];
      return [
        { date: toUtcDate(p.date), value: p.value * scale, key: series.key, segment: `${series.key}#${segment}` },
      ];
    });
  });
}

/** The y scale of a measure. */
function yScale(measure: HistoryMeasure, label: string, points: readonly LinePoint[]): Plot.ScaleOptions {
  if (measure === 'rank') {
    // Whole ranks only, rank 1 on top, at least down to 5 so a steady #1 is not a line at the edge of nowhere.
    const lowest = Math.max(5, ...points.map((p) => p.value));
    const step = Math.ceil(lowest / 6);
    const ticks = [
      1,
      ...Array.from({ length: Math.floor(lowest / step) }, (_, i) => (i + 1) * step).filter((r) => r > 1),
    ];
    return {
      label,
      reverse: true,
      domain: [1, lowest],
      inset: 8,
      grid: true,
      ticks,
      tickFormat: (r: number) => `#${r}`,
    };
  }
  if (measure === 'share') return { label, grid: true, zero: true, insetTop: 8, tickFormat: (v: number) => `${v}%` };
  if (measure === 'tokens') return { label, grid: true, zero: true, insetTop: 8, tickFormat: formatTokenTick };
  return { label, grid: true, nice: true, inset: 8 };
}

/**
 * Values over archived snapshots at their real dates: a line per series, broken where a value is unknown and
 * across gaps (shaded), with a dot on every snapshot so the spacing shows; nothing is interpolated. No legend: the
 * page lists multi-series charts in their colours. `colors` are in `history.series` order; `yLabel` names the axis
 * (e.g. `Share of requests`). At widths under 560 px the narrow geometry applies. `id`: e.g. `tasks-share-history`.
 */
export function historyLineChart(
  id: string,
  history: SnapshotHistory,
  options: { measure: HistoryMeasure; yLabel: string; colors: readonly string[]; size: ChartSize },
): string {
  const layout = toHistoryLayout(options.size, false);
  const points = toLinePoints(history, options.measure);
  const channels = { x: 'date', y: 'value' } as const;
  return renderSvg(id, {
    ...options.size,
    style: styleOf(layout),
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginBottom: layout.marginBottom,
    x: columnScale(history.columns, layout),
    y: yScale(options.measure, options.yLabel, points),
    color: { type: 'ordinal', domain: history.series.map((s) => s.key), range: [...options.colors] },
    marks: [
      ...gapBands(history.columns),
      Plot.line(points, { ...channels, z: 'segment', stroke: 'key', strokeWidth: 2, curve: 'linear' }),
      Plot.dot(points, { ...channels, fill: 'key', r: layout.narrow ? 3 : 2.5 }),
      ...(options.measure === 'share' || options.measure === 'tokens' ? [Plot.ruleY([0])] : []),
    ],
  });
}
