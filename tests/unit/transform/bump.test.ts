import { describe, expect, it } from 'vitest';
import { type RankColumn, toBump } from '../../../src/lib/transform/bump.ts';

/** A column from keys in rank order (the first is rank 1). */
const column = (date: string, keys: string[], gapBefore = false): RankColumn => ({
  date,
  gapBefore,
  ranks: new Map(keys.map((key, i) => [key, i + 1])),
});

describe(toBump, () => {
  // Top 2: a leads throughout; b is second, drops to 3rd, comes back; c visits the top 2 once.
  const columns = [
    column('2026-11-02', ['a', 'b', 'c']),
    column('2026-11-09', ['a', 'c', 'b']),
    column('2026-11-16', ['a', 'b', 'c']),
    column('2026-11-23', ['a', 'b']),
  ];

  it('gives each key that reached the top its rank at every column, entries and exits', () => {
    const bump = toBump(columns, { depth: 2 });
    expect(bump).toEqual({
      kind: 'bump',
      depth: 2,
      columns: columns.map((c) => ({ date: c.date, gapBefore: false, days: null })),
      series: [
        {
          key: 'a',
          label: 'a',
          points: columns.map((c) => ({ date: c.date, rank: 1 })),
          entries: [],
          exits: [],
          bestRank: 1,
        },
        {
          key: 'b',
          label: 'b',
          points: [
            { date: '2026-11-02', rank: 2 },
            { date: '2026-11-09', rank: 3 },
            { date: '2026-11-16', rank: 2 },
            { date: '2026-11-23', rank: 2 },
          ],
          entries: ['2026-11-16'],
          exits: ['2026-11-02'],
          bestRank: 2,
        },
        {
          key: 'c',
          label: 'c',
          points: [
            { date: '2026-11-02', rank: 3 },
            { date: '2026-11-09', rank: 2 },
            { date: '2026-11-16', rank: 3 },
            { date: '2026-11-23', rank: null },
          ],
          entries: ['2026-11-09'],
          exits: ['2026-11-09'],
          bestRank: 2,
        },
      ],
      omitted: 0,
    });
  });

  it('keeps every key inside the top at the newest column and counts the ones it leaves out', () => {
    const busy = [
      column('2026-11-02', ['x', 'y', 'z', 'a']),
      column('2026-11-09', ['y', 'z', 'a', 'x']),
      column('2026-11-16', ['a', 'z', 'y', 'x']),
    ];
    const bump = toBump(busy, { depth: 2, maxSeries: 3 });
    expect(bump.kind === 'bump' && bump.series.map((s) => s.key)).toEqual(['a', 'z', 'y']);
    expect(bump.kind === 'bump' && bump.omitted).toBe(1);
  });

  it('labels keys from the newest column that names them, else with labelOf', () => {
    const named = [
      { ...column('2026-11-02', ['a', 'b']), labels: new Map([['a', 'Old A']]) },
      { ...column('2026-11-09', ['a', 'b']), labels: new Map([['a', 'New A']]) },
    ];
    const bump = toBump(named, { labelOf: (key) => `model ${key}` });
    expect(bump.kind === 'bump' && bump.series.map((s) => s.label)).toEqual(['New A', 'model b']);
  });

  it('passes gaps and partial weeks through to the columns', () => {
    const bump = toBump([column('2026-10-19', ['a']), { ...column('2026-11-09', ['a'], true), days: 3 }]);
    expect(bump.kind === 'bump' && bump.columns).toEqual([
      { date: '2026-10-19', gapBefore: false, days: null },
      { date: '2026-11-09', gapBefore: true, days: 3 },
    ]);
  });

  it('says there is not enough history with a single column', () => {
    expect(toBump(columns.slice(0, 1))).toEqual({ kind: 'not-enough-history', snapshots: 1, newest: '2026-11-02' });
  });
});
