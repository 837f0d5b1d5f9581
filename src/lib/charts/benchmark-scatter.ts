import * as Plot from '@observablehq/plot';
import { estimateTextWidth } from '../transform/label-placement.ts';
import {
  logTicks,
  xToPx,
  type LaidPoint,
  type ScatterLabel,
  type ScatterLayout,
  type ScatterFrame,
  type ScatterLayoutOptions,
} from '../transform/scatter-layout.ts';
import { renderSvg } from './render.ts';
import { FONT, SIZES, type Geometry, type LegendKey } from './theme.ts';

/**
 * Axis titles, how an `x` tick reads (`$0.50`, `2 s`) and how a point's tooltip reads; `xNarrow`, the x title of
 * the narrow chart, defaults to `x` without a trailing parenthesis (the notes explain it).
 */
export type ScatterAxes = {
  x: string;
  xNarrow?: string;
  y: string;
  xTick: (x: number) => string;
  title: (p: LaidPoint) => string;
};

/**
 * Colours of the dots and the frontier line (Okabe & Ito's blue and vermillion, told apart by every colour vision);
 * both reach 3:1 on light and dark pages.
 */
export const SCATTER_COLORS = { dot: '#0072B2', frontier: '#D55E00' } as const;

/** Dot fill opacity of the models in the rankings (hollow dots have none). */
const FILL_OPACITY = 0.55;

/**
 * The key of every scatterplot, for the page's legend and the exported images: filled dots (in the rankings, area
 * by recent tokens), hollow dots (not in the rankings) and the frontier line.
 */
export const SCATTER_LEGEND: readonly LegendKey[] = [
  { label: 'In the OpenRouter rankings (area = recent tokens)', color: SCATTER_COLORS.dot, kind: 'dot-filled' },
  { label: 'Not in the rankings', color: SCATTER_COLORS.dot, kind: 'dot-hollow' },
  { label: 'Cost/score frontier', color: SCATTER_COLORS.frontier, kind: 'line' },
];

/**
 * `toScatterLayout` options of the narrow scatterplot: its size, its text size, two top scorers and shorter
 * labels; the chart then draws only the first {@link NARROW_LABELS} of the placed labels (most important first).
 */
export const SCATTER_NARROW_LAYOUT = {
  width: SIZES.narrow.width,
  height: 360,
  fontSize: FONT.narrowSize,
  topScorers: 2,
  maxLabelChars: 16,
} as const satisfies ScatterLayoutOptions;

/** Labels a narrow scatterplot draws at most. */
const NARROW_LABELS = 4;

/**
 * The x ticks of a narrow scatterplot: the most of 1-2-5 steps, the frame's own ticks, or powers of ten whose labels
 * keep at least 8 px apart at the narrow text size.
 */
function narrowXTicks(frame: ScatterFrame, format: (x: number) => string): number[] {
  const room = (a: number, b: number) =>
    xToPx(frame, b) -
    xToPx(frame, a) -
    (estimateTextWidth(format(a), FONT.narrowSize) + estimateTextWidth(format(b), FONT.narrowSize)) / 2;
  const fits = (ticks: readonly number[]) => ticks.every((t, i) => i === 0 || room(ticks[i - 1] ?? t, t) >= 8);
  const options = [logTicks(frame.xDomain, 7), frame.xTicks, logTicks(frame.xDomain, 4)];
  return options.find(fits) ?? logTicks(frame.xDomain, 2);
}
/** The label halo: the page background (light or dark), white in a standalone SVG file. */
const HALO = 'var(--color-page, #ffffff)';
const DOT = SCATTER_COLORS.dot;
const FRONTIER = SCATTER_COLORS.frontier;
const ANCHORS = ['start', 'middle', 'end'] as const;

/**
 * A benchmark scatterplot: score against cost on a log x scale, the cost/score frontier as a step line, dots
 * sized by recent OpenRouter usage (filled) or hollow for models not in the rankings, the layout's error bars (if
 * any) behind the dots, and the placed labels.
 * Scales use the layout's domains and ranges exactly, so labels land where `toScatterLayout` placed them. Narrow
 * (`geometry: 'narrow'`, from a layout made with {@link SCATTER_NARROW_LAYOUT}): as many x ticks as keep apart,
 * four y ticks, a shorter x title, and only the first few labels.
 */
export function benchmarkScatterChart(
  id: string,
  layout: ScatterLayout,
  axes: ScatterAxes,
  geometry: Geometry = 'wide',
): string {
  const { frame } = layout;
  const { margin } = frame;
  const narrow = geometry === 'narrow';
  const ranked = layout.points.filter((p) => p.usage !== null);
  const unranked = layout.points.filter((p) => p.usage === null);
  const labels = narrow ? layout.labels.slice(0, NARROW_LABELS) : layout.labels;
  const labelsAt = (anchor: ScatterLabel['textAnchor']) => labels.filter((l) => l.textAnchor === anchor);
  return renderSvg(
    id,
    {
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
        label: narrow ? (axes.xNarrow ?? axes.x.replace(/\s*\([^)]*\)$/, '')) : axes.x,
        labelAnchor: 'center',
        labelArrow: 'none',
        ticks: narrow ? narrowXTicks(frame, axes.xTick) : frame.xTicks,
        tickFormat: axes.xTick,
      },
      y: {
        domain: frame.yDomain,
        range: [frame.height - margin.bottom, margin.top],
        label: axes.y,
        labelArrow: 'none',
        grid: true,
        ticks: narrow ? 4 : 5,
      },
      r: { type: 'identity' },
      marks: [
        Plot.line(layout.steps, { x: 'x', y: 'y', curve: 'step-after', stroke: FRONTIER, strokeWidth: 1.5 }),
        // Only charts with error bars get the mark, so the charts without them keep their exact SVG.
        ...(layout.bars.length > 0
          ? [Plot.ruleX(layout.bars, { x: 'x', y1: 'y1', y2: 'y2', stroke: DOT, strokeWidth: 1.5, strokeOpacity: 0.8 })]
          : []),
        Plot.dot(unranked, { x: 'x', y: 'y', r: 'r', stroke: DOT, strokeWidth: 1.2, title: axes.title }),
        Plot.dot(ranked, {
          x: 'x',
          y: 'y',
          r: 'r',
          fill: DOT,
          fillOpacity: FILL_OPACITY,
          stroke: DOT,
          title: axes.title,
        }),
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
    },
    geometry,
  );
}
