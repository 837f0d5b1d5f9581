/**
 * What the history charts (bump, history line) share: their geometry at a width and how gaps between snapshots are
 * drawn. Narrow (below 560 px, phones) is its own design, not a shrunken wide chart: larger type, so it still reads
 * at 11 px or more when a 375-px-wide chart is scaled down to a 320-px screen, fewer ticks, tighter margins.
 */
import * as Plot from '@observablehq/plot';
import { toUtcDate } from './model-axes.ts';
import { type ChartSize, FONT } from './theme.ts';

/** Charts narrower than this use the narrow geometry. */
export const NARROW_BELOW = 560;

/** The geometry of a history chart at one size. */
export type HistoryLayout = {
  narrow: boolean;
  fontSize: number;
  /** At most this many x ticks (fewer when there are fewer columns). */
  xTicks: number;
  marginLeft: number;
  marginRight: number;
  /** Room below the axis for two-line ticks (`27` over `Sep`), descenders included. */
  marginBottom: number;
};

/** The geometry for a size; `labels`: room on the right for end labels (the bump chart's names). */
export function toHistoryLayout(size: ChartSize, labels: boolean): HistoryLayout {
  const narrow = size.width < NARROW_BELOW;
  return {
    narrow,
    fontSize: narrow ? 14 : 12,
    xTicks: narrow ? 4 : 8,
    marginLeft: narrow ? 40 : 52,
    marginRight: labels ? (narrow ? 124 : 176) : narrow ? 12 : 20,
    marginBottom: narrow ? 40 : 36,
  };
}

/** Plot's root style at a layout's type size. */
export function styleOf(layout: HistoryLayout): Record<string, string> {
  return {
    fontFamily: FONT.family,
    fontSize: `${layout.fontSize}px`,
    background: 'transparent',
    overflow: 'visible',
  };
}

/** Tick intervals Plot understands, each with its length in days, shortest first. */
const TICK_INTERVALS = [
  ['day', 1],
  ['week', 7],
  ['2 weeks', 14],
  ['month', 30],
  ['3 months', 91],
  ['6 months', 182],
  ['year', 365],
] as const;

/**
 * The time axis from the first column to the last at their real dates (irregular spacing stays irregular), ticked
 * at the shortest calendar interval that gives at most the layout's tick count over the span.
 */
export function columnScale(columns: readonly { date: string }[], layout: HistoryLayout): Plot.ScaleOptions {
  const first = columns[0]?.date;
  const last = columns.at(-1)?.date;
  const span = first && last ? (toUtcDate(last).getTime() - toUtcDate(first).getTime()) / 86_400_000 : 0;
  const interval = TICK_INTERVALS.find(([, days]) => span / days <= layout.xTicks)?.[0] ?? 'year';
  // The domain is every column, not only the points drawn: a span whose early columns have no line still starts there.
  const domain = first && last ? [toUtcDate(first), toUtcDate(last)] : undefined;
  return { type: 'utc', label: null, ticks: interval, ...(domain ? { domain } : {}) };
}

/** Columns in date order; `gapBefore` marks a column with missing snapshots (or weeks) before it. */
type Column = { date: string; gapBefore: boolean };

/**
 * A light band over each gap, from the column before it to the column after, full height, so a missing stretch
 * reads as missing rather than as a straight line between its ends.
 */
export function gapBands(columns: readonly Column[]): Plot.Markish[] {
  const bands = columns.flatMap((column, i) => {
    const before = columns[i - 1];
    return column.gapBefore && before ? [{ x1: toUtcDate(before.date), x2: toUtcDate(column.date) }] : [];
  });
  if (bands.length === 0) return [];
  return [Plot.rectX(bands, { x1: 'x1', x2: 'x2', fill: 'currentColor', fillOpacity: 0.08 })];
}

/**
 * Segment ids that break a series' line wherever a value is missing or a gap precedes a column: points with the
 * same id are joined. Precondition: one value per column, in column order.
 */
export function toSegments(columns: readonly Column[], present: readonly boolean[]): (number | null)[] {
  let segment = 0;
  return present.map((here, i) => {
    if (!here) {
      segment += 1;
      return null;
    }
    if (i > 0 && columns[i]?.gapBefore) segment += 1;
    return segment;
  });
}
