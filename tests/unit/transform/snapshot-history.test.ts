import { describe, expect, it } from 'vitest';
import {
  allKeys,
  cadenceAt,
  notEnoughHistory,
  toSnapshotColumns,
  toSnapshotHistory,
  toValueChanges,
  type SnapshotHistory,
  type SnapshotValues,
} from '../../../src/lib/transform/snapshot-history.ts';

describe(cadenceAt, () => {
  it.each([
    ['2026-11-20', 'day'],
    ['2026-10-17', 'day'], // 34 days old: still daily
    ['2026-10-16', 'week'], // 35 days old: weekly from here
    ['2024-11-20', 'week'], // 730 days old: the last weekly day
    ['2024-11-19', 'month'],
  ] as const)('%s in an archive whose newest snapshot is 2026-11-20 is kept per %s', (date, cadence) => {
    expect(cadenceAt(date, '2026-11-20')).toBe(cadence);
  });
});

describe(toSnapshotColumns, () => {
  const gapsOf = (dates: string[]) => toSnapshotColumns(dates).map((c) => c.gapBefore);

  it('keeps the real spacing and marks no gap between consecutive daily snapshots', () => {
    expect(toSnapshotColumns(['2026-11-18', '2026-11-19', '2026-11-20'])).toEqual([
      { date: '2026-11-18', cadence: 'day', spacingDays: null, gapBefore: false },
      { date: '2026-11-19', cadence: 'day', spacingDays: 1, gapBefore: false },
      { date: '2026-11-20', cadence: 'day', spacingDays: 1, gapBefore: false },
    ]);
  });

  it.each([
    ['a missed night among daily snapshots', ['2026-11-17', '2026-11-19', '2026-11-20'], [false, true, false]],
    // Weekly tier: the newest of each ISO week, whatever its weekday; consecutive weeks are no gap.
    [
      'consecutive weeks, uneven weekdays',
      ['2026-08-02', '2026-08-08', '2026-08-16', '2026-11-20'],
      [false, false, false, true],
    ],
    ['a week with no snapshot', ['2026-08-02', '2026-08-16', '2026-08-23', '2026-11-20'], [false, true, false, true]],
    // From the last weekly snapshot (35 days old) to the first daily one: the boundary is no gap.
    [
      'the step from weekly to daily snapshots',
      ['2026-10-11', '2026-10-16', '2026-10-17', '2026-10-18', '2026-11-20'],
      [false, false, false, false, true],
    ],
    [
      'consecutive months, then a skipped month',
      ['2024-05-31', '2024-06-30', '2024-08-31', '2026-11-20'],
      [false, false, true, true],
    ],
  ])('marks %s', (_name, dates, gaps) => {
    expect(gapsOf(dates)).toEqual(gaps);
  });

  it('has no columns for no dates', () => {
    expect(toSnapshotColumns([])).toEqual([]);
  });
});

describe(notEnoughHistory, () => {
  it.each([
    [[], { kind: 'not-enough-history', snapshots: 0, newest: null }],
    [['2026-11-20'], { kind: 'not-enough-history', snapshots: 1, newest: '2026-11-20' }],
    [['2026-11-19', '2026-11-20'], null],
  ])('for %j says %j', (dates, expected) => {
    expect(notEnoughHistory(dates)).toEqual(expected);
  });
});

/** Values of one snapshot from `{ key: value }`, labelled `Key` (upper case). */
const values = (entries: Record<string, number | null>): SnapshotValues =>
  new Map(Object.entries(entries).map(([key, value]) => [key, { value, label: key.toUpperCase() }]));

describe(allKeys, () => {
  it('lists the newest snapshot’s keys in order, then keys only older snapshots had', () => {
    expect(allKeys([values({ a: 1, gone: 2 }), values({ b: 1, a: 2 })])).toEqual(['b', 'a', 'gone']);
  });
});

describe(toSnapshotHistory, () => {
  const snapshots = [
    { date: '2026-11-17', body: { a: 1, b: 5 } },
    { date: '2026-11-19', body: { a: 2 } },
    { date: '2026-11-20', body: { b: 4, a: 3 } },
  ];
  const read = (body: Record<string, number>) => values(body);

  it('gives every series one point per snapshot, null where the snapshot does not list it (never 0)', () => {
    const history = toSnapshotHistory(snapshots, read);
    expect(history).toEqual({
      kind: 'history',
      columns: toSnapshotColumns(['2026-11-17', '2026-11-19', '2026-11-20']),
      series: [
        {
          key: 'b',
          label: 'B',
          points: [
            { date: '2026-11-17', value: 5 },
            { date: '2026-11-19', value: null },
            { date: '2026-11-20', value: 4 },
          ],
        },
        {
          key: 'a',
          label: 'A',
          points: [
            { date: '2026-11-17', value: 1 },
            { date: '2026-11-19', value: 2 },
            { date: '2026-11-20', value: 3 },
          ],
        },
      ],
    });
  });

  it('takes the series and their order from the keys function', () => {
    const history = toSnapshotHistory(snapshots, read, () => ['a']);
    expect(history.kind === 'history' && history.series.map((s) => s.key)).toEqual(['a']);
  });

  it('labels a series with the newest label it had', () => {
    const renamed = [
      { date: '2026-11-19', body: new Map([['x', { value: 1, label: 'Old name' }]]) },
      { date: '2026-11-20', body: new Map([['x', { value: 2, label: 'New name' }]]) },
    ];
    const history = toSnapshotHistory(renamed, (body) => body);
    expect(history.kind === 'history' && history.series[0]?.label).toBe('New name');
  });

  it('says there is not enough history for a single snapshot instead of drawing', () => {
    expect(toSnapshotHistory(snapshots.slice(-1), read)).toEqual({
      kind: 'not-enough-history',
      snapshots: 1,
      newest: '2026-11-20',
    });
  });
});

describe(toValueChanges, () => {
  const history: SnapshotHistory = {
    kind: 'history',
    columns: toSnapshotColumns(['2026-11-18', '2026-11-19', '2026-11-20']),
    series: [
      {
        key: 'a',
        label: 'A',
        points: [
          { date: '2026-11-18', value: 50 },
          { date: '2026-11-19', value: 52 },
          { date: '2026-11-20', value: 52 },
        ],
      },
      {
        key: 'b',
        label: 'B',
        points: [
          { date: '2026-11-18', value: null },
          { date: '2026-11-19', value: 40 },
          { date: '2026-11-20', value: 45 },
        ],
      },
      {
        key: 'c',
        label: 'C',
        points: [
          { date: '2026-11-18', value: 30 },
          { date: '2026-11-19', value: 30 },
          { date: '2026-11-20', value: 29 },
        ],
      },
    ],
  };

  it('lists changes newest first, larger first within a date, appearances before revisions; no change is left out', () => {
    expect(toValueChanges(history).map((c) => [c.date, c.key, c.from, c.to])).toEqual([
      ['2026-11-20', 'b', 40, 45],
      ['2026-11-20', 'c', 30, 29],
      ['2026-11-19', 'b', null, 40],
      ['2026-11-19', 'a', 50, 52],
    ]);
  });

  it('names the snapshot before each change', () => {
    expect(toValueChanges(history)[0]).toEqual({
      key: 'b',
      label: 'B',
      date: '2026-11-20',
      previousDate: '2026-11-19',
      from: 40,
      to: 45,
    });
  });
});
