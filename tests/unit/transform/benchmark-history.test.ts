import { describe, expect, it } from 'vitest';
import { toBenchmarkChanges, toBenchmarkHistory } from '../../../src/lib/transform/benchmark-history.ts';
import { aaSnapshot } from './snapshot-fixtures.ts';

const snapshots = [
  aaSnapshot('2026-11-18', [
    ['a/one', 'One', 60],
    ['b/two', 'Two', 50],
    ['c/old', 'Old', 40],
  ]),
  aaSnapshot('2026-11-19', [
    ['a/one', 'One', 62.5],
    ['b/two', 'Two', 50],
  ]),
  aaSnapshot('2026-11-20', [
    ['n/new', 'New', 70],
    ['a/one', 'One', 62.5],
    ['b/two', 'Two', null],
  ]),
];

describe(toBenchmarkHistory, () => {
  it('gives every model the snapshots list its index at each snapshot, null when unlisted or unscored', () => {
    const history = toBenchmarkHistory(snapshots, 'intelligence_index');
    if (history.kind !== 'history') throw new Error('expected history');
    expect(history.series.map((s) => [s.key, s.points.map((p) => p.value)])).toEqual([
      ['n/new', [null, null, 70]],
      ['a/one', [60, 62.5, 62.5]],
      ['b/two', [50, 50, null]],
      ['c/old', [40, null, null]],
    ]);
  });

  it('reads the index it is asked for', () => {
    const history = toBenchmarkHistory(snapshots, 'coding_index');
    expect(history.kind === 'history' && history.series.every((s) => s.points.every((p) => p.value === null))).toBe(
      true,
    );
  });
});

describe(toBenchmarkChanges, () => {
  const history = toBenchmarkHistory(snapshots, 'intelligence_index');

  it('lists revisions, additions and removals, newest first', () => {
    expect(toBenchmarkChanges(history).map((c) => [c.date, c.key, c.from, c.to])).toEqual([
      ['2026-11-20', 'b/two', 50, null],
      ['2026-11-20', 'n/new', null, 70],
      ['2026-11-19', 'c/old', 40, null],
      ['2026-11-19', 'a/one', 60, 62.5],
    ]);
  });

  it('narrows to one model, and is empty without history', () => {
    expect(toBenchmarkChanges(history, 'a/one')).toEqual([
      { key: 'a/one', label: 'One', date: '2026-11-19', previousDate: '2026-11-18', from: 60, to: 62.5 },
    ]);
    expect(toBenchmarkChanges(toBenchmarkHistory(snapshots.slice(0, 1), 'intelligence_index'))).toEqual([]);
  });
});
