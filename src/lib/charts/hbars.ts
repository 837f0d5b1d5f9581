import * as Plot from '@observablehq/plot';
import { renderSvg } from './render.ts';
import { FONT, SIZES, type Geometry } from './theme.ts';

/**
 * One bar: `key` is unique (two apps may share a name), `label` the untrusted name on the axis, `value` the
 * bar length, `valueLabel` the text at its end, `title` the hover text; `color` overrides the chart's colour.
 * A `heading` row (narrow only) is a bold group name and total with no bar.
 */
export type HBar = {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  title: string;
  color?: string;
  heading?: boolean;
};

export type HBarsOptions = {
  width: number;
  /** Pixels reserved for the names; longer names end with an ellipsis (the full name is in a title). */
  labelWidth: number;
  color: string;
  /** Bar scale domain; defaults to [0, the largest value]. */
  max?: number;
  /** Pixels right of the longest bar for its value label (default 56, room for `12.3%`). */
  valueRoom?: number;
};

const ROW = 20;
const VALUE_ROOM = 56;

/**
 * Horizontal bars, one per row in the given order. Wide: names on the left and values at the bar ends; narrow
 * (`SIZES.narrow.width` wide, whatever `options.width`): each name on its own line with its value at the right
 * end, the bar full width below it, so long names keep most of their length. No x axis (each bar is labelled).
 * Names pass through Plot's text nodes, so markup in them is escaped.
 */
export function horizontalBars(
  id: string,
  bars: readonly HBar[],
  options: HBarsOptions,
  geometry: Geometry = 'wide',
): string {
  return geometry === 'narrow' ? narrowHorizontalBars(id, bars, options) : wideBars(id, bars, options);
}

function domainMax(bars: readonly HBar[], options: Pick<HBarsOptions, 'max'>): number {
  const max = options.max ?? Math.max(0, ...bars.filter((b) => !b.heading).map((b) => b.value));
  return max > 0 ? max : 1;
}

/** A bar's fill: its own colour, or the chart's (a constant when no bar has its own, so the SVG stays as it was). */
function fillOf(bars: readonly HBar[], options: Pick<HBarsOptions, 'color'>): string | ((bar: HBar) => string) {
  return bars.some((b) => b.color) ? (bar: HBar) => bar.color ?? options.color : options.color;
}

function wideBars(id: string, bars: readonly HBar[], options: HBarsOptions): string {
  const labels = new Map(bars.map((b) => [b.key, b.label]));
  return renderSvg(id, {
    width: options.width,
    height: Math.max(1, bars.length) * ROW + 8,
    marginTop: 4,
    marginBottom: 4,
    marginLeft: options.labelWidth,
    marginRight: options.valueRoom ?? VALUE_ROOM,
    x: { axis: null, domain: [0, domainMax(bars, options)] },
    y: { axis: null, label: null, domain: bars.map((b) => b.key), padding: 0.2 },
    marks: [
      Plot.barX(bars, { x: 'value', y: 'key', fill: fillOf(bars, options), title: 'title' }),
      Plot.axisY({
        tickSize: 0,
        tickFormat: (key: string) => labels.get(key) ?? '',
        textOverflow: 'ellipsis',
        lineWidth: (options.labelWidth - 12) / FONT.size,
      }),
      Plot.text(bars, { x: 'value', y: 'key', text: 'valueLabel', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
    ],
  });
}

/** A narrow row: a text line (name left, value right) and a bar below; a heading row is a text line only. */
const NARROW_ROW = { line: 18, bar: 10, gap: 9, heading: 26 } as const;

/** A bar placed in a narrow chart: `top` of its row and the baseline of its text line, in pixels. */
type PlacedBar = HBar & { top: number; baseline: number };

/** Rows stacked from the top, each as tall as its kind; also the total height. */
function toPlacedBars(bars: readonly HBar[]): { rows: PlacedBar[]; height: number } {
  let height = 0;
  const rows = bars.map((bar) => {
    const top = height;
    height += bar.heading ? NARROW_ROW.heading : NARROW_ROW.line + NARROW_ROW.bar + NARROW_ROW.gap;
    return { ...bar, top, baseline: top + (bar.heading ? NARROW_ROW.heading - 8 : NARROW_ROW.line - 4) };
  });
  return { rows, height };
}

/** The name (shortened to `labelEms`) and the value of each row on its text line, in a weight. */
function textLine(rows: readonly PlacedBar[], fontWeight: number, labelEms: number): Plot.Markish[] {
  const { width } = SIZES.narrow;
  const common = { y: 'baseline', lineAnchor: 'bottom', fontWeight, fill: 'currentColor' } as const;
  return [
    Plot.text(rows, {
      ...common,
      x: 0,
      text: 'label',
      textAnchor: 'start',
      textOverflow: 'ellipsis',
      lineWidth: labelEms,
    }),
    Plot.text(rows, { ...common, x: width, text: 'valueLabel', textAnchor: 'end' }),
  ];
}

/**
 * The narrow bars on their own (see `horizontalBars`), `SIZES.narrow.width` wide; `heading` rows allowed. The
 * rendering's id gets `-narrow`.
 */
export function narrowHorizontalBars(
  id: string,
  bars: readonly HBar[],
  options: Pick<HBarsOptions, 'color' | 'max'>,
): string {
  const { width } = SIZES.narrow;
  const { rows, height } = toPlacedBars(bars);
  const plain = rows.filter((r) => !r.heading);
  const headings = rows.filter((r) => r.heading);
  // Names get the line's width less the widest value and a gap (0.6 em per character errs on the wide side).
  const valueEms = Math.max(0, ...rows.map((r) => [...r.valueLabel].length * 0.6));
  const labelEms = width / FONT.narrowSize - valueEms - 0.6;
  const max = domainMax(bars, options);
  return renderSvg(
    id,
    {
      width,
      height: Math.max(1, height),
      margin: 0,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(plain, {
          x1: 0,
          x2: (r: PlacedBar) => Math.max(1, (Math.max(0, r.value) / max) * width),
          y1: (r: PlacedBar) => r.top + NARROW_ROW.line,
          y2: (r: PlacedBar) => r.top + NARROW_ROW.line + NARROW_ROW.bar,
          fill: fillOf(bars, options),
          title: 'title',
        }),
        ...textLine(plain, 400, labelEms),
        ...(headings.length > 0 ? textLine(headings, 600, labelEms) : []),
      ],
    },
    'narrow',
  );
}
