import { describe, expect, it } from 'vitest';
import type { AppRankingsRow } from '../../../src/lib/api/app-rankings.ts';
import {
  APPS_PAGE_SIZE,
  describeLeaderboard,
  describeLeaderboardPage,
  excessOf,
  leaderboardCsvColumns,
  pageCountOf,
  toLeaderboard,
  toLeaderboardPage,
  topApp,
} from '../../../src/lib/transform/app-leaderboard.ts';
import { toCsv } from '../../../src/lib/transform/csv.ts';

function row(rank: number, name: string, tokens: string, extra: Record<string, unknown> = {}): AppRankingsRow {
  return { rank, app_id: 1000 + rank, app_name: name, total_tokens: tokens, total_requests: rank * 10, ...extra };
}

const POPULAR = [row(1, 'Cline', '600'), row(2, 'Roo Code', '300'), row(3, 'Kilo', '100')];

describe(excessOf, () => {
  it.each([
    [{}, null],
    [{ excess_tokens: '42' }, 42n],
    [{ excess_tokens: '9007199254740993' }, 9007199254740993n],
    [{ excess_tokens: 42 }, null],
    [{ excess_tokens: '-1' }, null],
  ])('%j -> %s', (extra, expected) => expect(excessOf(row(1, 'a', '1', extra))).toBe(expected));
});

describe(toLeaderboard, () => {
  it('gives each row its share of the listed total and a bar relative to the leader', () => {
    const board = toLeaderboard(POPULAR, 'popular');
    expect(board.measure).toBe('tokens');
    expect(board.total).toBe(1000n);
    expect(board.rows.map((r) => [r.rank, r.name, r.share, r.bar])).toEqual([
      [1, 'Cline', 0.6, 1],
      [2, 'Roo Code', 0.3, 0.5],
      [3, 'Kilo', 0.1, 1 / 6],
    ]);
  });

  it('keeps token counts exact beyond 2^53', () => {
    const board = toLeaderboard([row(1, 'Huge', '9007199254740993'), row(2, 'Small', '1')], 'popular');
    expect(board.rows[0]?.tokens).toBe(9007199254740993n);
    expect(board.total).toBe(9007199254740994n);
  });

  it('measures trending by excess growth when every row has it', () => {
    const board = toLeaderboard(
      [row(1, 'A', '500', { excess_tokens: '300' }), row(2, 'B', '900', { excess_tokens: '100' })],
      'trending',
    );
    expect(board.measure).toBe('excess');
    expect(board.rows.map((r) => [r.excess, r.share, r.bar])).toEqual([
      [300n, 0.75, 1],
      [100n, 0.25, 1 / 3],
    ]);
  });

  it('falls back to window volume when trending rows lack excess growth', () => {
    const board = toLeaderboard([row(1, 'A', '500', { excess_tokens: '300' }), row(2, 'B', '900')], 'trending');
    expect(board.measure).toBe('tokens');
    expect(board.rows[1]?.bar).toBe(1);
  });

  it('never measures popular by excess growth', () =>
    expect(toLeaderboard([row(1, 'A', '5', { excess_tokens: '3' })], 'popular').measure).toBe('tokens'));

  it('handles an empty response', () => {
    const board = toLeaderboard([], 'trending');
    expect(board.rows).toEqual([]);
    expect(board.total).toBe(0n);
  });

  it('keeps hostile names as plain text', () => {
    const name = '<script>alert("x")</script> Bot';
    expect(toLeaderboard([row(1, name, '1')], 'popular').rows[0]?.name).toBe(name);
  });
});

describe(toLeaderboardPage, () => {
  const hundred = Array.from({ length: 100 }, (_, i) => row(i + 1, `App ${i + 1}`, String(1000 - i)));
  const board = toLeaderboard(hundred, 'popular');

  it.each([
    [1, 1, 50],
    [2, 51, 100],
  ])('page %i shows ranks %i–%i', (page, first, last) => {
    const view = toLeaderboardPage(board, page);
    expect([view.firstRank, view.lastRank, view.rows.length, view.pageCount]).toEqual([first, last, APPS_PAGE_SIZE, 2]);
  });

  it('keeps shares of the whole list on the second page', () =>
    expect(toLeaderboardPage(board, 2).rows[0]?.share).toBe(board.rows[50]?.share));

  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [100, 2],
  ])('%i rows fill %i page(s)', (n, pages) =>
    expect(pageCountOf(toLeaderboard(hundred.slice(0, n), 'popular'))).toBe(pages),
  );
});

/** A right-to-left name, and the same name wrapped in FSI…PDI as sentences must carry it. */
const RTL = 'مساعد';
const ISOLATED = '\u2068مساعد\u2069';
const ISOLATES = /[\u2068\u2069]/;

describe(describeLeaderboard, () => {
  it('names the leader, its share and the runner-up', () =>
    expect(describeLeaderboard(toLeaderboard(POPULAR, 'popular'), 'coding apps')).toBe(
      'Cline leads popular coding apps with 600 tokens, 60.0% of the 3 apps listed; Roo Code follows with 300.',
    ));
  it('isolates a right-to-left name and leaves a Latin one as it is', () => {
    const text = describeLeaderboard(toLeaderboard([row(1, RTL, '600'), row(2, 'Roo Code', '300')], 'popular'), 'apps');
    expect(text).toBe(
      `${ISOLATED} leads popular apps with 600 tokens, 66.7% of the 2 apps listed; Roo Code follows with 300.`,
    );
  });
  it('says when trending shows window volume instead of excess growth', () =>
    expect(describeLeaderboard(toLeaderboard([row(1, 'A', '5')], 'trending'), 'apps')).toMatch(
      /does not give excess growth/,
    ));
  it('says when there is nothing to show', () =>
    expect(describeLeaderboard(toLeaderboard([], 'popular'), 'apps')).toBe('No popular apps in this snapshot.'));
});

describe(describeLeaderboardPage, () => {
  const board = toLeaderboard(
    Array.from({ length: 100 }, (_, i) => row(i + 1, `App ${i + 1}`, String((100 - i) * 1000))),
    'popular',
  );
  it('describes the whole board on page 1', () =>
    expect(describeLeaderboardPage(toLeaderboardPage(board, 1), 'apps')).toBe(describeLeaderboard(board, 'apps')));
  it('names the ranks and both ends of a later page', () =>
    expect(describeLeaderboardPage(toLeaderboardPage(board, 2), 'coding apps')).toBe(
      'Ranks 51–100 of popular coding apps: App 51 has 50.0K tokens, down to App 100 with 1.00K.',
    ));
  it('isolates right-to-left names at either end of a later page and leaves Latin ones as they are', () => {
    const named = toLeaderboard(
      Array.from({ length: 100 }, (_, i) => row(i + 1, i === 99 ? RTL : `App ${i + 1}`, String((100 - i) * 1000))),
      'popular',
    );
    const text = describeLeaderboardPage(toLeaderboardPage(named, 2), 'apps');
    expect(text).toBe(`Ranks 51–100 of popular apps: App 51 has 50.0K tokens, down to ${ISOLATED} with 1.00K.`);
    expect(text.replace(ISOLATED, '')).not.toMatch(ISOLATES);
  });
  it('says when a page is past the end', () =>
    expect(describeLeaderboardPage(toLeaderboardPage(board, 3), 'apps')).toBe('No ranks beyond 100 for popular apps.'));
});

describe(leaderboardCsvColumns, () => {
  it('writes exact tokens and escapes hostile names', () => {
    const board = toLeaderboard([row(1, 'Quote "App" & \'Co\'', '9007199254740993'), row(2, '=cmd', '1')], 'popular');
    expect(toCsv(leaderboardCsvColumns(board.measure), board.rows)).toBe(
      'rank,app,total_tokens,total_requests,share_of_listed_tokens\r\n' +
        '1,"Quote ""App"" & \'Co\'",9007199254740993,10,1.000000\r\n' +
        "2,'=cmd,1,20,0.000000\r\n",
    );
  });
  it('adds the excess column on excess boards', () =>
    expect(leaderboardCsvColumns('excess').map((c) => c.header)).toContain('excess_tokens'));
});

describe(topApp, () => {
  it('is the first row', () =>
    expect(topApp(toLeaderboard(POPULAR, 'popular'))).toEqual({ name: 'Cline', tokens: 600n, share: 0.6 }));
  it('is null for an empty board', () => expect(topApp(toLeaderboard([], 'popular'))).toBeNull());
});
