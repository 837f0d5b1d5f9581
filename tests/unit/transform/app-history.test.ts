import { describe, expect, it } from 'vitest';
import {
  toAppBoardHistory,
  toAppHistory,
  toAppRankColumns,
  toAppSeries,
} from '../../../src/lib/transform/app-history.ts';
import { toBump } from '../../../src/lib/transform/bump.ts';
import { toSnapshotColumns } from '../../../src/lib/transform/snapshot-history.ts';
import { appBoard } from './snapshot-fixtures.ts';

const snapshots = [
  appBoard('2026-11-17', [
    [1, 'Cline', 900],
    [2, 'Roo', 800],
    [3, 'Gone', 700],
  ]),
  appBoard('2026-11-19', [
    [2, 'Roo', 950],
    [1, 'Cline', 900],
  ]),
  appBoard('2026-11-20', [
    [2, 'Roo Code', 9007199254740993n],
    [4, 'New <b>app</b>', 5],
    [1, 'Cline', 1],
  ]),
];

describe(toAppBoardHistory, () => {
  it('gives every app ever listed its rank and exact tokens per snapshot, null where unlisted', () => {
    const board = toAppBoardHistory(snapshots);
    if (board.kind !== 'history') throw new Error('expected history');
    expect(board.columns).toEqual(toSnapshotColumns(['2026-11-17', '2026-11-19', '2026-11-20']));
    expect(board.apps.map((a) => [a.appId, a.name, a.points.map((p) => [p.rank, p.tokens])])).toEqual([
      [
        2,
        'Roo Code',
        [
          [2, 800n],
          [1, 950n],
          [1, 9007199254740993n],
        ],
      ],
      [
        4,
        'New <b>app</b>',
        [
          [null, null],
          [null, null],
          [2, 5n],
        ],
      ],
      [
        1,
        'Cline',
        [
          [1, 900n],
          [2, 900n],
          [3, 1n],
        ],
      ],
      [
        3,
        'Gone',
        [
          [3, 700n],
          [null, null],
          [null, null],
        ],
      ],
    ]);
  });

  it('says there is not enough history with one snapshot', () => {
    expect(toAppBoardHistory(snapshots.slice(-1))).toEqual({
      kind: 'not-enough-history',
      snapshots: 1,
      newest: '2026-11-20',
    });
  });
});

describe(toAppHistory, () => {
  it('finds one app, or null when the board never listed it', () => {
    const history = toAppHistory(snapshots, 3);
    expect(history?.kind === 'history' && history.points.map((p) => p.rank)).toEqual([3, null, null]);
    expect(toAppHistory(snapshots, 99)).toBeNull();
  });
});

describe(toAppSeries, () => {
  it('turns an app’s history into a chart series of ranks or of tokens as floats', () => {
    const history = toAppHistory(snapshots, 1);
    if (history?.kind !== 'history') throw new Error('expected history');
    expect(toAppSeries(history, 'rank')).toEqual({
      key: '1',
      label: 'Cline',
      points: [
        { date: '2026-11-17', value: 1 },
        { date: '2026-11-19', value: 2 },
        { date: '2026-11-20', value: 3 },
      ],
    });
    expect(toAppSeries(history, 'tokens').points.map((p) => p.value)).toEqual([900, 900, 1]);
  });
});

describe(toAppRankColumns, () => {
  it('makes rank columns keyed by app id, labelled by name, with the snapshots’ gaps', () => {
    const columns = toAppRankColumns(snapshots);
    expect(columns.map((c) => [c.date, c.gapBefore, Object.fromEntries(c.ranks)])).toEqual([
      ['2026-11-17', false, { '1': 1, '2': 2, '3': 3 }],
      ['2026-11-19', true, { '2': 1, '1': 2 }],
      ['2026-11-20', false, { '2': 1, '4': 2, '1': 3 }],
    ]);
    const bump = toBump(columns, { depth: 2 });
    expect(bump.kind === 'bump' && bump.series.map((s) => [s.label, s.entries, s.exits])).toEqual([
      ['Roo Code', [], []],
      ['New <b>app</b>', ['2026-11-20'], []],
      ['Cline', [], ['2026-11-19']],
    ]);
  });
});
