import { describe, expect, it } from 'vitest';
import { bumpChart } from '../../../src/lib/charts/bump.ts';
import { type RankColumn, toBump } from '../../../src/lib/transform/bump.ts';
import { prettySvg } from '../../fakes/svg-snapshot.ts';

/** A column from keys in rank order, each labelled `Model <key>`. */
const column = (date: string, keys: string[], gapBefore = false): RankColumn => ({
  date,
  gapBefore,
  ranks: new Map(keys.map((key, i) => [key, i + 1])),
  labels: new Map(keys.map((key) => [key, key === 'h' ? '<b>Hostile</b> & co' : `Model ${key}`])),
});

// Top 4 over six weeks, with two weeks missing before 12 Oct: c climbs to #1, e enters, d leaves, h enters last.
const columns = [
  column('2026-09-07', ['a', 'b', 'c', 'd', 'e']),
  column('2026-09-14', ['a', 'c', 'b', 'd', 'e']),
  column('2026-09-21', ['c', 'a', 'b', 'e', 'd']),
  column('2026-10-12', ['c', 'a', 'e', 'b', 'd'], true),
  column('2026-10-19', ['c', 'e', 'a', 'b', 'h']),
  column('2026-10-26', ['e', 'c', 'a', 'h', 'b']),
];
const bump = toBump(columns, { depth: 4 });
if (bump.kind !== 'bump') throw new Error('expected a bump chart');
const colors = ['#4477AA', '#88CCEE', '#44AA99', '#228833', '#999933', '#DDCC77'];

describe(bumpChart, () => {
  it('draws ranks over weeks, wide, with the current top named at the right', async () => {
    const svg = bumpChart('models-bump-6m', bump, { colors, size: { width: 880, height: 360 } });
    for (const name of ['Model e', 'Model c', 'Model a']) expect(svg).toContain(`>${name}<`);
    expect(svg).not.toContain('>Model d<'); // it left the top: no end label
    await expect(prettySvg(svg)).toMatchFileSnapshot('./__snapshots__/models-bump-6m.svg');
  });

  it('has its own narrow geometry: larger type and fewer ticks', async () => {
    const wide = bumpChart('models-bump-6m', bump, { colors, size: { width: 880, height: 360 } });
    const narrow = bumpChart('models-bump-6m-narrow', bump, { colors, size: { width: 375, height: 340 } });
    expect(narrow).toContain('font-size:14px');
    expect(wide).toContain('font-size:12px');
    const ticks = (svg: string) =>
      (svg.match(/aria-label="x-axis tick label"[\s\S]*?<\/g>/)?.[0].match(/<text/g) ?? []).length;
    expect(ticks(narrow)).toBeLessThan(ticks(wide));
    await expect(prettySvg(narrow)).toMatchFileSnapshot('./__snapshots__/models-bump-6m-narrow.svg');
  });

  it('dots every week, or in a narrow chart of many weeks only a lone week inside the top', () => {
    // 20 weeks: a and b hold the top two throughout; c is #3 only in week 10, d in the others.
    const weeks = Array.from({ length: 20 }, (_, i) =>
      column(`2026-0${1 + Math.floor(i / 4)}-${String(1 + (i % 4) * 7).padStart(2, '0')}`, [
        'a',
        'b',
        ...(i === 10 ? ['c', 'd'] : ['d', 'c']),
      ]),
    );
    const long = toBump(weeks, { depth: 3 });
    if (long.kind !== 'bump') throw new Error('expected a bump chart');
    const dots = (svg: string) => (svg.match(/aria-label="dot"[\s\S]*?<\/g>/)?.[0].match(/<circle/g) ?? []).length;
    const narrowSize = { width: 320, height: 280, geometry: 'narrow' } as const;
    expect(dots(bumpChart('b-narrow', long, { colors, size: narrowSize }))).toBe(1);
    expect(dots(bumpChart('b', long, { colors, size: { width: 880, height: 360 } }))).toBe(60);
    expect(dots(bumpChart('b-narrow', bump, { colors, size: narrowSize }))).toBeGreaterThan(12);
  });

  it('shades the gap and writes names as text, never markup', () => {
    const svg = bumpChart('models-bump-6m', bump, { colors, size: { width: 880, height: 360 } });
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg).toContain('&lt;b&gt;Hostile&lt;/b&gt; &amp; co');
    expect(svg).not.toContain('<b>');
    const noGap = toBump(
      columns.map((c) => ({ ...c, gapBefore: false })),
      { depth: 4 },
    );
    if (noGap.kind !== 'bump') throw new Error('expected a bump chart');
    expect(bumpChart('models-bump-6m', noGap, { colors, size: { width: 880, height: 360 } })).not.toContain('<rect ');
  });
});
