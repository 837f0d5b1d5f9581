import * as Plot from '@observablehq/plot';
import { formatTokenTick } from './model-axes.ts';
import { renderSvg } from './render.ts';
import { FONT } from './theme.ts';

/**
 * One mover: `key` is unique, `label` the untrusted name on the axis, `value` the excess (positive: rose) as a float
 * for pixels only, `valueLabel` the text at the bar's end (`+934B`), `title` the hover text.
 */
export type MoverBar = { key: string; label: string; value: number; valueLabel: string; title: string };

/** Risers and fallers: a blue and an orange from Paul Tol's schemes, apart for every colour vision. */
export const MOVER_COLORS = { up: '#4477AA', down: '#EE8866' } as const;

const ROW = 22;
/** Room beyond each end of the axis for the value labels of the longest bars. */
const VALUE_ROOM = 64;

/**
 * Movers as diverging bars from zero, one row per bar in the given order (risers, then fallers): risers to the right
 * in blue, fallers to the left in orange, each labelled with its value at its end, names on the left (untrusted
 * text: Plot writes it as text nodes, cut with an ellipsis when long). The x axis is in tokens, symmetric, so a
 * rise and a fall of equal size have equal bars. `id`: e.g. `models-movers-7d`.
 */
export function moversChart(
  id: string,
  bars: readonly MoverBar[],
  options: { width: number; labelWidth: number; narrow?: boolean },
): string {
  const labels = new Map(bars.map((b) => [b.key, b.label]));
  const max = Math.max(1, ...bars.map((b) => Math.abs(b.value)));
  const direction = (b: MoverBar) => (b.value < 0 ? 'down' : 'up');
  return renderSvg(id, {
    width: options.width,
    height: Math.max(1, bars.length) * ROW + 40,
    marginTop: 8,
    marginBottom: 32,
    marginLeft: options.labelWidth,
    marginRight: 12,
    style: {
      fontFamily: FONT.family,
      fontSize: `${options.narrow ? FONT.narrowSize : FONT.size}px`,
      background: 'transparent',
      overflow: 'visible',
    },
    x: {
      domain: [-max, max],
      insetLeft: VALUE_ROOM,
      insetRight: VALUE_ROOM,
      label: 'Tokens above (+) or below (−) the baseline',
      labelAnchor: 'center',
      tickFormat: formatTokenTick,
      ticks: 5,
      grid: true,
    },
    y: { axis: null, label: null, domain: bars.map((b) => b.key), padding: 0.2 },
    color: { domain: ['up', 'down'], range: [MOVER_COLORS.up, MOVER_COLORS.down] },
    marks: [
      Plot.barX(bars, { x: 'value', y: 'key', fill: direction, title: 'title' }),
      Plot.ruleX([0]),
      Plot.axisY({
        tickSize: 0,
        tickFormat: (key: string) => labels.get(key) ?? '',
        textOverflow: 'ellipsis',
        lineWidth: (options.labelWidth - 24) / FONT.size,
      }),
      Plot.text(
        bars.filter((b) => b.value >= 0),
        { x: 'value', y: 'key', text: 'valueLabel', textAnchor: 'start', dx: 4, fill: 'currentColor' },
      ),
      Plot.text(
        bars.filter((b) => b.value < 0),
        { x: 'value', y: 'key', text: 'valueLabel', textAnchor: 'end', dx: -4, fill: 'currentColor' },
      ),
    ],
  });
}
