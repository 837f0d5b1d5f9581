import * as Plot from '@observablehq/plot';
import { renderSvg } from './render.ts';
import { FONT } from './theme.ts';

/**
 * One bar: `key` is unique (two apps may share a name), `label` the untrusted name on the axis, `value` the
 * bar length, `valueLabel` the text at its end, `title` the hover text.
 */
export type HBar = { key: string; label: string; value: number; valueLabel: string; title: string };

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
 * Horizontal bars, one per row in the given order, names on the left and values at the bar ends; no x axis (each
 * bar is labelled). Names pass through Plot's text nodes, so markup in them is escaped.
 */
export function horizontalBars(id: string, bars: readonly HBar[], options: HBarsOptions): string {
  const labels = new Map(bars.map((b) => [b.key, b.label]));
  const max = options.max ?? Math.max(0, ...bars.map((b) => b.value));
  return renderSvg(id, {
    width: options.width,
    height: Math.max(1, bars.length) * ROW + 8,
    marginTop: 4,
    marginBottom: 4,
    marginLeft: options.labelWidth,
    marginRight: options.valueRoom ?? VALUE_ROOM,
    x: { axis: null, domain: [0, max > 0 ? max : 1] },
    y: { axis: null, label: null, domain: bars.map((b) => b.key), padding: 0.2 },
    marks: [
      Plot.barX(bars, { x: 'value', y: 'key', fill: options.color, title: 'title' }),
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
