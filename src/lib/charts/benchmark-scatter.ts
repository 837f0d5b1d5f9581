import * as Plot from '@observablehq/plot';
import type { LaidPoint, ScatterLabel, ScatterLayout } from '../transform/scatter-layout.ts';
import { renderSvg } from './render.ts';
import { SERIES_PALETTE } from './theme.ts';

/** Axis titles, how an `x` tick reads (`$0.50`, `2 s`) and how a point's tooltip reads. */
export type ScatterAxes = { x: string; y: string; xTick: (x: number) => string; title: (p: LaidPoint) => string };

/** Colours of the dots and the frontier line, for the page's HTML legend; both read on light and dark pages. */
export const SCATTER_COLORS = { dot: SERIES_PALETTE[2], frontier: SERIES_PALETTE[6] } as const;
/** The label halo: the page background (light or dark), white in a standalone SVG file. */
const HALO = 'var(--color-page, #ffffff)';
const DOT = SCATTER_COLORS.dot;
const FRONTIER = SCATTER_COLORS.frontier;
const ANCHORS = ['start', 'middle', 'end'] as const;

/**
 * A benchmark scatterplot: score against cost on a log x scale, the cost/score frontier as a step line, dots
 * sized by recent OpenRouter usage (filled) or hollow for models not in the rankings, the layout's error bars (if
 * any) behind the dots, and the placed labels.
 * Scales use the layout's domains and ranges exactly, so labels land where `toScatterLayout` placed them.
 */
export function benchmarkScatterChart(id: string, layout: ScatterLayout, axes: ScatterAxes): string {
  const { frame } = layout;
  const { margin } = frame;
  const ranked = layout.points.filter((p) => p.usage !== null);
  const unranked = layout.points.filter((p) => p.usage === null);
  const labelsAt = (anchor: ScatterLabel['textAnchor']) => layout.labels.filter((l) => l.textAnchor === anchor);
  return renderSvg(id, {
    width: frame.width,
    height: frame.height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: {
      type: 'log',
      domain: frame.xDomain,
      range: [margin.left, frame.width - margin.right],
      label: axes.x,
      labelAnchor: 'center',
      labelArrow: 'none',
      ticks: frame.xTicks,
      tickFormat: axes.xTick,
    },
    y: {
      domain: frame.yDomain,
      range: [frame.height - margin.bottom, margin.top],
      label: axes.y,
      labelArrow: 'none',
      grid: true,
      ticks: 5,
    },
    r: { type: 'identity' },
    marks: [
      Plot.line(layout.steps, { x: 'x', y: 'y', curve: 'step-after', stroke: FRONTIER, strokeWidth: 1.5 }),
      // Only charts with error bars get the mark, so the charts without them keep their exact SVG.
      ...(layout.bars.length > 0
        ? [Plot.ruleX(layout.bars, { x: 'x', y1: 'y1', y2: 'y2', stroke: DOT, strokeWidth: 1.5, strokeOpacity: 0.8 })]
        : []),
      Plot.dot(unranked, { x: 'x', y: 'y', r: 'r', stroke: DOT, strokeWidth: 1.2, title: axes.title }),
      Plot.dot(ranked, { x: 'x', y: 'y', r: 'r', fill: DOT, fillOpacity: 0.55, stroke: DOT, title: axes.title }),
      ...ANCHORS.map((anchor) =>
        Plot.text(labelsAt(anchor), {
          x: 'dataX',
          y: 'dataY',
          text: 'text',
          textAnchor: anchor,
          lineAnchor: 'middle',
          fill: 'currentColor',
          stroke: HALO,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ),
    ],
  });
}
