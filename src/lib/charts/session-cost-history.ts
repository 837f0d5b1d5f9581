import * as Plot from '@observablehq/plot';
import type { TurnRange } from '../api/session-cost.ts';
import { formatDate } from '../transform/format.ts';
import { exactUsd, TURN_RANGE_LABELS, type CostHistory } from '../transform/session-cost.ts';
import { columnScale, gapBands, toSegments, type HistoryLayout } from './history-layout.ts';
import { toUtcDate } from './model-axes.ts';
import { renderSvg } from './render.ts';
import {
  clip,
  SESSION_GEOMETRY,
  sessionStyle,
  TURN_RANGE_COLORS,
  TURN_RANGE_SYMBOLS,
  usdDomain,
  usdTick,
  usdTicks,
  type SessionGeometry,
} from './session-cost-scale.ts';
import { isolate } from '../transform/safe-text.ts';

/** Panels per row, panel height and axis room of each design. */
const LAYOUT = {
  wide: { columns: 3, panel: 150, marginLeft: 52, nameChars: 34 },
  narrow: { columns: 1, panel: 150, marginLeft: 50, nameChars: 30 },
} as const;

/** One drawn median: its window, cost, line segment, session length and panel. */
type Point = { date: Date; usd: number; segment: string; range: TurnRange; fx: number; fy: number; title: string };

/**
 * A model's median cost per session over the archived weekly windows, a panel per harness (a harness x model
 * each) with a line per session length on one log dollar axis shared by every panel. Windows sit at their real
 * dates: a missing window is a shaded gap that breaks the lines, and a median not published is a break too;
 * nothing is interpolated. `wide`: three panels a row; `narrow`: one. `id`: e.g. `session-cost-history-x`.
 */
export function sessionCostHistoryChart(id: string, history: CostHistory, geometry: SessionGeometry): string {
  const layout = LAYOUT[geometry];
  const { width, fontSize } = SESSION_GEOMETRY[geometry];
  const panelOf = new Map(history.harnesses.map((h, i) => [h.appSlug, i]));
  const place = (appSlug: string) => {
    const index = panelOf.get(appSlug) ?? 0;
    return { fx: index % layout.columns, fy: Math.floor(index / layout.columns) };
  };
  const names = new Map(history.harnesses.map((h) => [h.appSlug, h.name]));
  const points: Point[] = history.series.flatMap((series) => {
    const segments = toSegments(
      history.columns,
      series.values.map((v) => v !== null),
    );
    return series.values.flatMap((usd, i) => {
      const column = history.columns[i];
      const segment = segments[i];
      if (usd === null || !column || segment === null || segment === undefined) return [];
      const title = `${isolate(names.get(series.appSlug) ?? series.appSlug)}, ${TURN_RANGE_LABELS[series.range]}, week to ${formatDate(column.date)}: ${exactUsd(usd)} per session`;
      const key = `${series.appSlug}|${series.range}#${segment}`;
      return [
        { date: toUtcDate(column.date), usd, segment: key, range: series.range, ...place(series.appSlug), title },
      ];
    });
  });
  const panels = history.harnesses.map((h) => ({ ...place(h.appSlug), label: clip(h.name, layout.nameChars) }));
  const rows = Math.max(1, Math.ceil(history.harnesses.length / layout.columns));
  const domain = usdDomain(points.map((p) => p.usd));
  const axisLayout: HistoryLayout = {
    narrow: geometry === 'narrow',
    fontSize,
    xTicks: 3,
    marginLeft: layout.marginLeft,
    marginRight: 12,
    marginBottom: 32,
  };
  const color = (p: Point) => TURN_RANGE_COLORS[p.range];
  return renderSvg(geometry === 'wide' ? id : `${id}-narrow`, {
    width,
    height: rows * layout.panel + 58,
    marginTop: 26,
    marginBottom: 32,
    marginLeft: layout.marginLeft,
    marginRight: 12,
    style: sessionStyle(geometry),
    fx: { axis: null, padding: 0.14 },
    fy: { axis: null, padding: 0.2 },
    x: { ...columnScale(history.columns, axisLayout), inset: 8 },
    y: { type: 'log', domain, label: null, grid: true, ticks: usdTicks(domain, 4), tickFormat: usdTick, inset: 6 },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      Plot.frame({ stroke: 'currentColor', strokeOpacity: 0.15 }),
      ...gapBands(history.columns),
      Plot.line(points, { x: 'date', y: 'usd', z: 'segment', stroke: color, strokeWidth: 2, fx: 'fx', fy: 'fy' }),
      Plot.dot(points, {
        x: 'date',
        y: 'usd',
        fill: color,
        symbol: (p: Point) => TURN_RANGE_SYMBOLS[p.range],
        r: 3.5,
        fx: 'fx',
        fy: 'fy',
        title: 'title',
      }),
      Plot.text(panels, {
        fx: 'fx',
        fy: 'fy',
        text: 'label',
        frameAnchor: 'top-left',
        dy: -6,
        fontWeight: 'bold',
        lineAnchor: 'bottom',
      }),
    ],
  });
}
