import * as Plot from '@observablehq/plot';
import { TURN_RANGES, type TurnRange } from '../api/session-cost.ts';
import { exactUsd, TURN_RANGE_LABELS, type CostRow } from '../transform/session-cost.ts';
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

/** One drawn median: its row, session length and cost. */
type Dot = { key: string; label: string; range: TurnRange; usd: number };

/** Row height and name length of each design. */
const LAYOUT = {
  wide: { row: 26, marginLeft: 200, nameChars: 30, ticks: 8 },
  narrow: { row: 28, marginLeft: 124, nameChars: 15, ticks: 3 },
} as const;

/**
 * Median cost per session of some rows (one harness's models, or one model's harnesses) at each session length:
 * a row per model or harness, a dot per length in its colour and symbol on a log dollar axis, and a thin line
 * from the row's cheapest length to its dearest. Drawn for `wide` pages or `narrow` phones. `id`: e.g.
 * `session-cost-harness-aider`.
 */
export function sessionCostDotsChart(id: string, rows: readonly CostRow[], geometry: SessionGeometry): string {
  const layout = LAYOUT[geometry];
  const dots: Dot[] = rows.flatMap((row) =>
    TURN_RANGES.flatMap((range) => {
      const usd = row.costs[range];
      return usd === undefined ? [] : [{ key: row.key, label: row.label, range, usd }];
    }),
  );
  const spans = rows.flatMap((row) => {
    const costs = Object.values(row.costs);
    return costs.length > 1 ? [{ key: row.key, x1: Math.min(...costs), x2: Math.max(...costs) }] : [];
  });
  const domain = usdDomain(dots.map((d) => d.usd));
  const ticks = usdTicks(domain, layout.ticks);
  const labels = new Map(rows.map((r) => [r.key, clip(r.label, layout.nameChars)]));
  const margin = { top: 28, bottom: 32 };
  return renderSvg(geometry === 'wide' ? id : `${id}-narrow`, {
    width: SESSION_GEOMETRY[geometry].width,
    height: margin.top + Math.max(1, rows.length) * layout.row + margin.bottom,
    marginTop: margin.top,
    marginBottom: margin.bottom,
    marginLeft: layout.marginLeft,
    marginRight: 14,
    style: sessionStyle(geometry),
    x: { type: 'log', domain, label: null, grid: true, ticks, tickFormat: usdTick },
    y: {
      type: 'band',
      domain: rows.map((r) => r.key),
      label: null,
      tickSize: 0,
      tickFormat: (key: string) => labels.get(key) ?? key,
    },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      Plot.axisX({ anchor: 'top', ticks, tickFormat: usdTick, label: null }),
      Plot.axisX({ anchor: 'bottom', ticks, tickFormat: usdTick, label: null }),
      Plot.ruleY(spans, { y: 'key', x1: 'x1', x2: 'x2', stroke: 'currentColor', strokeOpacity: 0.35 }),
      Plot.dot(dots, {
        x: 'usd',
        y: 'key',
        r: geometry === 'wide' ? 5 : 5.5,
        fill: (d: Dot) => TURN_RANGE_COLORS[d.range],
        symbol: (d: Dot) => TURN_RANGE_SYMBOLS[d.range],
        title: (d: Dot) => `${isolate(d.label)}, ${TURN_RANGE_LABELS[d.range]}: ${exactUsd(d.usd)} per session`,
      }),
    ],
  });
}
