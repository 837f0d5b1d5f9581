import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUNDS,
  BAR_COLOR,
  FONT,
  fontSizeOf,
  MACRO_COLORS,
  markColor,
  MIN_TEXT_PX,
  OTHER_COLOR,
  SERIES_PALETTE,
  SIZES,
  WIDE_BREAKPOINTS,
  wideBreakpoint,
} from '../../../src/lib/charts/theme.ts';
import { colorDistance, contrastRatio } from '../../../src/lib/transform/colors.ts';

/** The narrowest box a chart is shown in: a 320 px screen less the page's and the figure's padding and border. */
const NARROWEST_BOX = 254;

const passesOnBoth = (color: string) =>
  Math.min(contrastRatio(color, BACKGROUNDS.light), contrastRatio(color, BACKGROUNDS.dark));

describe('SERIES_PALETTE', () => {
  it('has 16 distinct colours', () => expect(new Set(SERIES_PALETTE).size).toBe(16));

  // Palette neighbours (ranks i and i + 1, and the wrap from the last back to the first) are what a stack of
  // models ranked alike puts side by side.
  it.each(SERIES_PALETTE.map((color, i) => [color, SERIES_PALETTE[(i + 1) % SERIES_PALETTE.length] ?? color]))(
    '%s and its neighbour %s stay far apart under normal vision and every colour-vision deficiency',
    (a, b) => expect(colorDistance(a, b)).toBeGreaterThanOrEqual(0.18),
  );
});

describe(markColor, () => {
  it.each([...SERIES_PALETTE, OTHER_COLOR, ...Object.values(MACRO_COLORS)])(
    '%s: the line and dot colour reaches 3:1 on the light and the dark page',
    (color) => expect(passesOnBoth(markColor(color))).toBeGreaterThanOrEqual(3),
  );

  it('darkens the pale yellow a model page used to draw its line in (1.4:1 on white)', () => {
    expect(contrastRatio('#EEDD88', BACKGROUNDS.light)).toBeLessThan(1.5);
    expect(passesOnBoth(markColor('#EEDD88'))).toBeGreaterThanOrEqual(3);
  });

  it('keeps a colour that already passes', () => expect(markColor('#0072B2')).toBe('#0072B2'));
});

describe('colours drawn directly as bars, tiles and marks', () => {
  it.each([...Object.entries(MACRO_COLORS), ['app bars', BAR_COLOR]])('%s (%s) reach 3:1 on both pages', (_, c) =>
    expect(passesOnBoth(c)).toBeGreaterThanOrEqual(3),
  );

  it('keeps the four task groups apart under every colour vision', () => {
    const colors = Object.values(MACRO_COLORS);
    for (const [i, a] of colors.entries())
      for (const b of colors.slice(i + 1)) expect(colorDistance(a, b)).toBeGreaterThanOrEqual(0.04);
  });
});

describe('BACKGROUNDS', () => {
  it('are the page colours of src/styles/global.css', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const pages = [...css.matchAll(/--color-page:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]?.toLowerCase());
    expect(pages).toEqual([BACKGROUNDS.light, BACKGROUNDS.dark]);
  });
});

describe(wideBreakpoint, () => {
  it.each([
    [880, 820],
    [640, 600],
    [420, 400],
  ])('a chart %i px wide switches to wide from a %i px box', (width, breakpoint) =>
    expect(wideBreakpoint(width)).toBe(breakpoint),
  );

  it.each([880, 640, 420])('shows a %i px chart’s text at 11 px or more from its breakpoint up', (width) =>
    expect((FONT.size * wideBreakpoint(width)) / width).toBeGreaterThanOrEqual(MIN_TEXT_PX),
  );

  it('refuses a chart too wide for every breakpoint', () => expect(() => wideBreakpoint(1200)).toThrow(/1200 px/));

  it('has a container rule in ChartSvg.astro for every breakpoint', () => {
    const component = readFileSync('src/components/ChartSvg.astro', 'utf8');
    for (const b of WIDE_BREAKPOINTS) expect(component).toContain(`@container (min-width: ${b}px)`);
    for (const b of WIDE_BREAKPOINTS) expect(component).toContain(`.chart-pair-${b} > .chart-wide`);
  });
});

describe('narrow geometry', () => {
  it('keeps text at 11 px or more in the narrowest box and under 18 px at its 400 px cap', () => {
    const size = fontSizeOf('narrow');
    expect((size * NARROWEST_BOX) / SIZES.narrow.width).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect((size * 400) / SIZES.narrow.width).toBeLessThan(18);
    expect(readFileSync('src/components/ChartSvg.astro', 'utf8')).toMatch(/\.chart-narrow svg \{\s*max-width: 400px;/);
  });
});
