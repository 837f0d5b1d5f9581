import * as Plot from '@observablehq/plot';
import { exactUsd, formatUsd } from '../transform/session-cost.ts';
import { renderSvg } from './render.ts';
import {
  clip,
  logFraction,
  SESSION_GEOMETRY,
  sessionStyle,
  usdDomain,
  usdTick,
  usdTicks,
  type SessionGeometry,
} from './session-cost-scale.ts';
import { isolate } from '../transform/safe-text.ts';

/** A harness or a model of the grid: its key (slug) and its name. */
export type GridKey = { key: string; label: string };

/** One published median of the grid. */
export type GridCell = { harness: string; model: string; usd: number };

/** Harness x model medians at one session length: harnesses and models in drawing order, and the cells. */
export type CostGrid = { harnesses: GridKey[]; models: GridKey[]; cells: GridCell[] };

/** The fill ramp's range within the scheme: its palest tenth would vanish on a white page. */
const RAMP = [0.12, 1] as const;
const SCHEME = Plot.scale({ color: { type: 'linear', domain: [0, 1], scheme: 'YlGnBu' } });

/** The fill of a cost on the grid's log ramp. */
function fillOf(domain: readonly [number, number], usd: number): string {
  const t = Math.min(1, Math.max(0, logFraction(domain, usd)));
  return String(SCHEME.apply(RAMP[0] + (RAMP[1] - RAMP[0]) * t));
}

/** Dark text on pale fills, white on dark ones (relative luminance of Plot's `rgb(r, g, b)`). */
function inkOn(fill: string): string {
  const [r = 0, g = 0, b = 0] = (fill.match(/\d+/g) ?? []).map((c) => {
    const s = Number(c) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.22 ? '#1a1d23' : '#ffffff';
}

/** The colour key of a grid, for the page's HTML legend: a swatch per round cost on its log ramp. */
export function gridLegend(grid: CostGrid): { label: string; color: string }[] {
  const domain = usdDomain(grid.cells.map((c) => c.usd));
  return usdTicks(domain, 7).map((usd) => ({ label: usdTick(usd), color: fillOf(domain, usd) }));
}

/** Labels and tooltips of a grid, by key. */
function namesOf(grid: CostGrid) {
  const harnesses = new Map(grid.harnesses.map((h) => [h.key, h.label]));
  const models = new Map(grid.models.map((m) => [m.key, m.label]));
  return {
    harness: (key: string) => harnesses.get(key) ?? key,
    model: (key: string) => models.get(key) ?? key,
    title: (c: GridCell) =>
      `${isolate(models.get(c.model) ?? c.model)} in ${isolate(harnesses.get(c.harness) ?? c.harness)}: ${exactUsd(c.usd)} per session`,
  };
}

const ROW = { wide: 22, narrow: 22 } as const;

/** Wide: a heat grid, models as rows and harnesses as columns, each cell its median on a log colour ramp. */
function wideGrid(id: string, grid: CostGrid): string {
  const { width } = SESSION_GEOMETRY.wide;
  const names = namesOf(grid);
  const domain = usdDomain(grid.cells.map((c) => c.usd));
  // Room on the right for the last column's slanted name.
  const margin = { top: 104, left: 184, right: 56, bottom: 8 };
  const cells = grid.cells.map((c) => {
    const fill = fillOf(domain, c.usd);
    return { ...c, fill, ink: inkOn(fill), text: formatUsd(c.usd) };
  });
  const blanks = grid.models.flatMap((m) => grid.harnesses.map((h) => ({ harness: h.key, model: m.key })));
  return renderSvg(id, {
    width,
    height: margin.top + grid.models.length * ROW.wide + margin.bottom,
    marginTop: margin.top,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    style: sessionStyle('wide'),
    x: {
      type: 'band',
      domain: grid.harnesses.map((h) => h.key),
      axis: 'top',
      label: null,
      tickRotate: -40,
      tickSize: 0,
      tickFormat: (key: string) => clip(names.harness(key), 18),
      padding: 0.06,
    },
    y: {
      type: 'band',
      domain: grid.models.map((m) => m.key),
      label: null,
      tickSize: 0,
      tickFormat: (key: string) => clip(names.model(key), 28),
      padding: 0.08,
    },
    color: { type: 'identity' },
    marks: [
      // Every harness x model pair, faintly: a pale square is a median not published.
      Plot.cell(blanks, { x: 'harness', y: 'model', fill: 'currentColor', fillOpacity: 0.05 }),
      Plot.cell(cells, { x: 'harness', y: 'model', fill: 'fill', title: names.title }),
      Plot.text(cells, { x: 'harness', y: 'model', text: 'text', fill: 'ink', fontSize: 11 }),
    ],
  });
}

/**
 * Narrow: a dot strip per harness, its models as rows cheapest first under the harness's name, on one log dollar
 * axis shared by every harness (top and bottom), each dot labelled with its median.
 */
function narrowStrips(id: string, grid: CostGrid): string {
  const { width, fontSize } = SESSION_GEOMETRY.narrow;
  const names = namesOf(grid);
  const domain = usdDomain(grid.cells.map((c) => c.usd));
  const margin = { top: 32, left: 138, right: 10, bottom: 32 };
  const ticks = usdTicks(domain, 3);
  const headers = grid.harnesses.map((h) => ({ key: `h:${h.key}`, label: clip(h.label, 30) }));
  const rows = grid.harnesses.flatMap((h) =>
    grid.cells
      .filter((c) => c.harness === h.key)
      .sort((a, b) => a.usd - b.usd)
      .map((c) => ({ ...c, key: `c:${h.key}:${c.model}`, right: logFraction(domain, c.usd) > 0.7 })),
  );
  const order = grid.harnesses.flatMap((h) => [
    `h:${h.key}`,
    ...rows.filter((r) => r.harness === h.key).map((r) => r.key),
  ]);
  const labels = new Map(rows.map((r) => [r.key, clip(names.model(r.model), 16)]));
  const value = (anchor: 'start' | 'end') =>
    Plot.text(
      rows.filter((r) => r.right === (anchor === 'end')),
      {
        x: 'usd',
        y: 'key',
        text: (r: GridCell) => formatUsd(r.usd),
        textAnchor: anchor,
        dx: anchor === 'start' ? 8 : -8,
      },
    );
  return renderSvg(id, {
    width,
    height: margin.top + order.length * ROW.narrow + margin.bottom,
    marginTop: margin.top,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    style: sessionStyle('narrow'),
    x: { type: 'log', domain, label: null, grid: true, ticks, tickFormat: usdTick },
    y: { type: 'band', domain: order, label: null, tickSize: 0, tickFormat: (key: string) => labels.get(key) ?? '' },
    marks: [
      Plot.axisX({ anchor: 'top', ticks, tickFormat: usdTick, label: null }),
      Plot.axisX({ anchor: 'bottom', ticks, tickFormat: usdTick, label: null }),
      Plot.text(headers, {
        y: 'key',
        text: 'label',
        frameAnchor: 'left',
        textAnchor: 'start',
        dx: -margin.left,
        fontWeight: 'bold',
        fontSize,
      }),
      Plot.dot(rows, { x: 'usd', y: 'key', r: 4.5, fill: 'currentColor', title: names.title }),
      value('start'),
      value('end'),
    ],
  });
}

/**
 * Median cost per session of every harness x model at one session length: a heat grid (`wide`) or a dot strip
 * per harness (`narrow`, for phones). Cells are medians, drawn as they are: nothing is pooled. `id`: e.g.
 * `session-cost-10-49-turns`.
 */
export function sessionCostGridChart(id: string, grid: CostGrid, geometry: SessionGeometry): string {
  return geometry === 'wide' ? wideGrid(id, grid) : narrowStrips(`${id}-narrow`, grid);
}
