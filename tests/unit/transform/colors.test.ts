import { describe, expect, it } from 'vitest';
import { colorOf, toChartColors, toSiteColors } from '../../../src/lib/transform/colors.ts';
import { authorOf } from '../../../src/lib/transform/model-slugs.ts';
import { OTHER_KEY } from '../../../src/lib/transform/shares.ts';
import { day } from '../../fakes/model-rows.ts';

const palette = ['red', 'green', 'blue'];
const rows = [
  ...day('2026-11-23', { 'a/one': 50, 'b/two': 40, 'a/three': 30, 'c/four': 20 }, 999),
  ...day('2026-11-24', { 'c/four': 25, 'b/two': 10, 'd/five': 5 }, 999),
];
const site = toSiteColors(rows, palette, 'grey');

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
    expect([...toSiteColors(rows, palette, 'grey', authorOf).rankOf.keys()]).toEqual(['a', 'b', 'c', 'd']));

  it('is deterministic whatever the row order', () =>
    expect(toSiteColors([...rows].reverse(), palette, 'grey')).toEqual(site));
});

describe(colorOf, () => {
  it.each([
    ['a/one', 'red'],
    ['c/four', 'blue'],
    ['a/three', 'red'], // rank 3 wraps round the palette
    [OTHER_KEY, 'grey'],
    ['z/unknown', 'grey'],
  ])('%s -> %s', (key, expected) => expect(colorOf(site, key)).toBe(expected));
});

describe(toChartColors, () => {
  it('keeps site colours and gives Other its own grey', () =>
    expect(toChartColors(site, ['a/one', 'c/four', OTHER_KEY])).toEqual(['red', 'blue', 'grey']));

  it('never repeats a colour within a chart while the palette lasts', () =>
    // a/three prefers red, which a/one (higher all-time rank) keeps; a/three takes the first free colour
    expect(toChartColors(site, ['a/three', 'a/one', OTHER_KEY])).toEqual(['green', 'red', 'grey']));

  it('gives the same key the same colour whatever the series order', () => {
    const forward = toChartColors(site, ['a/one', 'b/two', 'c/four']);
    const backward = toChartColors(site, ['c/four', 'b/two', 'a/one']);
    expect(backward).toEqual([...forward].reverse());
  });

  it('starts the palette over once every colour is taken', () =>
    expect(toChartColors(site, ['a/one', 'b/two', 'c/four', 'a/three'])).toEqual(['red', 'green', 'blue', 'red']));
});
