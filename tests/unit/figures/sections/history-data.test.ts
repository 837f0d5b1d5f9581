import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, markColor } from '../../../../src/lib/charts/theme.ts';
import { lineColors } from '../../../../src/lib/figures/sections/history-data.ts';
import { colorDistance, contrastRatio } from '../../../../src/lib/transform/colors.ts';

describe(lineColors, () => {
  it('draws each series in its mark colour, keyed by a line of the same colour', () => {
    const { colors, legend } = lineColors([{ label: 'a' }, { label: 'b' }], ['#0072B2', '#F0E442']);
    expect(colors).toEqual(['#0072B2', markColor('#F0E442')]);
    expect(legend).toEqual([
      { label: 'a', color: '#0072B2', kind: 'line' },
      { label: 'b', color: markColor('#F0E442'), kind: 'line' },
    ]);
  });

  it('gives a series whose darkened colour matches an earlier one another colour, still at 3:1', () => {
    // The palette's yellow and two olives all darken to a gold.
    const { colors } = lineColors(
      ['a', 'b', 'c', 'd'].map((label) => ({ label })),
      ['#F0E442', '#999933', '#CCBB44', '#0072B2'],
    );
    expect(colors[0]).toBe(markColor('#F0E442'));
    expect(colors[3]).toBe('#0072B2');
    for (const [i, a] of colors.entries()) {
      expect(Math.min(contrastRatio(a, BACKGROUNDS.light), contrastRatio(a, BACKGROUNDS.dark))).toBeGreaterThanOrEqual(
        3,
      );
      for (const b of colors.slice(i + 1)) expect(colorDistance(a, b)).toBeGreaterThanOrEqual(0.03);
    }
  });
});
