/**
 * Colours and sizes of every chart (no imports: a browser bundle such as the bench's peer takes them alone;
 * src/lib/charts/theme.ts re-exports them with the rest of the theme). Series colours come from Okabe & Ito's and Paul Tol's colour-blind-safe sets,
 * ordered so that neighbours (and the last and the first, where ranks wrap round) stay far apart under normal
 * vision and every common colour-vision deficiency (tests/unit/charts/theme.test.ts checks it); `Other` is always neutral grey so it never reads as a
 * model. Areas use these fills as they are; lines and small marks use `toMarkColor`, which reaches 3:1 against
 * both page backgrounds.
 */
export const SERIES_PALETTE = [
  '#0072B2',
  '#EE7733',
  '#882255',
  '#CC79A7',
  '#F0E442',
  '#009E73',
  '#332288',
  '#999933',
  '#99DDFF',
  '#EE3377',
  '#FFAABB',
  '#AA4499',
  '#CCBB44',
  '#117733',
  '#56B4E9',
  '#CC3311',
] as const;

/** The colour of the trailing `Other` series. */
export const OTHER_COLOR = '#9a9a9a';

/**
 * `wide`: drawn for a box of about 600 px and up; `narrow`: for phones and blog columns, 320 px wide with larger
 * type, so its text stays at least 11 px from a 254 px box (a 320 px screen) up.
 */
export type Geometry = 'wide' | 'narrow';

/** A chart's drawn size in CSS px; `geometry: 'narrow'` picks a chart's narrow design (see `SIZES.narrow`). */
export type ChartSize = { width: number; height: number; geometry?: Geometry };

/** Default chart sizes in CSS pixels; the SVG scales to its container (viewBox). */
export const SIZES = {
  wide: { width: 880, height: 420 },
  medium: { width: 640, height: 360 },
  square: { width: 640, height: 520 },
  narrow: { width: 320, height: 280, geometry: 'narrow' },
} as const satisfies Record<string, ChartSize>;
