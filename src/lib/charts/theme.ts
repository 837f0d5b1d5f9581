/**
 * Colours and sizes of every chart. Series colours are Paul Tol's colour-blind-safe "muted" and "light" schemes
 * (16 hues, readable on light and dark backgrounds); `Other` is always neutral grey so it never reads as a model.
 */
export const SERIES_PALETTE = [
  '#4477AA',
  '#88CCEE',
  '#44AA99',
  '#228833',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#AA3377',
  '#AA4499',
  '#77AADD',
  '#EE8866',
  '#EEDD88',
  '#FFAABB',
  '#99DDFF',
  '#BBCC33',
  '#AAAA00',
] as const;

/** The colour of the trailing `Other` series. */
export const OTHER_COLOR = '#9a9a9a';

/** Colours of the task macro-categories (code, data, agent, general), from the same palette. */
export const MACRO_COLORS: Readonly<Record<string, string>> = {
  code: '#4477AA',
  data: '#44AA99',
  agent: '#CC6677',
  general: '#DDCC77',
};

/** Default chart sizes in CSS pixels; the SVG scales down to its container (viewBox). */
export const SIZES = {
  wide: { width: 880, height: 420 },
  medium: { width: 640, height: 360 },
  square: { width: 640, height: 520 },
  spark: { width: 240, height: 56 },
} as const;
export type ChartSize = { width: number; height: number };

/** Shared typography so every chart matches the page's text. */
export const FONT = { family: 'system-ui, -apple-system, "Segoe UI", sans-serif', size: 12 } as const;
