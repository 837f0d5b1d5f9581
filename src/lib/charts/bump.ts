import * as Plot from '@observablehq/plot';
import type { Bump } from '../transform/bump.ts';
import { columnScale, gapBands, styleOf, toHistoryLayout, toSegments } from './history-layout.ts';
import { toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import type { ChartSize } from './theme.ts';

/** One drawn point of a line: inside the top `depth` only. */
type RankPoint = { date: Date; rank: number; key: string; segment: string };

/** Each series' points inside the top, with segment ids that break the line at exits, returns and gaps. */
function toRankPoints(bump: Bump): RankPoint[] {
  return bump.series.flatMap((series) => {
    const inside = series.points.map((p) => p.rank !== null && p.rank <= bump.depth);
    const segments = toSegments(bump.columns, inside);
    return series.points.flatMap((p, i) => {
      const segment = segments[i];
      if (p.rank === null || segment === null || segment === undefined) return [];
      return [{ date: toUtcDate(p.date), rank: p.rank, key: series.key, segment: `${series.key}#${segment}` }];
    });
  });
}

/** Past this many columns a narrow chart's columns are under ~12 px apart: it draws only lone points' dots. */
const NARROW_DOT_COLUMNS = 13;

/**
 * The points that get a dot: every point, or in a narrow chart of many columns (where a dot per week would crowd the
 * lines and weigh half the drawing) only the points no line passes through, a lone column inside the top.
 */
function dotPoints(points: readonly RankPoint[], sparse: boolean): RankPoint[] {
  if (!sparse) return [...points];
  const perSegment = new Map<string, number>();
  for (const p of points) perSegment.set(p.segment, (perSegment.get(p.segment) ?? 0) + 1);
  return points.filter((p) => perSegment.get(p.segment) === 1);
}

/**
 * The points where a series entered or left the top, for their markers. A single column inside (entered and left
 * at once) gets neither: a lone dot already says it.
 */
function eventPoints(bump: Bump, kind: 'entries' | 'exits'): RankPoint[] {
  const other = kind === 'entries' ? 'exits' : 'entries';
  return bump.series.flatMap((series) =>
    series[kind].flatMap((date) => {
      const rank = series.points.find((p) => p.date === date)?.rank;
      if (!rank || series[other].includes(date)) return [];
      return [{ date: toUtcDate(date), rank, key: series.key, segment: '' }];
    }),
  );
}

/** Names at the newest column, right of the last point, for the series inside the top there. */
function endLabels(bump: Bump): { date: Date; rank: number; label: string }[] {
  const newest = bump.columns.at(-1)?.date;
  return bump.series.flatMap((series) => {
    const rank = series.points.at(-1)?.rank;
    return newest && rank !== null && rank !== undefined && rank <= bump.depth
      ? [{ date: toUtcDate(newest), rank, label: series.label }]
      : [];
  });
}

/**
 * Ranks over time: one line per series inside the top `depth` (rank 1 on top), broken where it left the top and
 * across gaps (shaded); a triangle where it entered, a cross on its last column before it left (a lone dot for a
 * single column inside; a narrow chart of many weeks dots only those); names of the current top at the right
 * (untrusted text: Plot writes it as text nodes, cut with an ellipsis when long). No legend: the page lists the series in their colours. `colors` are in `bump.series` order. At widths under 560 px
 * the narrow geometry applies. `id`: e.g. `models-bump-6m`.
 */
export function bumpChart(id: string, bump: Bump, options: { colors: readonly string[]; size: ChartSize }): string {
  const layout = toHistoryLayout(options.size, true);
  const channels = { x: 'date', y: 'rank' } as const;
  const ranks = Array.from({ length: bump.depth }, (_, i) => i + 1);
  const points = toRankPoints(bump);
  const dots = dotPoints(points, layout.narrow && bump.columns.length > NARROW_DOT_COLUMNS);
  return renderSvg(id, {
    ...options.size,
    style: styleOf(layout),
    marginLeft: layout.marginLeft,
    marginRight: layout.marginRight,
    marginBottom: layout.marginBottom,
    x: columnScale(bump.columns, layout),
    y: {
      domain: [0.5, bump.depth + 0.5],
      reverse: true,
      ticks: ranks,
      tickFormat: (r: number) => `#${r}`,
      label: null,
      grid: true,
    },
    color: { type: 'ordinal', domain: bump.series.map((s) => s.key), range: [...options.colors] },
    marks: [
      ...gapBands(bump.columns),
      Plot.line(points, {
        ...channels,
        z: 'segment',
        stroke: 'key',
        strokeWidth: 2.5,
        curve: 'bump-x',
      }),
      Plot.dot(dots, { ...channels, fill: 'key', r: layout.narrow ? 3 : 3.5 }),
      Plot.dot(eventPoints(bump, 'entries'), {
        ...channels,
        fill: 'key',
        stroke: 'var(--ta-bg, white)',
        symbol: 'triangle',
        r: 6,
      }),
      Plot.dot(eventPoints(bump, 'exits'), { ...channels, stroke: 'key', symbol: 'times', r: 6, strokeWidth: 2 }),
      Plot.text(endLabels(bump), {
        ...channels,
        text: 'label',
        textAnchor: 'start',
        dx: 8,
        fill: 'currentColor',
        lineWidth: (layout.marginRight - 12) / layout.fontSize,
        textOverflow: 'ellipsis',
      }),
    ],
  });
}
