/**
 * What the session-cost charts share: their two designs (wide for about 600 px and up, narrow drawn 320 px wide
 * with larger type, so its text still renders at 11 px on a 320-px screen), the log dollar axis, and the colour
 * and symbol of each session length (both, so the lengths stay apart without colour vision).
 */
import type { TurnRange } from '../api/session-cost.ts';
import { FONT } from './theme.ts';

/** Which design a chart is drawn in. */
export type SessionGeometry = 'wide' | 'narrow';

/** Width and type size of each design, in the SVG's own pixels. */
export const SESSION_GEOMETRY: Readonly<Record<SessionGeometry, { width: number; fontSize: number }>> = {
  wide: { width: 880, fontSize: 12 },
  narrow: { width: 320, fontSize: 14 },
};

/** Plot's root style at a design's type size. */
export function sessionStyle(geometry: SessionGeometry): Record<string, string> {
  const { fontSize } = SESSION_GEOMETRY[geometry];
  return { fontFamily: FONT.family, fontSize: `${fontSize}px`, background: 'transparent', overflow: 'visible' };
}

/** Colours of the session lengths (Paul Tol's bright scheme, readable on light and dark pages), shortest first. */
export const TURN_RANGE_COLORS: Readonly<Record<TurnRange, string>> = {
  '1-turn': '#4477AA',
  '2-9-turns': '#228833',
  '10-49-turns': '#EE7733',
  '50-plus-turns': '#AA3377',
};

/** Symbols of the session lengths, shortest first. */
export const TURN_RANGE_SYMBOLS: Readonly<Record<TurnRange, string>> = {
  '1-turn': 'circle',
  '2-9-turns': 'square',
  '10-49-turns': 'triangle',
  '50-plus-turns': 'diamond',
};

/** A log domain around some costs, padded so the outermost dots stay clear of the frame. */
export function usdDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [0.01, 1];
  const [min, max] = [Math.min(...positive), Math.max(...positive)];
  return min === max ? [min / 2, max * 2] : [min / 1.4, max * 1.4];
}

/**
 * Tick values of a log dollar axis: 1-2-5 per decade, or powers of ten when more than `max` would show:
 * `usdTicks([0.03, 4], 7) === [0.05, 0.1, 0.2, 0.5, 1, 2]`.
 */
export function usdTicks(domain: readonly [number, number], max: number): number[] {
  const [lo, hi] = domain;
  const decades: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) decades.push(e);
  const steps = (mantissas: readonly number[]) =>
    decades
      .flatMap((e) => mantissas.map((m) => Number((m * 10 ** e).toPrecision(3))))
      .filter((v) => v >= lo && v <= hi);
  const fine = steps([1, 2, 5]);
  if (fine.length <= max) return fine;
  const tens = steps([1]);
  return tens.length <= max ? tens : tens.filter((_, i) => i % 2 === 0);
}

/** A tick of a dollar axis: `usdTick(0.05) === '$0.05'`, `usdTick(20) === '$20'`. */
export function usdTick(value: number): string {
  return `$${Number(value.toPrecision(3))}`;
}

/** A position on a log axis as a fraction of its width, 0 at the domain's start. */
export function logFraction(domain: readonly [number, number], value: number): number {
  const [lo, hi] = domain.map(Math.log) as [number, number];
  return (Math.log(value) - lo) / (hi - lo);
}

/** A label cut to `max` characters with an ellipsis; the full name is in the table and the tooltip. */
export function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
