/**
 * Pixel layout of a benchmark scatterplot: fixed scale domains and ranges (so labels can be placed before Plot
 * draws), dot radii from recent usage, the frontier step line, and non-overlapping labels for the notable points
 * (the top scorers, the frontier, the most used). Pure: the chart only turns this into Plot marks.
 */
import type { BenchmarkPoint, ScatterSet } from './benchmarks.ts';
import { toFrontier, toFrontierSteps, type CostScore } from './frontier.ts';
import { dotBox, placeLabels, type Box, type PlacedLabel } from './label-placement.ts';
import { shareOf } from './tokens.ts';

export type Margin = { top: number; right: number; bottom: number; left: number };

/** Scales of a scatterplot: log `x`, linear `y`, both with explicit domains and ranges. */
export type ScatterFrame = {
  width: number;
  height: number;
  margin: Margin;
  xDomain: [number, number];
  yDomain: [number, number];
  /** Tick values of the log `x` axis: 1-2-5 steps, or powers of ten when those would crowd. */
  xTicks: number[];
};

/** A point with its dot radius in pixels and whether it is on the frontier. */
export type LaidPoint = BenchmarkPoint & { r: number; onFrontier: boolean };

/** A vertical error bar through a point, from `y1` to `y2` at `x`, in data coordinates. */
export type SpreadBar = { slug: string; x: number; y1: number; y2: number };

/** A placed label, plus its text anchor in data coordinates for Plot. */
export type ScatterLabel = PlacedLabel & { dataX: number; dataY: number };

export type ScatterLayout = {
  frame: ScatterFrame;
  points: LaidPoint[];
  /** Vertices of the frontier's step-after line, extended to the right edge. */
  steps: CostScore[];
  labels: ScatterLabel[];
  /** Error bars from the `spreadOf` option; empty without it. */
  bars: SpreadBar[];
};

export type ScatterLayoutOptions = {
  width: number;
  height: number;
  /** Font size of the labels in pixels (the chart's text size). */
  fontSize?: number;
  /** How many top scorers get a label besides the frontier. */
  topScorers?: number;
  /** Labels longer than this many characters end with an ellipsis. */
  maxLabelChars?: number;
  /**
   * Half-length of a point's error bar in `y` units (e.g. one standard deviation), or null for none. The frame then
   * covers every bar and labels keep off them.
   */
  spreadOf?: (point: BenchmarkPoint) => number | null;
};

const MARGIN: Margin = { top: 16, right: 24, bottom: 40, left: 48 };
const R_MIN = 3.5;
const R_MAX = 12;

/** Dot radius: a sqrt scale of usage (area ∝ tokens) from R_MIN to R_MAX; models not in the rankings get R_MIN. */
export function radiusOf(usage: bigint | null, maxUsage: bigint): number {
  if (usage === null || maxUsage === 0n) return R_MIN;
  return R_MIN + (R_MAX - R_MIN) * Math.sqrt(shareOf(usage, maxUsage));
}

/** Log domain padded by a factor so the outermost dots stay clear of the axes. */
function logDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0.1, 100];
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return min === max ? [min / 2, max * 2] : [min / 1.5, max * 1.5];
}

/** Linear domain padded by 8% of its span (at least 1). */
function linearDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 100];
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const pad = Math.max((max - min) * 0.08, 1);
  return [min - pad, max + pad];
}

/**
 * Readable ticks for a log domain: 1-2-5 per decade, or only powers of ten when more than `max` would show, or
 * finer steps when a narrow domain would show fewer than three:
 * `logTicks([0.3, 30], 7) === [0.5, 1, 2, 5, 10, 20]`.
 */
export function logTicks(domain: readonly [number, number], max: number): number[] {
  const [lo, hi] = domain;
  const within = (v: number) => v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9);
  const decades: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) decades.push(e);
  const steps = (mantissas: readonly number[]) =>
    decades.flatMap((e) => mantissas.map((m) => Number((m * 10 ** e).toPrecision(3)))).filter(within);
  const step125 = steps([1, 2, 5]);
  if (step125.length < 3) return steps([1, 1.5, 2, 3, 5, 7]);
  return step125.length <= max ? step125 : steps([1]);
}

/** The frame of a set of points at a given size. */
export function toScatterFrame(points: readonly CostScore[], width: number, height: number): ScatterFrame {
  const xDomain = logDomain(points.map((p) => p.x));
  return {
    width,
    height,
    margin: MARGIN,
    xDomain,
    yDomain: linearDomain(points.map((p) => p.y)),
    xTicks: logTicks(xDomain, 7),
  };
}

/** Data `x` to pixels (log scale). */
export function xToPx(frame: ScatterFrame, x: number): number {
  const [d0, d1] = frame.xDomain.map(Math.log) as [number, number];
  const span = frame.width - frame.margin.left - frame.margin.right;
  return frame.margin.left + ((Math.log(x) - d0) / (d1 - d0)) * span;
}

/** Data `y` to pixels (linear, upward). */
export function yToPx(frame: ScatterFrame, y: number): number {
  const [d0, d1] = frame.yDomain;
  const span = frame.height - frame.margin.top - frame.margin.bottom;
  return frame.height - frame.margin.bottom - ((y - d0) / (d1 - d0)) * span;
}

/** Pixels back to data `x`. */
export function pxToX(frame: ScatterFrame, px: number): number {
  const [d0, d1] = frame.xDomain.map(Math.log) as [number, number];
  const span = frame.width - frame.margin.left - frame.margin.right;
  return Math.exp(d0 + ((px - frame.margin.left) / span) * (d1 - d0));
}

/** Pixels back to data `y`. */
export function pxToY(frame: ScatterFrame, px: number): number {
  const [d0, d1] = frame.yDomain;
  const span = frame.height - frame.margin.top - frame.margin.bottom;
  return d0 + ((frame.height - frame.margin.bottom - px) / span) * (d1 - d0);
}

/** Shortens a label: `truncateLabel('Claude Sonnet 4.5 Thinking', 12) === 'Claude Sonn…'`. */
export function truncateLabel(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Which points get a label, most important first: the top scorers, then the frontier from best to cheapest,
 * then the two most used models. Each point at most once.
 */
export function notablePoints(points: readonly LaidPoint[], topScorers: number): LaidPoint[] {
  const byScore = points.toSorted((a, b) => b.y - a.y || a.x - b.x);
  const frontier = byScore.filter((p) => p.onFrontier);
  const used = points
    .filter((p) => p.usage !== null)
    .toSorted((a, b) => ((b.usage ?? 0n) > (a.usage ?? 0n) ? 1 : (b.usage ?? 0n) < (a.usage ?? 0n) ? -1 : 0));
  return [...new Set([...byScore.slice(0, topScorers), ...frontier, ...used.slice(0, 2)])];
}

/** Thin boxes along a step-after line through pixel vertices, so labels keep off the frontier. */
export function stepBoxes(vertices: readonly { x: number; y: number }[]): Box[] {
  return vertices.slice(1).flatMap((next, i) => {
    const from = vertices[i] ?? next;
    const flat: Box = { x: from.x, y: from.y - 1, width: next.x - from.x, height: 2 };
    const rise: Box = { x: next.x - 1, y: Math.min(from.y, next.y), width: 2, height: Math.abs(from.y - next.y) };
    return [flat, rise];
  });
}

/** The error bars of the points that have a spread (see `ScatterLayoutOptions.spreadOf`). */
function toSpreadBars(points: readonly BenchmarkPoint[], spreadOf: ScatterLayoutOptions['spreadOf']): SpreadBar[] {
  if (!spreadOf) return [];
  return points.flatMap((p) => {
    const spread = spreadOf(p);
    return spread === null || !(spread > 0) ? [] : [{ slug: p.slug, x: p.x, y1: p.y - spread, y2: p.y + spread }];
  });
}

/** Half the width, in pixels, that labels keep clear around an error bar. */
const BAR_CLEARANCE = 2;

/** The whole layout of one scatterplot. */
export function toScatterLayout(set: ScatterSet, options: ScatterLayoutOptions): ScatterLayout {
  const fontSize = options.fontSize ?? 12;
  const bars = toSpreadBars(set.points, options.spreadOf);
  const barEnds = bars.flatMap((b) => [
    { x: b.x, y: b.y1 },
    { x: b.x, y: b.y2 },
  ]);
  const frame = toScatterFrame([...set.points, ...barEnds], options.width, options.height);
  const frontierSet = new Set(toFrontier(set.points));
  const maxUsage = set.points.reduce((m, p) => (p.usage !== null && p.usage > m ? p.usage : m), 0n);
  const points = set.points.map((p) => ({ ...p, r: radiusOf(p.usage, maxUsage), onFrontier: frontierSet.has(p) }));
  const px = (p: CostScore) => ({ x: xToPx(frame, p.x), y: yToPx(frame, p.y) });
  const requests = notablePoints(points, options.topScorers ?? 3).map((p) => ({
    id: p.slug,
    text: truncateLabel(p.name, options.maxLabelChars ?? 24),
    r: p.r,
    ...px(p),
  }));
  const steps = toFrontierSteps(toFrontier(set.points), frame.xDomain[1]);
  const { margin } = frame;
  const placement = placeLabels(requests, {
    fontSize,
    bounds: {
      x: margin.left,
      y: margin.top,
      width: frame.width - margin.left - margin.right,
      height: frame.height - margin.top - margin.bottom,
    },
    obstacles: [
      ...points.map((p) => {
        const at = px(p);
        return dotBox(at.x, at.y, p.r);
      }),
      ...stepBoxes(steps.map(px)),
      ...bars.map((b) => {
        const [top, bottom] = [yToPx(frame, b.y2), yToPx(frame, b.y1)];
        return { x: xToPx(frame, b.x) - BAR_CLEARANCE, y: top, width: 2 * BAR_CLEARANCE, height: bottom - top };
      }),
    ],
  });
  return {
    frame,
    points,
    steps,
    labels: placement.placed.map((l) => ({ ...l, dataX: pxToX(frame, l.x), dataY: pxToY(frame, l.y) })),
    bars,
  };
}
