import { toMarkColor } from '../transform/colors.ts';
import type { Geometry } from './palette.ts';

// The palette and sizes live in a module with no imports, so a browser bundle (the bench's peer) can take them
// without the archive code; every chart imports them from here.
export { OTHER_COLOR, SERIES_PALETTE, SIZES, type ChartSize, type Geometry } from './palette.ts';

/** The chart background: the page colour in light and dark (`--color-page` in src/styles/global.css). */
export const BACKGROUNDS = { light: '#ffffff', dark: '#101217' } as const;

/**
 * Colours of the task macro-categories (code, data, agent, general): treemap tiles, their bars and legend. Each
 * passes 3:1 on both backgrounds (so bars need no darker variant) and carries tile text at 4.5:1.
 */
export const MACRO_COLORS: Readonly<Record<string, string>> = {
  code: '#0072B2',
  data: '#009E73',
  agent: '#CC79A7',
  general: '#B8860B',
};

/**
 * The colour to draw a series' line or small marks in: its palette colour, darkened or lightened just enough to reach
 * 3:1 against both backgrounds: `markColor('#F0E442')` is a dark gold.
 */
export function markColor(hex: string): string {
  return toMarkColor(hex, BACKGROUNDS.light, BACKGROUNDS.dark);
}

/** The bars of the app leaderboards (passes 3:1 on both backgrounds). */
export const BAR_COLOR = '#009E73';

/** Shared typography so every chart matches the page's text; narrow charts use `narrowSize`. */
export const FONT = { family: 'system-ui, -apple-system, "Segoe UI", sans-serif', size: 12, narrowSize: 14 } as const;

/** The font size of a geometry's chart text, in the SVG's own pixels. */
export function fontSizeOf(geometry: Geometry): number {
  return geometry === 'narrow' ? FONT.narrowSize : FONT.size;
}

/** No chart text may render smaller than this, in CSS px, at any width from a 320 px screen up. */
export const MIN_TEXT_PX = 11;

/**
 * Container widths (CSS px) at which a chart shown with both renderings switches from narrow to wide; the
 * `.chart-pair-<width>` rules of src/components/ChartSvg.astro implement each.
 */
export const WIDE_BREAKPOINTS = [400, 600, 820] as const;

/**
 * The narrowest container that shows the wide rendering of an SVG drawn `svgWidth` px wide with `FONT.size` text:
 * the first breakpoint where that text renders at `MIN_TEXT_PX` or more: `wideBreakpoint(880) === 820`. Throws for
 * a chart too wide for every breakpoint (add one, and its CSS rule).
 */
export function wideBreakpoint(svgWidth: number): number {
  const needed = (svgWidth * MIN_TEXT_PX) / FONT.size;
  const breakpoint = WIDE_BREAKPOINTS.find((b) => b >= needed);
  if (breakpoint === undefined) throw new Error(`chart ${svgWidth} px wide: no wide breakpoint reaches ${needed} px`);
  return breakpoint;
}

/** How a legend entry is drawn: a filled square (areas, bars), a line, or a filled or hollow dot. */
export const LEGEND_KINDS = ['swatch', 'line', 'dot-filled', 'dot-hollow'] as const;
export type LegendKind = (typeof LEGEND_KINDS)[number];

/** One legend entry, in the order drawn (the trailing `Other` stays last); `kind` defaults to `swatch`. */
export type LegendKey = { label: string; color: string; kind?: LegendKind | undefined };
