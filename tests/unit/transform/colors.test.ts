import { describe, expect, it } from 'vitest';
import {
  colorDistance,
  colorOf,
  contrastRatio,
  MIN_NEIGHBOUR_DISTANCE,
  relativeLuminance,
  toChartColors,
  toMarkColor,
  toSiteColors,
} from '../../../src/lib/transform/colors.ts';
import { authorOf } from '../../../src/lib/transform/model-slugs.ts';
import { OTHER_KEY } from '../../../src/lib/transform/shares.ts';
import { day } from '../../fakes/model-rows.ts';

// Three colours far apart under every colour vision, and a grey for Other.
const [RED, GREEN, BLUE, GREY] = ['#0072B2', '#EE7733', '#F0E442', '#9a9a9a'];
const palette = [RED, GREEN, BLUE];
const rows = [
  ...day('2026-11-23', { 'a/one': 50, 'b/two': 40, 'a/three': 30, 'c/four': 20 }, 999),
  ...day('2026-11-24', { 'c/four': 25, 'b/two': 10, 'd/five': 5 }, 999),
];
const site = toSiteColors(rows, palette, GREY);

describe(toSiteColors, () => {
  it('ranks keys by all-time tokens, ignoring the API’s other row', () =>
    expect([...site.rankOf]).toEqual([
      ['a/one', 0],
      ['b/two', 1],
      ['c/four', 2],
      ['a/three', 3],
      ['d/five', 4],
    ]));

  it('ranks authors with authorOf', () =>
    expect([...toSiteColors(rows, palette, GREY, authorOf).rankOf.keys()]).toEqual(['a', 'b', 'c', 'd']));

  it('is deterministic whatever the row order', () =>
    expect(toSiteColors([...rows].reverse(), palette, GREY)).toEqual(site));
});

describe(colorOf, () => {
  it.each([
    ['a/one', RED],
    ['c/four', BLUE],
    ['a/three', RED], // rank 3 wraps round the palette
    [OTHER_KEY, GREY],
    ['z/unknown', GREY],
  ])('%s -> %s', (key, expected) => expect(colorOf(site, key)).toBe(expected));
});

describe(toChartColors, () => {
  it('keeps site colours and gives Other its own grey', () =>
    expect(toChartColors(site, ['a/one', 'c/four', OTHER_KEY])).toEqual([RED, BLUE, GREY]));

  it('never repeats a colour within a chart while the palette lasts', () =>
    // a/three prefers red, which a/one (higher all-time rank) keeps; a/three takes the first free colour
    expect(toChartColors(site, ['a/three', 'a/one', OTHER_KEY])).toEqual([GREEN, RED, GREY]));

  it('gives the same key the same colour whatever the series order', () => {
    const forward = toChartColors(site, ['a/one', 'b/two', 'c/four']);
    const backward = toChartColors(site, ['c/four', 'b/two', 'a/one']);
    expect(backward).toEqual([...forward].reverse());
  });

  it('starts the palette over once every colour is taken', () =>
    expect(toChartColors(site, ['a/one', 'b/two', 'c/four', 'a/three'])).toEqual([RED, GREEN, BLUE, RED]));

  it('gives a key a colour unlike its stack neighbours when its own would be hard to tell from theirs', () => {
    // Blue #0072B2 and green #117733 look alike to a protanope; so do green and red #CC3311.
    const hard = toSiteColors(rows, ['#0072B2', '#117733', '#CC3311', '#F0E442'], GREY);
    const colors = toChartColors(hard, ['a/one', 'b/two', 'c/four', OTHER_KEY]);
    expect(colors[0]).toBe('#0072B2'); // the biggest model keeps its site colour
    for (let i = 1; i < colors.length; i += 1) {
      expect(colorDistance(colors[i - 1] ?? '', colors[i] ?? '')).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_DISTANCE);
    }
  });

  it('refuses a colour that is not #rrggbb, since its contrast could not be checked', () =>
    expect(() => toChartColors(toSiteColors(rows, ['red', 'green'], 'grey'), ['a/one', 'b/two'])).toThrow(
      /"(red|green)" is not #rrggbb/,
    ));
});

describe(relativeLuminance, () => {
  it.each([
    ['#ffffff', 1],
    ['#000000', 0],
    ['#808080', 0.2158605],
  ])('%s -> %d', (hex, l) => expect(relativeLuminance(hex)).toBeCloseTo(l, 6));
});

describe(contrastRatio, () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#EEDD88', '#ffffff', 1.37],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1, in either order', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

describe(toMarkColor, () => {
  const [light, dark] = ['#ffffff', '#101217'];

  it.each(['#EEDD88', '#99DDFF', '#FFAABB', '#ffffff', '#332288', '#000000', '#0072B2'])(
    '%s becomes a colour with 3:1 or more on both pages',
    (hex) => {
      const mark = toMarkColor(hex, light, dark);
      expect(contrastRatio(mark, light)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(mark, dark)).toBeGreaterThanOrEqual(3);
    },
  );

  it('keeps the hue when it darkens: a pale yellow stays a yellow', () => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(toMarkColor('#EEDD88', light, dark).slice(i, i + 2), 16));
    expect(r).toBeGreaterThan(b ?? 0);
    expect(g).toBeGreaterThan(b ?? 0);
  });

  it('returns a passing colour unchanged', () => expect(toMarkColor('#0072B2', light, dark)).toBe('#0072B2'));

  it('says so when no colour can pass on both backgrounds', () =>
    expect(() => toMarkColor('#0072B2', '#777777', '#888888')).toThrow(/no colour reaches 3:1/));
});

describe(colorDistance, () => {
  it('is zero for a colour and itself, and the same either way round', () => {
    expect(colorDistance('#0072B2', '#0072B2')).toBe(0);
    expect(colorDistance('#0072B2', '#EE7733')).toBeCloseTo(colorDistance('#EE7733', '#0072B2'), 10);
  });

  it('is small for red and green, which a deuteranope or protanope can hardly tell apart', () => {
    expect(colorDistance('#CC3311', '#117733')).toBeLessThan(MIN_NEIGHBOUR_DISTANCE);
    expect(colorDistance('#0072B2', '#F0E442')).toBeGreaterThan(0.3);
  });
});
