import { describe, expect, it } from 'vitest';
import { BENCH_PARTS, parseOnly, toBuildPlan } from '../../../src/lib/bench/parts.ts';

describe(parseOnly, () => {
  it('runs every part when --only is not given', () => {
    expect(parseOnly(undefined)).toEqual([...BENCH_PARTS]);
    expect(parseOnly([])).toEqual(['fetch', 'build', 'pages', 'peer', 'growth']);
  });

  it.each([
    [['growth'], ['growth']],
    [['growth,pages'], ['pages', 'growth']],
    [
      ['peer', 'build, fetch'],
      ['fetch', 'build', 'peer'],
    ],
    [['Pages,pages,'], ['pages']],
  ])('reads %j as %j: run order, each once, comma lists and repeated flags', (values, parts) => {
    expect(parseOnly(values)).toEqual(parts);
  });

  it('names what is no part, and lists the parts', () => {
    expect(() => parseOnly(['pages,lighthouse,x'])).toThrow(
      'bench: --only "lighthouse", "x" is no part; the parts are fetch, build, pages, peer, growth.',
    );
  });

  it('refuses a list that names no part', () => {
    expect(() => parseOnly([','])).toThrow(/--only names no part/);
  });
});

describe(toBuildPlan, () => {
  it.each([
    [['build'], 'all'],
    [['build', 'pages', 'peer'], 'all'],
    [['pages'], 'smallest'],
    [['peer', 'growth'], 'smallest'],
    [['growth'], 'none'],
    [['fetch', 'growth'], 'none'],
  ] as const)('builds %j: %s', (parts, plan) => {
    expect(toBuildPlan(parts)).toBe(plan);
  });
});
