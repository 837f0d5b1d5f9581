import * as Plot from '@observablehq/plot';
import type { SessionCostCell } from '../api/session-cost.ts';
import { exactUsd, type ScoredModel } from '../transform/session-cost.ts';
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
import { SERIES_PALETTE } from './theme.ts';
import { isolate } from '../transform/safe-text.ts';

/** The colour of the dots and lines. */
export const SCATTER_DOT_COLOR = SERIES_PALETTE[0];
/** The label halo: the page background (light or dark), white in a standalone SVG file. */
const HALO = 'var(--color-page, #ffffff)';

const LAYOUT = {
  wide: { height: 500, margin: { top: 16, right: 24, bottom: 44, left: 52 }, nameChars: 24, ticks: 8 },
  narrow: { height: 420, margin: { top: 16, right: 12, bottom: 44, left: 44 }, nameChars: 14, ticks: 3 },
} as const;

/** A placed model label in data coordinates. */
type Label = { x: number; y: number; text: string; anchor: 'start' | 'end' };

/** The score axis: the scores padded by a tenth of their span (at least 2 points). */
function scoreDomain(models: readonly ScoredModel[]): [number, number] {
  const scores = models.map((m) => m.score);
  if (scores.length === 0) return [0, 100];
  const [min, max] = [Math.min(...scores), Math.max(...scores)];
  const pad = Math.max((max - min) * 0.1, 2);
  return [min - pad, max + pad];
}

/**
 * Labels that fit, highest score first: each after its model's dearest dot, or before its cheapest when it would
 * run past the right edge, and only where it covers no label placed before it and no other model's dots and line
 * (estimated text widths).
 */
function placeLabels(
  models: readonly ScoredModel[],
  geometry: SessionGeometry,
  scales: { x: [number, number]; y: [number, number] },
): Label[] {
  const { width, fontSize } = SESSION_GEOMETRY[geometry];
  const { margin, height, nameChars } = LAYOUT[geometry];
  const plotWidth = width - margin.left - margin.right;
  const px = (usd: number) => margin.left + logFraction(scales.x, usd) * plotWidth;
  const py = (score: number) =>
    height -
    margin.bottom -
    ((score - scales.y[0]) / (scales.y[1] - scales.y[0])) * (height - margin.top - margin.bottom);
  const boxes: { x1: number; x2: number; y: number }[] = [];
  // Every other model's dots and line, which a label must not cover either.
  const marks = models.flatMap((m) => {
    const [cheapest, dearest] = [m.cells[0], m.cells.at(-1)];
    if (!cheapest || !dearest) return [];
    const [x1, x2] = [px(cheapest.median_session_cost_usd) - 5, px(dearest.median_session_cost_usd) + 5];
    return [{ model: m.permaslug, x1, x2, y: py(m.score) }];
  });
  const labels: Label[] = [];
  for (const model of models) {
    const cheapest = model.cells[0];
    const dearest = model.cells.at(-1);
    if (!cheapest || !dearest) continue;
    const text = clip(model.label, nameChars);
    const textWidth = [...text].length * fontSize * 0.58;
    const after = px(dearest.median_session_cost_usd) + 8;
    const fitsAfter = after + textWidth <= width - margin.right;
    const x1 = fitsAfter ? after : px(cheapest.median_session_cost_usd) - 8 - textWidth;
    const box = { x1, x2: x1 + textWidth, y: py(model.score) };
    const overlaps = (b: { x1: number; x2: number }) => b.x1 < box.x2 && box.x1 < b.x2;
    const clash =
      boxes.some((b) => Math.abs(b.y - box.y) < fontSize + 2 && overlaps(b)) ||
      marks.some((m) => m.model !== model.permaslug && Math.abs(m.y - box.y) < fontSize / 2 + 5 && overlaps(m));
    if (clash || box.x1 < margin.left) continue;
    boxes.push(box);
    labels.push({
      x: fitsAfter ? dearest.median_session_cost_usd : cheapest.median_session_cost_usd,
      y: model.score,
      text,
      anchor: fitsAfter ? 'start' : 'end',
    });
  }
  return labels;
}

/**
 * Median cost per session against a coding score, at one session length: a model per row at its score, a dot per
 * harness at that harness's median and a line from the cheapest harness to the dearest (the medians are never
 * averaged into one point), labelled where the labels fit. `wide` for pages, `narrow` for phones. `id`: e.g.
 * `session-cost-coding-10-49-turns`.
 */
export function sessionCostScatterChart(
  id: string,
  models: readonly ScoredModel[],
  options: { geometry: SessionGeometry; scoreLabel: string },
): string {
  const { geometry } = options;
  const { width } = SESSION_GEOMETRY[geometry];
  const layout = LAYOUT[geometry];
  const dots = models.flatMap((m) => m.cells.map((cell) => ({ cell, label: m.label, score: m.score })));
  const x = usdDomain(dots.map((d) => d.cell.median_session_cost_usd));
  const y = scoreDomain(models);
  const spans = models.flatMap((m) => {
    const [cheapest, dearest] = [m.cells[0], m.cells.at(-1)];
    return cheapest && dearest && m.cells.length > 1
      ? [{ y: m.score, x1: cheapest.median_session_cost_usd, x2: dearest.median_session_cost_usd }]
      : [];
  });
  const labels = placeLabels(models, geometry, { x, y });
  const ticks = usdTicks(x, layout.ticks);
  const usd = (d: { cell: SessionCostCell }) => d.cell.median_session_cost_usd;
  return renderSvg(geometry === 'wide' ? id : `${id}-narrow`, {
    width,
    height: layout.height,
    marginTop: layout.margin.top,
    marginRight: layout.margin.right,
    marginBottom: layout.margin.bottom,
    marginLeft: layout.margin.left,
    style: sessionStyle(geometry),
    x: {
      type: 'log',
      domain: x,
      label: 'Median cost per session (USD, log scale)',
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks,
      tickFormat: usdTick,
    },
    y: { domain: y, label: options.scoreLabel, labelArrow: 'none', grid: true, ticks: geometry === 'wide' ? 6 : 4 },
    marks: [
      Plot.ruleY(spans, {
        y: 'y',
        x1: 'x1',
        x2: 'x2',
        stroke: SCATTER_DOT_COLOR,
        strokeOpacity: 0.5,
        strokeWidth: 1.5,
      }),
      Plot.dot(dots, {
        x: usd,
        y: 'score',
        r: geometry === 'wide' ? 4 : 4.5,
        fill: SCATTER_DOT_COLOR,
        fillOpacity: 0.7,
        stroke: SCATTER_DOT_COLOR,
        title: (d: (typeof dots)[number]) =>
          `${isolate(d.label)} in ${isolate(d.cell.app_name)}: ${exactUsd(usd(d))} per session; ${options.scoreLabel.toLowerCase()} ${d.score}`,
      }),
      ...(['start', 'end'] as const).map((anchor) =>
        Plot.text(
          labels.filter((l) => l.anchor === anchor),
          {
            x: 'x',
            y: 'y',
            text: 'text',
            textAnchor: anchor,
            dx: anchor === 'start' ? 8 : -8,
            fill: 'currentColor',
            stroke: HALO,
            strokeWidth: 3,
            paintOrder: 'stroke',
          },
        ),
      ),
    ],
  });
}
