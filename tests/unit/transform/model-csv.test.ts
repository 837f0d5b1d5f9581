import { describe, expect, it } from 'vitest';
import { leaderboardCsv, modelHistoryCsv, shareSeriesCsv } from '../../../src/lib/transform/model-csv.ts';
import { toShareSeries } from '../../../src/lib/transform/shares.ts';
import { toLeaderboard } from '../../../src/lib/transform/leaderboard-models.ts';
import { toModelHistory } from '../../../src/lib/transform/model-history.ts';
import { day } from '../../fakes/model-rows.ts';

const rows = [
  ...day('2026-11-23', { 'a/x': 6, 'b/y': 3 }, 1),
  ...day('2026-11-24', { 'b/y': 9007199254740993n, 'a/x': 7 }, 3),
];

describe(shareSeriesCsv, () => {
  it('writes each period’s series in stack order, Other last, with exact tokens', () =>
    expect(shareSeriesCsv(toShareSeries(rows, { window: '30d', topN: 1 })!, 'model')).toBe(
      'date,model,tokens,share\r\n' +
        '2026-11-23,b/y,3,0.300000\r\n' +
        '2026-11-23,Other,7,0.700000\r\n' +
        '2026-11-24,b/y,9007199254740993,1.000000\r\n' +
        '2026-11-24,Other,10,0.000000\r\n',
    ));

  it('writes a name column after the key when given a name function, Other named Other', () =>
    expect(shareSeriesCsv(toShareSeries(rows, { window: '30d', topN: 1 })!, 'model', (key) => `Name of ${key}`)).toBe(
      'date,model,name,tokens,share\r\n' +
        '2026-11-23,b/y,Name of b/y,3,0.300000\r\n' +
        '2026-11-23,Other,Other,7,0.700000\r\n' +
        '2026-11-24,b/y,Name of b/y,9007199254740993,1.000000\r\n' +
        '2026-11-24,Other,Other,10,0.000000\r\n',
    ));
});

describe(leaderboardCsv, () => {
  it('writes the table with an empty rank and change for Other without a baseline', () =>
    expect(leaderboardCsv(toLeaderboard(rows, { window: '30d', topN: 1 })!, 'model')).toBe(
      'rank,model,tokens,share,previous_tokens,token_change,share_change\r\n' +
        '1,b/y,9007199254740996,1.000000,,,\r\n' +
        ',Other,17,0.000000,,,\r\n',
    ));

  it('writes a name column after the key when given a name function', () =>
    expect(leaderboardCsv(toLeaderboard(rows, { window: '30d', topN: 1 })!, 'model', () => '=Y')).toBe(
      'rank,model,name,tokens,share,previous_tokens,token_change,share_change\r\n' +
        "1,b/y,'=Y,9007199254740996,1.000000,,,\r\n" +
        ',Other,Other,17,0.000000,,,\r\n',
    ));
});

describe(modelHistoryCsv, () => {
  it('leaves tokens, share and rank empty on days outside the top 50', () =>
    expect(modelHistoryCsv(toModelHistory([...rows, ...day('2026-11-25', { 'b/y': 1 })], 'a/x'))).toBe(
      'date,tokens,share,rank\r\n2026-11-23,6,0.600000,1\r\n2026-11-24,7,0.000000,2\r\n2026-11-25,,,\r\n',
    ));
});
