import { describe, expect, it } from 'vitest';
import { toModelHistories, toModelHistory, toModelList } from '../../../src/lib/transform/model-history.ts';
import { day } from '../../fakes/model-rows.ts';

const rows = [
  ...day('2026-11-21', { 'b/y': 50 }, 50),
  ...day('2026-11-22', { 'b/y': 60, 'a/x': 40 }, 100),
  ...day('2026-11-23', { 'b/y': 70 }, 30), // a/x fell out of the top 50: inside other
  ...day('2026-11-24', { 'a/x': 80, 'b/y': 20 }, 100),
];

describe(toModelHistory, () => {
  it('starts at the first appearance, marks days outside the top 50 as unknown (not 0) and keeps each day total', () =>
    expect(toModelHistory(rows, 'a/x')).toEqual([
      { date: '2026-11-22', tokens: 40n, share: 0.2, rank: 2, total: 200n },
      { date: '2026-11-23', tokens: null, share: null, rank: null, total: 100n },
      { date: '2026-11-24', tokens: 80n, share: 0.4, rank: 1, total: 200n },
    ]));

  it('ranks by tokens with alphabetical ties, whatever the stored order', () => {
    const tied = day('2026-11-24', { 'z/last': 10, 'a/first': 10 });
    expect(toModelHistory(tied, 'a/first')[0]?.rank).toBe(1);
    expect(toModelHistory(tied, 'z/last')[0]?.rank).toBe(2);
  });

  it('is empty for a model that never appeared', () => expect(toModelHistory(rows, 'c/z')).toEqual([]));
});

describe(toModelHistories, () => {
  it('gives every model the same history as toModelHistory', () => {
    const all = toModelHistories(rows);
    expect([...all.keys()].sort()).toEqual(['a/x', 'b/y']);
    for (const [slug, history] of all) expect(history).toEqual(toModelHistory(rows, slug));
    expect(all.get('b/y')).toHaveLength(4);
  });
});

describe(toModelList, () => {
  it('lists every model by all-time tokens with its first and last day and best rank', () =>
    expect(toModelList(rows)).toEqual([
      { permaslug: 'b/y', tokens: 200n, firstDate: '2026-11-21', lastDate: '2026-11-24', daysRanked: 4, bestRank: 1 },
      { permaslug: 'a/x', tokens: 120n, firstDate: '2026-11-22', lastDate: '2026-11-24', daysRanked: 2, bestRank: 1 },
    ]));

  it('is empty for an empty archive', () => expect(toModelList([])).toEqual([]));
});
