import { describe, expect, it } from 'vitest';
import { type RankColumn, toBump } from '../../../src/lib/transform/bump.ts';
import { toCsv } from '../../../src/lib/transform/csv.ts';
import {
  bumpCsvColumns,
  describeBump,
  describeHistory,
  describeMomentum,
  describeMomentumShortfall,
  describeNotEnoughHistory,
  historyCsvColumns,
  momentumCsvColumns,
  toBumpCsvRows,
  toHistoryCsvRows,
} from '../../../src/lib/transform/history-text.ts';
import { toMomentum } from '../../../src/lib/transform/momentum.ts';
import { toTaskShareHistory } from '../../../src/lib/transform/task-history.ts';
import { days } from '../../fakes/model-rows.ts';
import { taskSnapshot } from './snapshot-fixtures.ts';

/** A right-to-left name, and the same name wrapped in FSI…PDI as sentences must carry it. */
const RTL = 'עוזר';
const ISOLATED = '\u2068עוזר\u2069';
const ISOLATES = /[\u2068\u2069]/;

describe(describeNotEnoughHistory, () => {
  it.each([
    [
      { kind: 'not-enough-history', snapshots: 1, newest: '2026-11-20' },
      'snapshot',
      'Not enough history yet: the archive holds 1 snapshot (20 Nov 2026), and a chart over time needs at least 2.',
    ],
    [
      { kind: 'not-enough-history', snapshots: 0, newest: null },
      'week',
      'Not enough history yet: the archive holds 0 weeks, and a chart over time needs at least 2.',
    ],
  ] as const)('%j in %s', (state, unit, expected) => {
    expect(describeNotEnoughHistory(state, unit)).toBe(expected);
  });
});

// Three baseline weeks, then a window in which up/x doubles, down/y halves and new/z appears.
const rows = days('2026-10-24', 28, (i) =>
  i >= 21
    ? { 'lab/up': 2_000_000_000, 'lab/down': 500_000_000, 'lab/new': 1 }
    : { 'lab/down': 1_000_000_000, 'lab/up': 1_000_000_000 },
);
const momentum = toMomentum(rows, '7d');
if (momentum.kind !== 'momentum') throw new Error('expected momentum');

describe(describeMomentum, () => {
  it('names the biggest riser and faller and counts both', () => {
    expect(describeMomentum(momentum)).toBe(
      'Over the 7 days to 20 Nov 2026, against the average of the three 7-day windows before: up rose most ' +
        '(+7.00B tokens, #1 now); down fell most (−3.50B, #2 now). 2 models rose, 1 fell.',
    );
  });

  it('isolates a right-to-left name and leaves a Latin one as it is', () => {
    const text = describeMomentum(momentum, (slug) => (slug === 'lab/up' ? RTL : 'Claude'));
    expect(text).toContain(`: ${ISOLATED} rose most (+7.00B tokens, #1 now); Claude fell most (−3.50B, #2 now).`);
    expect(text.replace(ISOLATED, '')).not.toMatch(ISOLATES);
  });
});

describe(describeMomentumShortfall, () => {
  it('says how many complete days the window needs and the archive holds', () => {
    const short = toMomentum(rows, '30d');
    if (short.kind !== 'not-enough-history') throw new Error('expected a shortfall');
    expect(describeMomentumShortfall(short)).toBe(
      'Not enough history yet: momentum over 30d compares it with the three equal windows before, so it needs 120 complete days of rankings; the archive holds 28.',
    );
  });
});

describe(momentumCsvColumns, () => {
  it('writes exact tokens, the baseline, the excess, ranks and shares', () => {
    const csv = toCsv(momentumCsvColumns(), momentum.rows.slice(0, 1));
    expect(csv).toBe(
      'model_permaslug,window_tokens,baseline_mean_tokens,excess_tokens,rank,previous_rank,rank_change,share,share_change,ranked_days,baseline_ranked_days\r\n' +
        'lab/up,14000000000,7000000000,7000000000,1,2,1,0.800000,0.300000,7,21\r\n',
    );
  });
});

const column = (date: string, keys: string[], gapBefore = false): RankColumn => ({
  date,
  gapBefore,
  ranks: new Map(keys.map((key, i) => [key, i + 1])),
});
const bump = toBump(
  [
    column('2026-11-02', ['a', 'b', 'c']),
    column('2026-11-09', ['b', 'a', 'c']),
    column('2026-11-23', ['b', 'c', 'a'], true),
  ],
  { depth: 2 },
);
if (bump.kind !== 'bump') throw new Error('expected a bump chart');

describe(describeBump, () => {
  it('says the span, gaps, who is #1 and for how long, and the entries and exits', () => {
    expect(describeBump(bump, 'week')).toBe(
      'Ranks 1–2 over 3 weeks, 2 Nov 2026 to 23 Nov 2026, with 1 gap in the archive: b is #1 now and held #1 in 2 of 3 weeks; 1 entry into the top 2 and 1 exit.',
    );
  });

  it('isolates a right-to-left leader and leaves a Latin one as it is', () => {
    const named = (label: string) => {
      const labels = new Map([['b', label]]);
      const found = toBump([column('2026-11-02', ['a', 'b']), { ...column('2026-11-09', ['b', 'a']), labels }], {
        depth: 2,
      });
      if (found.kind !== 'bump') throw new Error('expected a bump chart');
      return describeBump(found, 'week');
    };
    expect(named(RTL)).toContain(`: ${ISOLATED} is #1 now and held #1 in 1 of 2 weeks;`);
    expect(named('Kilo Code')).toContain(': Kilo Code is #1 now');
    expect(named('Kilo Code')).not.toMatch(ISOLATES);
  });
});

describe(bumpCsvColumns, () => {
  it('writes one row per series and column, blank where unranked', () => {
    const rows = toBumpCsvRows(bump).filter((r) => r.key === 'c');
    expect(toCsv(bumpCsvColumns('model_permaslug'), rows)).toBe(
      'date,model_permaslug,name,rank\r\n2026-11-02,c,c,3\r\n2026-11-09,c,c,3\r\n2026-11-23,c,c,2\r\n',
    );
  });
});

const tasks = toTaskShareHistory(
  [
    taskSnapshot('2026-11-18', [['code:gen', 'Code', 'code', 0.5]]),
    taskSnapshot('2026-11-20', [
      ['code:gen', 'Code', 'code', 0.45],
      ['general:chat', '=Chat', 'general', 0.55],
    ]),
  ],
  { measure: 'usage' },
);
if (tasks.kind !== 'history') throw new Error('expected history');

describe(describeHistory, () => {
  it('gives the first and last value of the first series, and the gaps', () => {
    expect(describeHistory(tasks, (v) => `${(v * 100).toFixed(1)}%`)).toBe(
      '2 snapshots, 18 Nov 2026 to 20 Nov 2026, with 1 gap in the archive. =Chat: not listed to 55.0%; Code: 50.0% to 45.0%.',
    );
  });

  it('isolates a right-to-left label and leaves a Latin one as it is', () => {
    const named = toTaskShareHistory(
      ['2026-11-18', '2026-11-19'].map((date) =>
        taskSnapshot(date, [
          ['code:gen', RTL, 'code', 0.5],
          ['general:chat', 'Chat', 'general', 0.4],
        ]),
      ),
      { measure: 'usage' },
    );
    if (named.kind !== 'history') throw new Error('expected history');
    const text = describeHistory(named, (v) => `${(v * 100).toFixed(1)}%`);
    expect(text).toContain(` ${ISOLATED}: 50.0% to 50.0%; Chat: 40.0% to 40.0%.`);
    expect(text.replace(ISOLATED, '')).not.toMatch(ISOLATES);
  });
});

describe(historyCsvColumns, () => {
  it('writes each snapshot’s value and marks the rows after a gap; names cannot run as formulas', () => {
    expect(toCsv(historyCsvColumns('tag', 'usage_share'), toHistoryCsvRows(tasks))).toBe(
      'snapshot_date,tag,name,usage_share,gap_before\r\n' +
        "2026-11-18,general:chat,'=Chat,,\r\n2026-11-20,general:chat,'=Chat,0.55,yes\r\n" +
        '2026-11-18,code:gen,Code,0.5,\r\n2026-11-20,code:gen,Code,0.45,yes\r\n',
    );
  });
});
