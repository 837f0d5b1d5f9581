import { describe, expect, it } from 'vitest';
import { toModelHistories } from '../../../src/lib/transform/model-history.ts';
import { newModelsCsv, toNewModels } from '../../../src/lib/transform/new-models.ts';
import { day } from '../../fakes/model-rows.ts';

// b/new is released on 2 Nov, ranks from 3 Nov, drops out on 5 Nov; c/quiet is released on 4 Nov and never ranks.
const rows = [
  ...day('2026-11-02', { 'a/old': 10 }, 1),
  ...day('2026-11-03', { 'a/old': 10, 'b/new': 20 }, 1),
  ...day('2026-11-04', { 'b/new': 30, 'a/old': 10 }, 1),
  ...day('2026-11-05', { 'a/old': 10 }, 1),
];
const histories = toModelHistories(rows);
const dates = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05'];
const releases = [
  { permaslug: 'a/old', created: '2025-01-01' },
  { permaslug: 'b/new', created: '2026-11-02' },
  { permaslug: 'c/quiet', created: '2026-11-04' },
];

describe(toNewModels, () => {
  const models = toNewModels(releases, histories, dates, '2026-10-07');

  it('keeps releases from the window on, newest first', () =>
    expect(models.map((m) => m.permaslug)).toEqual(['c/quiet', 'b/new']));

  it('lists every day since the release, with gaps outside the top 50', () =>
    expect(models[1]?.days).toEqual([
      { day: 0, date: '2026-11-02', tokens: null, rank: null },
      { day: 1, date: '2026-11-03', tokens: 20n, rank: 1 },
      { day: 2, date: '2026-11-04', tokens: 30n, rank: 1 },
      { day: 3, date: '2026-11-05', tokens: null, rank: null },
    ]));

  it('sums its tokens and days in the top 50, its best rank and its last day', () => {
    expect(models[1]).toMatchObject({ tokens: 50n, daysRanked: 2, bestRank: 1, latest: { day: 3, rank: null } });
    expect(models[0]).toMatchObject({ tokens: 0n, daysRanked: 0, bestRank: null, latest: { day: 1 } });
  });
});

describe(newModelsCsv, () => {
  it('writes every day of every model with its name and release', () =>
    expect(
      newModelsCsv(toNewModels(releases.slice(1, 2), histories, dates.slice(0, 2), '2026-11-01'), () => 'New'),
    ).toBe(
      'model,name,released,date,days_since_release,tokens,rank\r\n' +
        'b/new,New,2026-11-02,2026-11-02,0,,\r\n' +
        'b/new,New,2026-11-02,2026-11-03,1,20,1\r\n',
    ));
});
